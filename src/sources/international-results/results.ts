// results.csv: one match per row, with the final score and where it was played.
import type { MatchData, Score } from '../../domain/match-data.js';
import type { CsvRow } from '../worldcup-db/csv-row.js';
import { BOOLEAN, NA } from './codes.js';

/** A results.csv row read into a match, before goals and shoot-outs are joined to it. */
export interface ResultRow {
  readonly row: CsvRow;
  readonly joinKey: string;
  readonly match: MatchData;
}

/**
 * Every tournament is an international tournament here, friendlies included: the source names
 * `Friendly` like a competition, and none of the other kinds fits a national-team match better.
 * An edition is the calendar year of the match (`FIFA World Cup` 2022; a qualifying campaign
 * spanning two years becomes two editions, as the source gives no campaign).
 */
export function matchOf(row: CsvRow): MatchData {
  const date = row.date('date');
  const year = Number(date.slice(0, 4));
  const score = scoreOf(row);
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
  };
}

/**
 * The score is the final result: the source does not say whether extra time was played, so it may be
 * the score after 120 minutes (`resultOnly`). `NA` is a match not yet played.
 */
function scoreOf(row: CsvRow): Score | undefined {
  const home = row.optional('home_score', NA);
  const away = row.optional('away_score', NA);
  if (home === undefined && away === undefined) return undefined;
  return { fullTime: [row.int('home_score'), row.int('away_score')], resultOnly: true };
}
