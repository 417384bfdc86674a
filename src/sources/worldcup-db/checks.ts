// Cross-checks of files that repeat what matches.csv says: each disagreement becomes a notice.
import { stageKindOf } from '../../domain/stage-kind.js';
import type { IncomingMatch, SourceNotice } from '../source-batch.js';
import { BINARY } from './codes.js';
import type { CsvRow } from '../csv/csv-row.js';
import { located } from './rows.js';

/**
 * tournament_stages.csv counts each stage's matches and walkovers. A walkover was never played, so
 * matches.csv has no row for it (1938: Austria, absorbed by Germany, did not meet Sweden); say so.
 */
export function checkStages(stageRows: readonly CsvRow[], matchRows: readonly CsvRow[]): SourceNotice[] {
  const counts = new Map<string, number>();
  for (const row of matchRows) {
    const key = `${row.text('tournament_id')}|${stageKindOf(row.text('stage_name'))}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const notices: SourceNotice[] = [];
  for (const row of stageRows) {
    const tournament = row.text('tournament_id');
    const stage = row.text('stage_name');
    const key = `${tournament}|${stageKindOf(stage)}`;
    const expected = row.int('count_matches');
    const found = counts.get(key) ?? 0;
    const where = located(row, `${tournament}/${row.text('stage_number')}`);
    if (found !== expected) {
      const message = `${tournament} ${stage}: ${expected} matches listed, ${found} in matches.csv`;
      notices.push({ ...where, message });
    }
    const walkovers = row.int('count_walkovers');
    if (walkovers > 0) {
      notices.push({
        ...where,
        message:
          `${tournament} ${stage}: ${walkovers} walkover(s) counted; ` +
          'a walkover is not a match, so matches.csv has no row for it',
      });
    }
  }
  return notices;
}

/**
 * team_appearances.csv repeats each match once per team; its goals must agree with the match.
 * Nothing in it is new, so its rows are only checked (and hashed), not carried.
 */
export function checkAppearances(
  rows: readonly CsvRow[],
  matches: ReadonlyMap<string, IncomingMatch>,
): SourceNotice[] {
  const notices: SourceNotice[] = [];
  for (const row of rows) {
    const { match } = row.ref('match_id', matches);
    const final = match.score.extraTime ?? match.score.fullTime;
    const isHome = row.code('home_team', BINARY);
    const expected = final === undefined ? undefined : isHome ? final : [final[1], final[0]];
    const found = [row.int('goals_for'), row.int('goals_against')];
    if (expected !== undefined && (expected[0] !== found[0] || expected[1] !== found[1])) {
      notices.push({
        ...located(row, `${row.text('match_id')}/${row.text('team_id')}`),
        message: `team_appearances.csv has ${found.join('-')}, matches.csv ${expected.join('-')}`,
      });
    }
  }
  return notices;
}
