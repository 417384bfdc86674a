// The score of a match at each point it could end, from matches.csv and the match's goals.
import type { GoalData, Score, ScorePair } from '../../domain/match-data.js';
import type { Period } from '../../domain/vocabulary.js';
import { BINARY } from './codes.js';
import type { CsvRow } from '../csv/csv-row.js';

const FIRST_HALF: ReadonlySet<Period | undefined> = new Set(['first_half']);
const REGULATION: ReadonlySet<Period | undefined> = new Set(['first_half', 'second_half']);

export interface ScoreResult {
  readonly score: Score;
  /** Set when the goals do not add up to the final score; the goal-derived scores are then left out. */
  readonly problem?: string;
}

/**
 * matches.csv `home/away_team_score` is the final score, after extra time when there was any. The
 * score after 90 minutes is not in the file, so it is counted from the goals (this source lists every
 * goal); the half-time score likewise.
 */
export function scoreOf(row: CsvRow, goals: readonly GoalData[]): ScoreResult {
  const final: ScorePair = [row.int('home_team_score'), row.int('away_team_score')];
  const extraTime = row.code('extra_time', BINARY);
  const penalties: ScorePair | undefined = row.code('penalty_shootout', BINARY)
    ? [row.int('home_team_score_penalties'), row.int('away_team_score_penalties')]
    : undefined;
  const counted = count(goals, () => true);
  if (counted[0] !== final[0] || counted[1] !== final[1]) {
    const problem = `goals.csv has ${counted.join('-')} goals for a ${final.join('-')} result`;
    return { score: extraTime ? { extraTime: final, penalties } : { fullTime: final, penalties }, problem };
  }
  const halfTime = count(goals, (goal) => FIRST_HALF.has(goal.period));
  const fullTime = extraTime ? count(goals, (goal) => REGULATION.has(goal.period)) : final;
  return { score: { halfTime, fullTime, extraTime: extraTime ? final : undefined, penalties } };
}

function count(goals: readonly GoalData[], include: (goal: GoalData) => boolean): ScorePair {
  let home = 0;
  let away = 0;
  for (const goal of goals) {
    if (!include(goal)) continue;
    if (goal.side === 'home') home++;
    else away++;
  }
  return [home, away];
}
