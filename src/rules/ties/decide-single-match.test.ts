import { describe, expect, it } from 'vitest';
import type { MatchData, Score, StageRef } from '../../domain/match-data.js';
import { buildTies } from './build-ties.js';
import { DEFAULT_TIE_RULES, WORLD_CUP_LOTS, WORLD_CUP_REPLAYS } from './rule-sets.js';

const quarterFinal: StageRef = { name: 'Quarter-finals', kind: 'quarter_final' };

function match(date: string, home: string, away: string, score: Score, extra: Partial<MatchData> = {}): MatchData {
  return {
    competition: { name: 'Some Cup', sex: 'men', kind: 'international_tournament' },
    edition: { name: '1936', startYear: 1936, endYear: 1936 },
    stage: quarterFinal,
    date,
    home: { name: home },
    away: { name: away },
    score,
    status: 'played',
    ...extra,
  };
}

describe('single matches and replays', () => {
  it('under replay rules, a meeting after a draw in extra time is a replay even when the source does not flag it', () => {
    const [tie] = buildTies(
      [match('1936-06-01', 'A', 'B', { fullTime: [1, 1], extraTime: [2, 2] }), match('1936-06-03', 'B', 'A', { fullTime: [0, 1] })],
      WORLD_CUP_REPLAYS,
    );
    expect(tie).toMatchObject({ format: 'with_replay', winner: 'A', decidedBy: 'replay', text: 'A through in a replay, 1-0, after 2-2 a.e.t.' });
  });
  it('a draw after extra time waiting for its replay is open', () => {
    const [tie] = buildTies([match('1936-06-01', 'A', 'B', { fullTime: [1, 1], extraTime: [1, 1] })], WORLD_CUP_REPLAYS);
    expect(tie).toMatchObject({ status: 'open', text: 'A 1-1 a.e.t. B: to be replayed' });
  });
  it('a draw after extra time settled by lots cannot be decided from the score', () => {
    const [tie] = buildTies([match('1960-06-01', 'A', 'B', { fullTime: [0, 0], extraTime: [0, 0] })], WORLD_CUP_LOTS);
    expect(tie).toMatchObject({ status: 'undecidable', text: 'A 0-0 a.e.t. B: decided by drawing of lots, not recorded' });
  });
  it('a source that names only the shoot-out winner still decides the match', () => {
    const [tie] = buildTies([match('2000-06-01', 'A', 'B', { fullTime: [0, 0], extraTime: [0, 0], shootoutWinner: 'away' })], DEFAULT_TIE_RULES);
    expect(tie).toMatchObject({ winner: 'B', decidedBy: 'penalties', text: 'B won on penalties after 0-0 a.e.t.' });
  });
  it('a knockout match level after 90 minutes with no extra time shown is reported', () => {
    const [tie] = buildTies([match('2000-06-01', 'A', 'B', { fullTime: [2, 2] })], DEFAULT_TIE_RULES);
    expect(tie?.status).toBe('undecidable');
    expect(tie?.warnings).toEqual(['2000-06-01 A 2-2 B: a knockout match level after 90 minutes, but the file shows no extra time']);
  });
  it('group and league-phase matches are not ties', () => {
    const group = match('2000-06-01', 'A', 'B', { fullTime: [1, 0] }, { stage: { name: 'Group A', kind: 'group' } });
    expect(buildTies([group], DEFAULT_TIE_RULES)).toEqual([]);
  });
});
