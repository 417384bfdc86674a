// Each source's own description of a match, kept beside its hash: a correction from any one source
// rebuilds the match from every source's description, so conflicts and filled-in values come out
// as a fresh import of the corrected files would make them.
import type { Kysely, Migration } from 'kysely';

export const matchSourceContentMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('match_source').addColumn('content', 'text').execute();
  },
};
