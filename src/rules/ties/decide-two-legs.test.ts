import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MatchData, Score } from '../../domain/match-data.js';
import type { MatchStatus } from '../../domain/vocabulary.js';
import { buildTies } from './build-ties.js';
import { UEFA_CLUB_AWAY_GOALS, UEFA_CLUB_NO_AWAY_GOALS } from './rule-sets.js';

const stage = { name: 'Round of 16', kind: 'round_of_16', order: 2 } as const;

function leg(date: string, home: string, away: string, score: Score, status: MatchStatus = 'played'): MatchData {
  return {
    competition: { name: 'UEFA Champions League', sex: 'men', kind: 'cup' },
    edition: { name: '2030/31', startYear: 2030, endYear: 2031 },
    stage,
    date,
    home: { name: home },
    away: { name: away },
    score,
    status,
  };
}

describe('two-legged ties under the away goals rule', () => {
  it('away goals decide a level aggregate after 90 minutes', () => {
    const [tie] = buildTies(
      [leg('2030-02-01', 'A', 'B', { fullTime: [2, 2] }), leg('2030-02-08', 'B', 'A', { fullTime: [1, 1] })],
      UEFA_CLUB_AWAY_GOALS,
    );
    expect(tie).toMatchObject({ winner: 'B', decidedBy: 'away_goals', aggregate: [3, 3], awayGoals: [1, 2] });
  });
  it('the visitors of the second leg go through on an away goal scored in extra time', () => {
    const [tie] = buildTies(
      [leg('2030-02-01', 'A', 'B', { fullTime: [1, 0] }), leg('2030-02-08', 'B', 'A', { fullTime: [1, 0], extraTime: [2, 1] })],
      UEFA_CLUB_AWAY_GOALS,
    );
    expect(tie).toMatchObject({ winner: 'A', decidedBy: 'away_goals_in_extra_time', aggregate: [2, 2], awayGoals: [1, 0] });
    expect(tie?.text).toBe('A through on away goals scored in extra time, 2-2 on aggregate');
  });
  it('a level aggregate with level away goals and no extra time shown is undecidable, with a warning', () => {
    const [tie] = buildTies(
      [leg('2030-02-01', 'A', 'B', { fullTime: [1, 0] }), leg('2030-02-08', 'B', 'A', { fullTime: [1, 0] })],
      UEFA_CLUB_AWAY_GOALS,
    );
    expect(tie?.status).toBe('undecidable');
    expect(tie?.warnings.join()).toMatch(/level 1-1 on aggregate after 90 minutes of the second leg and on away goals, but the file shows no extra time/);
  });
});

describe('two-legged ties without away goals (2021-22 onwards)', () => {
  it('a level aggregate after 90 minutes goes to extra time, however many away goals', () => {
    const [tie] = buildTies(
      [leg('2030-02-01', 'A', 'B', { fullTime: [0, 2] }), leg('2030-02-08', 'B', 'A', { fullTime: [1, 3], extraTime: [1, 3], penalties: [4, 5] })],
      UEFA_CLUB_NO_AWAY_GOALS,
    );
    expect(tie).toMatchObject({ winner: 'A', decidedBy: 'penalties', aggregate: [3, 3] });
    expect(tie?.awayGoals).toBeUndefined();
    expect(tie?.text).toBe('A through 5-4 on penalties after 3-3 on aggregate');
  });
  it('a second leg still to be played leaves the tie open, with the leader named', () => {
    const [tie] = buildTies(
      [leg('2030-02-01', 'A', 'B', { fullTime: [0, 1] }), leg('2030-02-08', 'B', 'A', {}, 'postponed')],
      UEFA_CLUB_NO_AWAY_GOALS,
    );
    expect(tie).toMatchObject({ status: 'open', text: 'B lead 1-0 after the first leg; second leg to come' });
  });
  it('a round in which every pairing meets once, with a later round in the data, is a single-match round (Lisbon, August 2020), never assumed two-legged', () => {
    const quarterFinal = { name: 'Quarter-finals', kind: 'quarter_final', order: 3 } as const;
    const ties = buildTies(
      [
        leg('2030-08-01', 'A', 'B', { fullTime: [1, 1], extraTime: [1, 1], penalties: [3, 4] }),
        leg('2030-08-01', 'C', 'D', { fullTime: [2, 0] }),
        { ...leg('2030-08-12', 'B', 'C', { fullTime: [1, 0] }), stage: quarterFinal },
      ],
      UEFA_CLUB_NO_AWAY_GOALS,
    );
    expect(ties.slice(0, 2).map((t) => [t.format, t.winner, t.decidedBy])).toEqual([
      ['single_match', 'B', 'penalties'],
      ['single_match', 'C', 'single_match'],
    ]);
  });
  it('one meeting in a round two-legged as a rule, and no later round in the data, decides nothing: Valencia 3-4 Atalanta alone is not an 8-4 aggregate', () => {
    const [tie] = buildTies([leg('2020-03-10', 'Valencia', 'Atalanta', { fullTime: [3, 4] })], UEFA_CLUB_AWAY_GOALS);
    expect(tie).toMatchObject({ format: 'one_leg_known', status: 'undecidable', text: 'Only one leg of Valencia v Atalanta is in the data: the round is two-legged as a rule, so this match alone does not decide the tie' });
    expect(tie?.winner).toBeUndefined();
    // Not played yet: open, as any fixture is.
    const [fixture] = buildTies([leg('2030-02-01', 'A', 'B', {}, 'scheduled')], UEFA_CLUB_NO_AWAY_GOALS);
    expect(fixture?.status).toBe('open');
  });
  it('goal counts that do not add up are reported', () => {
    const [tie] = buildTies(
      [leg('2030-02-01', 'A', 'B', { halfTime: [2, 0], fullTime: [1, 0] }), leg('2030-02-08', 'B', 'A', { fullTime: [0, 0] })],
      UEFA_CLUB_NO_AWAY_GOALS,
    );
    expect(tie?.warnings).toEqual(['2030-02-01 A 1-0 B: half-time score 2-0 is more than the full-time score']);
  });
});

describe('properties of any decided two-legged tie', () => {
  const goals = fc.integer({ min: 0, max: 5 });
  it('the winner never has fewer goals on aggregate than the loser, and is one of the two teams', () => {
    fc.assert(
      fc.property(goals, goals, goals, goals, goals, goals, fc.boolean(), fc.boolean(), (a1, b1, b2, a2, etB, etA, aways, homeWinsShootout) => {
        const extraTime: [number, number] = [b2 + etB, a2 + etA];
        // Extra time and a shoot-out are played only when the aggregate is level after 90 minutes.
        const level = a1 + a2 === b1 + b2;
        const second: Score = level ? { fullTime: [b2, a2], extraTime, penalties: homeWinsShootout ? [5, 4] : [4, 5] } : { fullTime: [b2, a2] };
        const [tie] = buildTies(
          [leg('2030-02-01', 'A', 'B', { fullTime: [a1, b1] }), leg('2030-02-08', 'B', 'A', second)],
          aways ? UEFA_CLUB_AWAY_GOALS : UEFA_CLUB_NO_AWAY_GOALS,
        );
        expect(tie?.status).toBe('decided');
        const [x, y] = tie?.aggregate ?? [0, 0];
        const winnerGoals = tie?.winner === 'A' ? x : y;
        const loserGoals = tie?.winner === 'A' ? y : x;
        expect(['A', 'B']).toContain(tie?.winner);
        expect(winnerGoals).toBeGreaterThanOrEqual(loserGoals);
      }),
    );
  });
});
