import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_DIR } from './catalogue/index.js';
import { loadBuiltInCatalogue, loadDefinitionFile, type LoadedDefinition } from './load-definitions.js';
import type { RecordDefinition } from './schema.js';
import { FAMILIES, PRODUCE_KINDS, UNITS } from './vocabulary.js';

const catalogue = loadBuiltInCatalogue();
const definitions = catalogue.map((entry) => entry.definition);
const byId = (id: string): RecordDefinition => {
  const found = definitions.find((definition) => definition.id === id);
  if (!found) throw new Error(`no definition ${id}`);
  return found;
};
const isWorldCup = (sex: 'men' | 'women') => (d: RecordDefinition) => d.scope.family === 'fifa-world-cup' && d.scope.sex === sex;

describe('the built-in catalogue', () => {
  it('validates, read from disk with positions exactly as an analyst\'s file would be', () => {
    const dir = fileURLToPath(CATALOGUE_DIR);
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    const fromDisk: LoadedDefinition[] = files.flatMap((name) => loadDefinitionFile(`${dir}${name}`));
    const sorted = (list: readonly RecordDefinition[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(files).toHaveLength(3);
    expect(sorted(fromDisk.map((entry) => entry.definition))).toEqual(sorted(definitions));
  });

  it('holds at least 40 definitions with unique ids', () => {
    expect(definitions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(definitions.map((d) => d.id)).size).toBe(definitions.length);
  });

  it('uses every kind of result and every unit', () => {
    expect(new Set(definitions.map((d) => d.produces.kind))).toEqual(new Set(PRODUCE_KINDS));
    expect(new Set(definitions.map((d) => d.unit))).toEqual(new Set(UNITS));
  });

  it('covers every competition family: men\'s and women\'s World Cups, UEFA club competitions, internationals', () => {
    expect(new Set(definitions.map((d) => d.scope.family))).toEqual(new Set(FAMILIES));
    expect(definitions.filter(isWorldCup('men')).length).toBeGreaterThanOrEqual(10);
    expect(definitions.filter(isWorldCup('women')).length).toBeGreaterThanOrEqual(10);
    expect(definitions.some((d) => d.scope.sex === 'any')).toBe(false);
  });

  it('has seed claim (a): oldest player to score a hat-trick away from home, in general form over competition C', () => {
    const seed = byId('uefa-oldest-away-hat-trick');
    expect(seed).toMatchObject({
      unit: 'player-match',
      scope: { family: 'uefa-club', books: 'per-competition', venue: 'away' },
      predicate: { field: 'goals', op: '>=', value: 3 },
      measure: { kind: 'age' },
      produces: { kind: 'extreme', direction: 'oldest' },
    });
    expect(seed.title).toContain('{competition}');
  });

  it('has seed claim (b): the Nth player to score four or more in a knockout match of competition C', () => {
    for (const id of ['uefa-four-in-knockout', 'wc-men-four-in-knockout', 'wc-women-four-in-knockout']) {
      expect(byId(id)).toMatchObject({
        unit: 'player-match',
        scope: { stages: ['knockout'] },
        predicate: { field: 'goals', op: '>=', value: 4 },
        measure: { kind: 'count' },
        produces: { kind: 'ordinal', distinct: 'player' },
      });
    }
  });

  it('has the records the acceptance checks: Pelé, Milla, Fontaine, Klose', () => {
    expect(byId('wc-men-youngest-scorer')).toMatchObject({ unit: 'goal', measure: { kind: 'age' }, produces: { direction: 'youngest' } });
    expect(byId('wc-men-oldest-scorer')).toMatchObject({ unit: 'goal', measure: { kind: 'age' }, produces: { direction: 'oldest' } });
    expect(byId('wc-men-most-goals-edition')).toMatchObject({ unit: 'player-edition', measure: { kind: 'sum', field: 'goals' } });
    expect(byId('wc-men-most-goals-career')).toMatchObject({ unit: 'player-career', measure: { kind: 'sum', field: 'goals' } });
    for (const id of ['wc-men-youngest-scorer', 'wc-men-oldest-scorer', 'wc-men-most-goals-career']) {
      expect(byId(id).scope).toMatchObject({ family: 'fifa-world-cup', sex: 'men' });
    }
  });

  it('says what every UEFA club record reading goals or players needs, since those files carry no scorers', () => {
    const needsScorers = definitions.filter(
      (d) => d.scope.family === 'uefa-club' && ['goal', 'player-match', 'player-edition', 'player-career'].includes(d.unit),
    );
    expect(needsScorers.length).toBeGreaterThanOrEqual(5);
    for (const d of needsScorers) expect(d.requires).toContain('scorers');
  });

  it('names the first, first-since, milestone and streak records a desk asks for', () => {
    expect(byId('uefa-first-appearance').produces).toEqual({ kind: 'first', per: 'team' });
    expect(byId('wc-men-first-win-since').produces).toMatchObject({ kind: 'first_since', per: 'team' });
    expect(byId('wc-men-team-goal-milestones').produces).toMatchObject({ kind: 'milestone', at: expect.arrayContaining([10, 50, 100]) });
    expect(byId('intl-unbeaten-streak')).toMatchObject({ unit: 'streak', streak: { of: 'team-match' }, produces: { kind: 'streak' } });
    expect(byId('intl-biggest-win')).toMatchObject({ scope: { family: 'international', books: 'single' }, measure: { kind: 'margin' } });
  });
});
