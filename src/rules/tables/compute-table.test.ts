// computeTable on small made-up groups: head-to-head reapplied, lots, undecided places, which matches count.
import { describe, expect, it } from 'vitest';
import type { BookingData, MatchData } from '../../domain/match-data.js';
import type { MatchStatus } from '../../domain/vocabulary.js';
import { computeTable } from './compute-table.js';
import { fairPlayPoints } from './fair-play.js';
import { tableRulesFor } from './rules-for.js';

const UCL = { name: 'UEFA Champions League', sex: 'men', kind: 'cup' } as const;
const WORLD_CUP = { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' } as const;
const OTHER = { name: 'Friendly Cup', sex: 'men', kind: 'international_tournament' } as const;
const edition = (year: number) => ({ name: String(year), startYear: year, endYear: year });

let day = 0;
function match(home: string, away: string, score: readonly [number, number], extra: Partial<MatchData> = {}): MatchData {
  day += 1;
  return {
    competition: UCL,
    edition: edition(2016),
    date: `2016-09-${String((day % 28) + 1).padStart(2, '0')}`,
    home: { name: home },
    away: { name: away },
    score: { fullTime: score },
    status: 'played',
    ...extra,
  };
}

describe('UEFA head-to-head, reapplied to the teams still level', () => {
  // A, B and C all on 12 points and 6 head-to-head points. A leads the three-team mini-table on goal
  // difference; B and C are level in it on goal difference, goals and away goals, so the criteria
  // start again on B and C alone, where B's 3–0 and C's 1–0 put B ahead.
  const matches = [
    match('A', 'B', [0, 1]),
    match('B', 'A', [0, 4]),
    match('C', 'A', [2, 0]),
    match('A', 'C', [2, 1]),
    match('B', 'C', [3, 0]),
    match('C', 'B', [1, 0]),
    ...['A', 'B', 'C'].flatMap((team) => [match(team, 'D', [1, 0]), match('D', team, [0, 1])]),
  ];
  const table = computeTable(matches, tableRulesFor(UCL, edition(2016)));

  it('orders A, B, C, D', () => {
    expect(table.rows.map((r) => [r.team, r.points])).toEqual([
      ['A', 12],
      ['B', 12],
      ['C', 12],
      ['D', 0],
    ]);
  });
  it('explains A above B in the three-team mini-table, and B above C in their own two matches', () => {
    expect(table.rows[0]?.separatedFrom?.text).toBe('ahead of B on head-to-head goal difference, +2 to \u22121 (matches among A, B and C)');
    expect(table.rows[1]?.separatedFrom?.text).toBe('ahead of C on head-to-head goal difference, +2 to \u22122 (matches between them)');
    expect(table.rows[2]?.separatedFrom?.text).toBe('ahead of D on points, 12 to 0');
  });
});

describe('places nothing in the data decides', () => {
  const twins = [
    match('A', 'B', [1, 1], { competition: WORLD_CUP }),
    match('A', 'C', [2, 0], { competition: WORLD_CUP }),
    match('B', 'C', [2, 0], { competition: WORLD_CUP }),
  ];
  it('are flagged undecided, keep the input order and say so', () => {
    const table = computeTable(twins, tableRulesFor(WORLD_CUP, edition(1990)));
    expect(table.rows.map((r) => r.team)).toEqual(['A', 'B', 'C']);
    expect(table.rows[0]?.undecided).toBe(true);
    expect(table.rows[0]?.separatedFrom?.text).toBe(
      'level with B on all criteria the data can check; next would be drawing of lots; order undecided (input order kept)',
    );
    expect(table.notes.some((n) => n.startsWith('A and B:'))).toBe(true);
  });
  it('follow a drawing of lots when one is given', () => {
    const table = computeTable(twins, tableRulesFor(WORLD_CUP, edition(1990)), { lots: ['B', 'A'] });
    expect(table.rows.map((r) => r.team)).toEqual(['B', 'A', 'C']);
    expect(table.rows[0]).toMatchObject({ separatedFrom: { criterion: 'lots', decidedBy: 'lots' } });
    expect(table.rows[0]?.separatedFrom?.text).toBe('level with A on all criteria; drawing of lots placed B first');
    expect(table.rows[0]?.undecided).toBeUndefined();
  });
  it('under rules without lots, stop at what the data can check', () => {
    const table = computeTable(twins, tableRulesFor(OTHER, edition(2000)));
    expect(table.rows[0]?.separatedFrom?.text).toBe('level with B on all criteria the data can check; order undecided (input order kept)');
  });
  it('under 2018 rules, fair play needs bookings: without them the data cannot check it', () => {
    const table = computeTable(twins, tableRulesFor(WORLD_CUP, edition(2018)), { lots: ['A', 'B'] });
    expect(table.rows[0]?.separatedFrom).toMatchObject({ criterion: 'fair_play', decidedBy: 'given' });
  });
});

describe('which matches count', () => {
  const status = (s: MatchStatus) => ({ status: s });
  const matches = [
    match('A', 'B', [2, 0]),
    match('B', 'C', [3, 0], status('awarded')),
    match('C', 'A', [1, 1], status('postponed')),
    match('A', 'C', [1, 1], { score: { fullTime: [1, 1], extraTime: [2, 1] } }),
  ];
  const rules = tableRulesFor(OTHER, edition(2000));

  it('played and awarded matches count, with the score after extra time; others are listed as not counted', () => {
    const table = computeTable(matches, rules);
    expect(table.rows.map((r) => [r.team, r.played, r.points, r.goalsFor])).toEqual([
      ['A', 2, 6, 4],
      ['B', 2, 3, 3],
      ['C', 2, 0, 1],
    ]);
    expect(table.excluded).toHaveLength(1);
    expect(table.notes[0]).toMatch(/C v A: postponed, not counted/);
    expect(table.notes[1]).toMatch(/ B 3\u20130 C: awarded, counted with the awarded score$/);
  });
  it('awarded matches can be left out', () => {
    const table = computeTable(matches, rules, { awardedCounts: false });
    expect(table.rows.find((r) => r.team === 'B')?.played).toBe(1);
  });
  it('asOf leaves out later matches', () => {
    const first = matches[0] ?? expect.unreachable();
    const table = computeTable(matches, rules, { asOf: first.date });
    expect(table.rows.map((r) => [r.team, r.played])).toEqual([
      ['A', 1],
      ['C', 0],
      ['B', 1],
    ]);
    expect(table.excluded).toHaveLength(3);
  });
});

describe('fair-play points: one deduction per player per match, the heaviest', () => {
  const card = (player: string, c: BookingData['card']): BookingData => ({ side: 'home', player: { name: player }, card: c });
  it('yellow −1, yellow then second yellow −3 (not −4), straight red −4, yellow then straight red −5', () => {
    expect(fairPlayPoints([card('a', 'yellow')], 'home')).toBe(-1);
    expect(fairPlayPoints([card('a', 'yellow'), card('a', 'second_yellow')], 'home')).toBe(-3);
    expect(fairPlayPoints([card('a', 'red')], 'home')).toBe(-4);
    expect(fairPlayPoints([card('a', 'yellow'), card('a', 'red')], 'home')).toBe(-5);
    expect(fairPlayPoints([card('a', 'yellow'), card('b', 'yellow'), card('c', 'red')], 'home')).toBe(-6);
    expect(fairPlayPoints([card('a', 'yellow')], 'away')).toBe(0);
  });
});
