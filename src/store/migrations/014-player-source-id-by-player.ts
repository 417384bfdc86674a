// An import reads the source ids of the players it may name (every player known in the two teams):
// `player_source_id` was keyed by (format, source_id) only, so each of those reads scanned the
// whole table — ~16 ms a read at 1,000,000 matches, most of a one-match JSON import.
import type { Kysely, Migration } from 'kysely';

export const playerSourceIdByPlayerMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('player_source_id_player').on('player_source_id').column('player_id').execute();
  },
};
