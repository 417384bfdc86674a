// goalscorers.csv: the goals of a match, credited to the side whose `team` column names it.
import type { GoalData, MatchData, ScorePair } from '../../domain/match-data.js';
import type { Side } from '../../domain/vocabulary.js';
import type { SourceNotice } from '../source-batch.js';
import type { CsvRow } from '../csv/csv-row.js';
import { BOOLEAN, NA } from './codes.js';

/**
 * One goal. `team` is the side credited, own goals included: 1924-05-25 Italy–Spain lists Spain's
 * Pedro Vallana with team `Italy` and own_goal TRUE. `NA` scorer or minute means unknown.
 */
export function goalOf(row: CsvRow): GoalData {
  const scorer = row.optional('scorer', NA);
  const minute = row.optional('minute', NA) === undefined ? undefined : row.int('minute');
  return {
    side: sideOf(row, 'team'),
    scorer: scorer === undefined ? undefined : { name: scorer },
    minute,
    penalty: row.code('penalty', BOOLEAN),
    ownGoal: row.code('own_goal', BOOLEAN),
  };
}

/** Which side of the row's match a team-name column names. */
export function sideOf(row: CsvRow, field: string): Side {
  const team = row.text(field);
  if (team === row.text('home_team')) return 'home';
  if (team === row.text('away_team')) return 'away';
  throw row.error(field, `${field} '${team}' is neither ${row.text('home_team')} nor ${row.text('away_team')}`);
}

/** Goals in the order scored; the file's order breaks ties, and goals of unknown minute come last. */
function sortGoals(goals: GoalData[]): GoalData[] {
  // Two unknown minutes give NaN, which must read as a tie to keep file order.
  return goals.sort((a, b) => (a.minute ?? Infinity) - (b.minute ?? Infinity) || 0);
}

/**
 * Scorer coverage is incomplete for older matches: a match without goal rows has unknown goals,
 * unless it ended 0-0, when the empty list is the whole truth.
 */
export function goalsOf(
  found: GoalData[] | undefined,
  fullTime: ScorePair | undefined,
): readonly GoalData[] | undefined {
  if (found !== undefined) return sortGoals(found);
  return fullTime?.[0] === 0 && fullTime[1] === 0 ? [] : undefined;
}

/** A notice when a match's goal rows do not add up to its score; the rows are kept as listed. */
export function checkGoalCount(row: CsvRow, sourceKey: string, match: MatchData, notices: SourceNotice[]): void {
  const goals = match.goals ?? [];
  const fullTime = match.score.fullTime;
  const home = goals.filter((goal) => goal.side === 'home').length;
  const away = goals.length - home;
  if (fullTime !== undefined && home === fullTime[0] && away === fullTime[1]) return;
  const result = fullTime === undefined ? 'no result' : `a ${fullTime.join('-')} result`;
  const message = `goalscorers.csv has ${home}-${away} goals for ${result}; kept as listed`;
  notices.push({ sourceKey, file: row.file, line: row.line, message });
}
