// A league season is one stage whose matches are played in rounds (`Matchday 12`): the round is kept on the match.
import type { Kysely, Migration } from 'kysely';

export const matchRoundMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('match').addColumn('round', 'text').execute();
  },
};
