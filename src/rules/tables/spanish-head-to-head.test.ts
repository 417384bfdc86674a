// LaLiga during a season: teams level on points are separated by their meetings only once every
// meeting has been played; until then goal difference decides.
import { describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import type { MatchStatus } from '../../domain/vocabulary.js';
import { computeTable } from './compute-table.js';
import { tableRulesFor } from './rules-for.js';

const LA_LIGA = { name: 'Primera División de España', sex: 'men', kind: 'league' } as const;
const EDITION = { name: '2013/14', startYear: 2013, endYear: 2014 };
const LEAGUE = { name: 'League', kind: 'league' } as const;

function match(date: string, home: string, away: string, score?: readonly [number, number], status: MatchStatus = 'played'): MatchData {
  return {
    competition: LA_LIGA,
    edition: EDITION,
    stage: LEAGUE,
    date,
    home: { name: home },
    away: { name: away },
    score: score === undefined ? {} : { fullTime: score },
    status,
  };
}

// A beat B 1-0 and C 1-0; B beat C 5-0 and 1-0: level on 6 points, B ahead on goal difference.
const autumn = [match('2013-10-26', 'A', 'B', [1, 0]), match('2013-11-02', 'B', 'C', [5, 0]), match('2013-11-09', 'C', 'A', [0, 1]), match('2013-11-16', 'C', 'B', [0, 1])];
const rules = tableRulesFor(LA_LIGA, EDITION, LEAGUE);

describe('head-to-head once every meeting is played (LaLiga)', () => {
  it('with B v A still to come, B is above A on goal difference', () => {
    const table = computeTable([...autumn, match('2014-03-23', 'B', 'A', undefined, 'scheduled')], rules);
    expect(table.rows.map((r) => [r.team, r.points])).toEqual([
      ['B', 6],
      ['A', 6],
      ['C', 0],
    ]);
    expect(table.rows[0]!.separatedFrom?.text).toBe('ahead of A on goal difference, +5 to +2');
  });
  it('the same table asked as of a date before the second meeting is the same', () => {
    const table = computeTable([...autumn, match('2014-03-23', 'B', 'A', [1, 1])], rules, { asOf: '2014-01-01' });
    expect(table.rows[0]!.team).toBe('B');
  });
  it('once B 1-1 A is played, A is above B on their meetings, 4 points to 1', () => {
    const table = computeTable([...autumn, match('2014-03-23', 'B', 'A', [1, 1])], rules);
    expect(table.rows[0]!.separatedFrom?.text).toBe('ahead of B on head-to-head points, 4 to 1 (matches between them)');
  });
});
