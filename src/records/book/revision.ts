// What the record book was built from. A book whose revision differs from the store's is stale:
// it is rebuilt rather than trusted, so a fact never outlives the data behind it.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { RecordDefinition } from '../definitions/schema.js';

/** Changes whenever matches, goals, statuses or sources change. */
export function storeRevision(sqlite: Database.Database): string {
  const row = sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM match) AS matches, (SELECT coalesce(max(id), 0) FROM source_file) AS files,
         (SELECT count(*) FROM goal) AS goals, (SELECT coalesce(max(id), 0) FROM competition_status) AS statuses,
         (SELECT count(*) FROM match WHERE status = 'played') AS played`,
    )
    .get() as Record<string, number>;
  return [row.matches, row.files, row.goals, row.statuses, row.played].join(':');
}

/**
 * A fingerprint of every match up to `maxMatchId` and its goals: an import that changes it has
 * corrected history, which the book must recompute, not merely extend.
 */
export function historyFingerprint(sqlite: Database.Database, maxMatchId: number): string {
  const row = sqlite
    .prepare(
      `SELECT
         (SELECT count(*) || ':' || total(coalesce(ft_home, 0) * 3 + coalesce(ft_away, 0) * 5 + coalesce(et_home, 0) * 7 + coalesce(et_away, 0) * 11
            + coalesce(pen_home, 0) * 13 + coalesce(pen_away, 0) * 17 + length(status) * 19 + julianday(date) + home_team_id * 23 + away_team_id * 29
            + coalesce(stage_id, 0) * 31)
          FROM match WHERE id <= ?) AS matches,
         (SELECT count(*) || ':' || total(coalesce(minute, 0) * 3 + coalesce(stoppage, 0) * 5 + coalesce(player_id, 0) * 7 + own_goal * 11 + penalty * 13 + seq)
          FROM goal WHERE match_id <= ?) AS goals,
         (SELECT count(*) || ':' || total(coalesce(birth_date_days, 0)) FROM (SELECT julianday(birth_date) AS birth_date_days FROM player)) AS players`,
    )
    .get(maxMatchId, maxMatchId) as Record<string, string>;
  return `${row.matches}/${row.goals}/${row.players}`;
}

/** Identifies a set of definitions: a book built from other definitions is rebuilt. */
export function definitionsHash(definitions: readonly RecordDefinition[]): string {
  return createHash('sha256').update(JSON.stringify(definitions)).digest('hex').slice(0, 16);
}
