// Competitions (or one edition of one) can be suspended, resumed or abandoned: their status, with date and reason.
import type { Kysely, Migration } from 'kysely';

export const competitionStatusMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('competition_status')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('edition_id', 'integer', (c) => c.notNull().references('edition.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('since', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('competition_status_edition').on('competition_status').columns(['edition_id', 'since']).execute();
  },
};
