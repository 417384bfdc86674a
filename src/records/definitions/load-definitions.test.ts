import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors.js';
import { loadDefinitionFile, loadDefinitions } from './load-definitions.js';

const dir = mkdtempSync(join(tmpdir(), 'record-definitions-'));
let fileCount = 0;
/** Writes a definitions file, pretty-printed, and returns its path. */
function writeDefinitions(value: unknown): string {
  const file = join(dir, `desk-${++fileCount}.json`);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  return file;
}

/** A valid definition: Eusébio-style four-goal knockout matches at the men's World Cup. */
const valid = {
  id: 'desk-four-in-knockout',
  title: 'Players to score four or more in a knockout match of the {competition}',
  unit: 'player-match',
  scope: { family: 'fifa-world-cup', sex: 'men', stages: ['knockout'] },
  predicate: { field: 'goals', op: '>=', value: 4 },
  measure: { kind: 'count' },
  produces: { kind: 'ordinal', distinct: 'player' },
  requires: ['scorers', 'stages'],
};

function failureOf(action: () => unknown): ValidationError {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('loading an analyst\'s definitions file', () => {
  it('accepts a valid definition and fills the defaults', () => {
    const [loaded] = loadDefinitionFile(writeDefinitions(valid));
    expect(loaded?.definition).toMatchObject({ id: valid.id, newsworthiness: 50, scope: { books: 'per-competition' }, produces: { upTo: 10 } });
  });

  it('adds the file to the built-in catalogue', () => {
    const all = loadDefinitions([writeDefinitions([valid])]);
    expect(all.at(-1)?.definition.id).toBe(valid.id);
    expect(all.length).toBeGreaterThan(40);
  });

  it('refuses a field the unit does not have, naming the file, the path and line:column', () => {
    const file = writeDefinitions([valid, { ...valid, id: 'desk-typo', predicate: { all: [{ field: 'goalz', op: '>=', value: 4 }] } }]);
    const error = failureOf(() => loadDefinitionFile(file));
    expect(error.location).toMatchObject({ file, line: expect.any(Number), column: expect.any(Number) });
    expect(error.field).toBe('[1].predicate.all[0].field');
    expect(error.message).toContain(file);
    expect(error.message).toContain('[1].predicate.all[0].field: "goalz" is not a field of a player-match');
  });

  it('refuses a goal field on a team unit', () => {
    const error = failureOf(() => loadDefinitionFile(writeDefinitions({ ...valid, unit: 'team-match', predicate: { field: 'penalty', op: '=', value: false } })));
    expect(error.field).toBe('predicate.field');
  });

  it('refuses a value of the wrong type for the field', () => {
    const error = failureOf(() => loadDefinitionFile(writeDefinitions({ ...valid, predicate: { field: 'goals', op: '>=', value: 'four' } })));
    expect(error.field).toBe('predicate.value');
    expect(error.message).toContain('expected a number');
  });

  it('refuses a duplicate id, even of a built-in record, naming where the first one is', () => {
    const file = writeDefinitions([{ ...valid, id: 'wc-men-youngest-scorer' }]);
    const error = failureOf(() => loadDefinitions([file]));
    expect(error.location.file).toBe(file);
    expect(error.field).toBe('[0].id');
    expect(error.message).toContain('duplicate id "wc-men-youngest-scorer" (first defined at catalogue/templates.json');
  });

  it('refuses a duplicate id within one file', () => {
    const error = failureOf(() => loadDefinitions([writeDefinitions([valid, valid])]));
    expect(error.field).toBe('[1].id');
  });

  it('refuses a measure the unit cannot have: the age of a team', () => {
    const error = failureOf(() =>
      loadDefinitionFile(writeDefinitions({ ...valid, unit: 'team-match', predicate: undefined, measure: { kind: 'age' }, produces: { kind: 'extreme', direction: 'oldest' } })),
    );
    expect(error.field).toBe('measure.kind');
    expect(error.message).toContain('measure "age" does not apply to a team-match');
  });

  it('refuses a result that does not fit the measure: a milestone of ages', () => {
    const error = failureOf(() =>
      loadDefinitionFile(writeDefinitions({ ...valid, measure: { kind: 'age' }, produces: { kind: 'milestone', per: 'player', every: 10 }, requires: ['scorers', 'stages', 'birth_dates'] })),
    );
    expect(error.field).toBe('produces.kind');
  });

  it('refuses a direction that does not fit the measure: the fastest age', () => {
    const error = failureOf(() =>
      loadDefinitionFile(writeDefinitions({ ...valid, measure: { kind: 'age' }, produces: { kind: 'extreme', direction: 'fastest' }, requires: ['scorers', 'stages', 'birth_dates'] })),
    );
    expect(error.field).toBe('produces.direction');
  });

  it('refuses an age record that does not list birth dates in `requires`', () => {
    const error = failureOf(() => loadDefinitionFile(writeDefinitions({ ...valid, measure: { kind: 'age' }, produces: { kind: 'extreme', direction: 'oldest' } })));
    expect(error.field).toBe('requires');
    expect(error.message).toContain('"requires" must list "birth_dates" (measure "age" needs it)');
  });

  it('refuses an unknown field, pointing at its name', () => {
    const file = writeDefinitions({ ...valid, scope: { ...valid.scope, venu: 'away' } });
    const error = failureOf(() => loadDefinitionFile(file));
    expect(error.field).toBe('scope.venu');
    expect(error.location).toMatchObject({ line: 11, column: 5 });
  });

  it('refuses an unknown unit and a bad id with the schema\'s own words', () => {
    expect(failureOf(() => loadDefinitionFile(writeDefinitions({ ...valid, unit: 'player-season' }))).field).toBe('unit');
    expect(failureOf(() => loadDefinitionFile(writeDefinitions({ ...valid, id: 'Four In KO' }))).field).toBe('id');
  });

  it('refuses a scope with both or neither of competition and family, and a streak without members', () => {
    expect(failureOf(() => loadDefinitionFile(writeDefinitions({ ...valid, scope: { sex: 'men' } }))).field).toBe('scope');
    const streak = { ...valid, unit: 'streak', produces: { kind: 'streak' } };
    expect(failureOf(() => loadDefinitionFile(writeDefinitions(streak))).message).toContain('needs "streak"');
  });

  it('refuses an unknown placeholder in a text and a text for facts the record never gives', () => {
    expect(failureOf(() => loadDefinitionFile(writeDefinitions({ ...valid, text: { nth_member: '{player} again' } }))).message).toContain(
      'unknown placeholder {player}',
    );
    expect(failureOf(() => loadDefinitionFile(writeDefinitions({ ...valid, text: { new_record: '{subject}' } }))).field).toBe('text.new_record');
  });

  it('reports broken JSON as a ParseError with line:column, not a crash', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "id": "x",\n}\n');
    expect(() => loadDefinitionFile(file)).toThrow(/broken\.json:3:1/);
  });
});
