import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors.js';
import { parseLocatedJson, type JsonObject } from '../../domain/located-json.js';
import { validateDocument } from './validate-document.js';

const atalanta = JSON.parse(
  readFileSync(new URL('./examples/valencia-atalanta-2020-03-10.json', import.meta.url), 'utf8'),
) as JsonObject;

const entriesOf = (text: string) => validateDocument(parseLocatedJson(text, 'cup.json'), 'cup.json');

function rejection(text: string): ValidationError {
  try {
    entriesOf(text);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

/** `line:column` of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): string {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${(before[before.length - 1] ?? '').length + 1}`;
}

/** The Valencia 3-4 Atalanta example with some fields changed, as pretty-printed JSON. */
const changed = (fields: Record<string, unknown>): string => JSON.stringify({ ...atalanta, ...fields }, null, 2);
const goals = atalanta['goals'] as readonly JsonObject[];

describe('validateDocument: the examples are valid', () => {
  it('Valencia 3-4 Atalanta is one match', () => {
    const [entry, ...rest] = entriesOf(JSON.stringify(atalanta));
    expect(rest).toEqual([]);
    expect(entry?.kind).toBe('match');
  });
});

describe('validateDocument: a missing or malformed field names its place and what was expected', () => {
  it('a match without "date" points at the match object', () => {
    const text = '[\n  { "kind": "status", "date": "2020-03-17", "team": "Juventus", "status": "postponed" },\n  {\n    "kind": "match",\n    "competition": "UEFA Champions League",\n    "season": "2019/20",\n    "home": "Valencia",\n    "away": "Atalanta"\n  }\n]\n';
    const error = rejection(text);
    expect(error.message).toBe('cup.json:3:3: match is missing "date" (expected YYYY-MM-DD)');
    expect(error.location).toEqual({ file: 'cup.json', line: 3, column: 3 });
    expect(error.field).toBe('date');
  });
  it('29 February 2021 is not a date', () => {
    const text = changed({ date: '2021-02-29' });
    expect(rejection(text).message).toBe(`cup.json:${at(text, '"2021-02-29"')}: match "date" is "2021-02-29" (expected a real calendar date, YYYY-MM-DD)`);
  });
  it('a typo in a field name suggests the right one', () => {
    const text = changed({ score: { halfTime: [1, 2], fulltime: [3, 4] } });
    expect(rejection(text).message).toBe(`cup.json:${at(text, '"fulltime"')}: match score has unknown field "fulltime" (did you mean "fullTime"?)`);
  });
  it('a score in a status update is a field of match entries: the message says so and how to correct the score, not "did you mean score"', () => {
    const text = JSON.stringify({ kind: 'status', date: '2020-03-10', team: 'Valencia', status: 'awarded', score: { fullTime: [3, 0] } }, null, 2);
    const message = rejection(text).message;
    expect(message).toMatch(new RegExp(`^cup\\.json:${at(text, '"score"')}: status update has no field "score": it is a field of "kind": "match" entries`));
    expect(message).toContain('post the whole match again');
    expect(message).not.toContain('did you mean');
  });
  it('a score that is not a pair', () => {
    const text = changed({ score: { fullTime: [3] } });
    expect(rejection(text).message).toBe(`cup.json:${at(text, '[\n      3\n')}: match "score.fullTime" is [3] (expected [home, away] goal counts, like [2, 1])`);
  });
  it('a wrong value inside a competition object', () => {
    const text = changed({ competition: { name: 'UEFA Champions League', sex: 'male' } });
    expect(rejection(text).message).toBe(`cup.json:${at(text, '"male"')}: match "competition.sex" is "male" (expected "men" or "women")`);
  });
  it('a goal minute out of range', () => {
    const text = changed({ goals: [...goals.slice(0, 6), { team: 'away', scorer: 'Josip Iličić', minute: 0 }] });
    expect(rejection(text).message).toMatch(/^cup\.json:\d+:\d+: match "goals\[6\]\.minute" is 0 \(expected a whole minute from 1 to 120/);
  });
  it('an entry without "kind", and an unknown kind', () => {
    expect(rejection('{"date": "2020-03-10"}').message).toBe('cup.json:1:1: entry is missing "kind" (expected "match", "status" or "competition-status")');
    expect(rejection('{"kind": "result"}').message).toBe('cup.json:1:10: entry "kind" is "result" (expected "match", "status" or "competition-status")');
    expect(rejection('[1]').message).toBe('cup.json:1:2: entry is 1 (expected an object with "kind": "match", "status" or "competition-status")');
  });
  it('the first problem in the file is the one reported', () => {
    const text = changed({ date: '2020-13-10', goals: [{ team: 'away', minute: 'three' }] });
    expect(rejection(text).field).toBe('date');
  });
});

describe('validateDocument: rules across fields', () => {
  it('goals must add up to the full-time score', () => {
    const text = changed({ goals: goals.filter((goal) => goal['minute'] !== 67) });
    expect(rejection(text).message).toBe(`cup.json:${at(text, '[\n    {')}: match goals in 90 minutes add up to 2-4 but "score.fullTime" is 3-4`);
  });
  it('a goal must be for the home or away team', () => {
    const text = changed({ goals: [...goals.slice(0, 6), { team: 'Milan', scorer: 'Josip Iličić', minute: 82 }] });
    expect(rejection(text).message).toBe(`cup.json:${at(text, '"Milan"')}: match "goals[6].team" is "Milan" (expected "home", "away", "Valencia" or "Atalanta")`);
  });
  it('a goal in extra time needs an extra-time score', () => {
    const text = changed({ goals: [...goals.slice(0, 6), { team: 'away', scorer: 'Josip Iličić', minute: 100 }] });
    expect(rejection(text).message).toMatch(/match "goals\[6\]" is in extra time \(minute 100\) but "score\.extraTime" is missing$/);
  });
  it('stoppage time follows minute 45, 90, 105 or 120', () => {
    const text = changed({ goals: [...goals.slice(0, 6), { team: 'away', scorer: 'Josip Iličić', minute: 82, stoppage: 2 }] });
    expect(rejection(text).message).toMatch(/"goals\[6\]\.stoppage" needs "minute" 45, 90, 105 or 120/);
  });
  it('a played match needs a score; a scheduled one has none', () => {
    const { score: _score, goals: _goals, ...fixture } = atalanta;
    expect(rejection(JSON.stringify({ ...fixture, status: 'played' })).message).toMatch(/match "status" is "played" but "score\.fullTime" is missing$/);
    expect(rejection(changed({ status: 'scheduled' })).message).toMatch(/"status" is "scheduled" but "score\.fullTime" is given$/);
    expect(entriesOf(JSON.stringify(fixture))).toHaveLength(1);
  });
  it('a season spans consecutive years', () => {
    expect(rejection(changed({ season: '2019/21' })).message).toMatch(/match "season" is "2019\/21" \(expected two consecutive years/);
  });
  it('half-time never exceeds full time; a shoot-out has a winner', () => {
    expect(rejection(changed({ score: { halfTime: [1, 5], fullTime: [3, 4] } })).message).toMatch(/"score\.fullTime" 3-4 is less than "score\.halfTime" 1-5/);
    const { goals: _goals, ...noGoals } = atalanta;
    const level = JSON.stringify({ ...noGoals, score: { fullTime: [1, 1], penalties: [4, 4] } });
    expect(rejection(level).message).toMatch(/"score\.penalties" is 4-4 \(expected a winner\)$/);
  });
  it('a status update must change something', () => {
    expect(rejection('{"kind": "status", "date": "2020-03-17", "team": "Juventus"}').message).toBe(
      'cup.json:1:1: status update changes nothing (expected at least one of "status", "statusNote", "behindClosedDoors", "attendance")',
    );
  });
});
