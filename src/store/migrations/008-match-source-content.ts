// Each source's own description of a match, kept beside its hash: a correction from any one source
// rebuilds the match from every source's description, so conflicts and filled-in values come out
// as a fresh import of the corrected files would make them. Two indexes serve the targeted reads
// of a small import (load-context-for.ts) and a correction.
import type { Kysely, Migration } from 'kysely';

export const matchSourceContentMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('match_source').addColumn('content', 'text').execute();
    // One match typed tonight reads its teams' players and a corrected match its provenance by index, not by scan.
    await db.schema.createIndex('player_name_team').on('player_name').columns(['team_id']).execute();
    await db.schema.createIndex('provenance_entity').on('provenance').columns(['entity', 'entity_id']).execute();
  },
};
