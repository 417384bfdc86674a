// What the record book was built from. A book whose revision differs from the store's is stale:
// it is rebuilt rather than trusted, so a fact never outlives the data behind it.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { RecordDefinition } from '../definitions/schema.js';

/**
 * Changes whenever matches, goals, players, statuses or sources change: every write to the store
 * goes through an import (status changes too), which adds a source file row. Only highest ids are
 * read, so asking costs the same on a million matches as on ten.
 */
export function storeRevision(sqlite: Database.Database): string {
  const row = sqlite
    .prepare(
      `SELECT (SELECT coalesce(max(id), 0) FROM match) AS matches, (SELECT coalesce(max(id), 0) FROM source_file) AS files,
         (SELECT coalesce(max(id), 0) FROM goal) AS goals, (SELECT coalesce(max(id), 0) FROM player) AS players,
         (SELECT coalesce(max(id), 0) FROM competition_status) AS statuses`,
    )
    .get() as Record<string, number>;
  return [row.matches, row.files, row.goals, row.players, row.statuses].join(':');
}

/** Identifies a set of definitions: a book built from other definitions is rebuilt. */
export function definitionsHash(definitions: readonly RecordDefinition[]): string {
  let hash = HASHES.get(definitions);
  if (hash === undefined) {
    hash = createHash('sha256').update(ENGINE_REVISION).update(JSON.stringify(definitions)).digest('hex').slice(0, 16);
    HASHES.set(definitions, hash);
  }
  return hash;
}

/**
 * Bumped whenever the engine's rules change what a fact says (a new measure, a coverage rule, a
 * sentence): a book built by an older engine is then rebuilt, never served.
 */
export const ENGINE_REVISION = 'records-engine-8';

const HASHES = new WeakMap<readonly RecordDefinition[], string>();
