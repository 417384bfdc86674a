// Points a league took off a team in an edition (financial rules, ineligible players), as a source notes them.
import type { Kysely, Migration } from 'kysely';

export const pointsDeductionMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('points_deduction')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('edition_id', 'integer', (c) => c.notNull().references('edition.id'))
      // As the note names the team ("Nottingham Forest"); matched to the table's team names when a table is computed.
      .addColumn('team_name', 'text', (c) => c.notNull())
      .addColumn('points', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('source_file_id', 'integer', (c) => c.notNull().references('source_file.id'))
      .addColumn('location', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('points_deduction_edition').on('points_deduction').column('edition_id').execute();
  },
};
