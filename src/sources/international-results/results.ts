// results.csv: one match per row, with the final score and where it was played.
import type { GoalData, MatchData, Score } from '../../domain/match-data.js';
import type { CsvRow } from '../csv/csv-row.js';
import { BOOLEAN, NA } from './codes.js';
import { goalsOf } from './goals.js';
import type { Shootout } from './shootouts.js';

/**
 * Every tournament is an international tournament here, friendlies included: the source names
 * `Friendly` like a competition, and none of the other kinds fits a national-team match better.
 * An edition is the calendar year of the match (`FIFA World Cup` 2022; a qualifying campaign
 * spanning two years becomes two editions, as the source gives no campaign).
 *
 * `goalRows` are the match's goals from goalscorers.csv, undefined when it has none.
 */
export function matchOf(row: CsvRow, shootout: Shootout | undefined, goalRows: GoalData[] | undefined): MatchData {
  const date = row.date('date');
  const year = Number(date.slice(0, 4));
  const score = scoreOf(row, shootout);
  return {
    competition: { name: row.required('tournament'), sex: 'men', kind: 'international_tournament' },
    edition: { name: String(year), startYear: year, endYear: year },
    date,
    city: row.optional('city', NA),
    country: row.optional('country', NA),
    home: { name: row.required('home_team') },
    away: { name: row.required('away_team') },
    neutral: row.code('neutral', BOOLEAN),
    score: score ?? {},
    status: score === undefined ? 'scheduled' : 'played',
    goals: goalsOf(goalRows, score?.fullTime),
  };
}

/**
 * The score is the final result: the source does not say whether extra time was played, so it may be
 * the score after 120 minutes (`resultOnly`). `NA` is a match not yet played.
 */
function scoreOf(row: CsvRow, shootout: Shootout | undefined): Score | undefined {
  const home = row.optional('home_score', NA);
  const away = row.optional('away_score', NA);
  if (home === undefined && away === undefined) return undefined;
  return {
    fullTime: [row.int('home_score'), row.int('away_score')],
    resultOnly: true,
    shootoutWinner: shootout?.winner,
    shootoutFirstKicker: shootout?.firstKicker,
  };
}
