// Deductions taken off the table, matched to its team names; seasons cut short ranked on points per game.
import { describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import type { MatchStatus } from '../../domain/vocabulary.js';
import { computeTable } from './compute-table.js';
import { teamNamed } from './deductions.js';
import { tableRulesFor } from './rules-for.js';

const LIGUE_1 = { name: 'French Ligue 1', sex: 'men', kind: 'league' } as const;
const season = (y: number) => ({ name: `${y}/${String((y + 1) % 100).padStart(2, '0')}`, startYear: y, endYear: y + 1 });
const LEAGUE = { name: 'League', kind: 'league' } as const;

let day = 0;
function match(home: string, away: string, score: readonly [number, number] | undefined, status: MatchStatus = 'played', year = 2019): MatchData {
  day += 1;
  return {
    competition: LIGUE_1,
    edition: season(year),
    stage: LEAGUE,
    date: `${year + 1}-0${1 + (day % 5)}-${String(1 + (day % 27)).padStart(2, '0')}`,
    home: { name: home },
    away: { name: away },
    score: score === undefined ? {} : { fullTime: score },
    status,
  };
}

describe('teamNamed', () => {
  it('matches a note’s name to the table’s: exact, shorter or longer, never a guess between two', () => {
    expect(teamNamed('Everton', ['Everton FC', 'Brentford FC'])).toBe('Everton FC');
    expect(teamNamed('Nottingham Forest', ['Nottingham', 'Luton'])).toBe('Nottingham');
    expect(teamNamed('Manchester', ['Manchester City FC', 'Manchester United FC'])).toBeUndefined();
    expect(teamNamed('Wigan', ['Reading'])).toBeUndefined();
  });
});

describe('computeTable with deductions', () => {
  const matches = [match('A', 'B', [1, 0]), match('B', 'A', [0, 0]), match('A', 'C', [2, 0]), match('C', 'A', [1, 1]), match('B', 'C', [1, 0]), match('C', 'B', [0, 0])];
  const rules = tableRulesFor(LIGUE_1, season(2021), LEAGUE);
  it('takes the points off, orders by what is left, and says why', () => {
    const table = computeTable(matches, rules, { deductions: [{ team: 'A FC', points: 6, reason: 'for financial reasons' }] });
    expect(table.rows.map((r) => [r.team, r.points, r.deducted])).toEqual([
      ['B', 5, undefined],
      ['A', 2, 6],
      ['C', 2, undefined],
    ]);
    expect(table.rows[0]!.separatedFrom?.text).toBe('ahead of A on points, 5 to 2 (A: 6 points deducted for financial reasons)');
    expect(table.rows[1]!.separatedFrom?.text).toBe('ahead of C on goal difference, +3 to \u22123');
    expect(table.notes).toContain('A: 6 points deducted for financial reasons');
  });
  it('a deduction for a team not in the table is not applied, and the notes say so', () => {
    const table = computeTable(matches, rules, { deductions: [{ team: 'Z', points: 3 }] });
    expect(table.rows.map((r) => r.points)).toEqual([8, 5, 2]);
    expect(table.notes).toContain('Z: 3 points deducted in the source, but no team of this table has that name; not applied');
  });
});

describe('a season cut short (Ligue 1 2019-20)', () => {
  // A and B both have 7 points: A from 4 matches (1.75 a game), B from 3 (2.33): B first on points per game.
  const played = [
    match('A', 'B', [0, 0]),
    match('A', 'C', [1, 0]),
    match('C', 'A', [0, 1]),
    match('A', 'D', [0, 1]),
    match('B', 'C', [1, 0]),
    match('B', 'D', [2, 1]),
    match('D', 'C', [0, 0]),
  ];
  it('where matches were never played, ranks on points per game and says why', () => {
    const table = computeTable([...played, match('D', 'B', undefined, 'cancelled')], tableRulesFor(LIGUE_1, season(2019), LEAGUE));
    expect(table.rules.id).toBe('france-2019-cut-short');
    expect(table.rows.map((r) => [r.team, r.points, r.played])).toEqual([
      ['B', 7, 3],
      ['A', 7, 4],
      ['D', 4, 3],
      ['C', 1, 4],
    ]);
    expect(table.rows[0]!.separatedFrom?.text).toBe('ahead of A on points per game, 2.33 to 1.75');
    expect(table.notes[0]).toMatch(/^season cut short: 1 of 8 matches not played; LFP board decision of 30 April 2020/);
  });
  it('a complete season of the same rules is ranked on points', () => {
    const complete = [match('A', 'B', [1, 0]), match('B', 'C', [1, 0]), match('C', 'A', [1, 0])];
    const table = computeTable(complete, tableRulesFor(LIGUE_1, season(2019), LEAGUE));
    expect(table.rules.criteria[0]).toBe('points');
  });
});
