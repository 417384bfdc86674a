// Invariants every computed table keeps, whatever the results: checked on random round robins.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import { computeTable } from './compute-table.js';
import { tableRulesFor } from './rules-for.js';

const TEAMS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot'];
const COMPETITIONS = [
  { competition: { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' }, years: [1962, 1970, 1986, 1994, 2006, 2018] },
  { competition: { name: 'UEFA Champions League', sex: 'men', kind: 'cup' }, years: [2012, 2016, 2022, 2024] },
  { competition: { name: 'Any Cup', sex: 'women', kind: 'league' }, years: [1980, 2000] },
] as const;

/** A round robin of `n` teams, each pair meeting `legs` times, with the given scores in order. */
function roundRobin(n: number, legs: number, scores: readonly (readonly [number, number])[]): MatchData[] {
  const matches: MatchData[] = [];
  let k = 0;
  for (let leg = 0; leg < legs; leg++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const [home, away] = leg % 2 === 0 ? [i, j] : [j, i];
        const score = scores[k % scores.length] ?? [0, 0];
        k++;
        matches.push({
          competition: COMPETITIONS[0].competition,
          edition: { name: '2000', startYear: 2000, endYear: 2000 },
          date: `2000-01-${String((k % 28) + 1).padStart(2, '0')}`,
          home: { name: TEAMS[home] ?? '?' },
          away: { name: TEAMS[away] ?? '?' },
          score: { fullTime: score },
          status: 'played',
        });
      }
    }
  }
  return matches;
}

const score = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }));

describe('table invariants on random round robins', () => {
  it('positions 1..n, played counts, goals for = goals against, points add up, points never rise down the table', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 2 }),
        fc.array(score, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...COMPETITIONS.flatMap((c) => c.years.map((year) => ({ competition: c.competition, year })))),
        fc.boolean(),
        (n, legs, scores, era, withLots) => {
          const matches = roundRobin(n, legs, scores);
          const rules = tableRulesFor(era.competition, { name: String(era.year), startYear: era.year, endYear: era.year });
          const lots = withLots ? [...TEAMS].reverse() : undefined;
          const { rows } = computeTable(matches, rules, { lots });

          expect(rows.map((r) => r.position)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
          expect(new Set(rows.map((r) => r.team)).size).toBe(n);
          for (const row of rows) {
            expect(row.played).toBe((n - 1) * legs);
            expect(row.won + row.drawn + row.lost).toBe(row.played);
            expect(row.goalDifference).toBe(row.goalsFor - row.goalsAgainst);
            expect(row.points).toBe(row.won * rules.pointsForWin + row.drawn * rules.pointsForDraw);
          }
          const sum = (read: (r: (typeof rows)[number]) => number) => rows.reduce((total, r) => total + read(r), 0);
          expect(sum((r) => r.goalsFor)).toBe(sum((r) => r.goalsAgainst));
          expect(sum((r) => r.won)).toBe(sum((r) => r.lost));
          const draws = matches.filter((m) => m.score.fullTime?.[0] === m.score.fullTime?.[1]).length;
          expect(sum((r) => r.points)).toBe((matches.length - draws) * rules.pointsForWin + draws * 2 * rules.pointsForDraw);
          for (const [i, row] of rows.entries()) {
            const below = rows[i + 1];
            if (below === undefined) {
              expect(row.separatedFrom).toBeUndefined();
              continue;
            }
            expect(row.points).toBeGreaterThanOrEqual(below.points);
            expect(row.separatedFrom?.team).toBe(below.team);
            expect(row.separatedFrom?.text.length).toBeGreaterThan(0);
            // An outside order given for every team leaves nothing undecided.
            if (withLots) expect(row.undecided).toBeUndefined();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
