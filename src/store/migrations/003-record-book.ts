// The record book kept with the data: the facts of every match, the state the incremental engine
// resumes from, and what the book was built from (so a stale book is rebuilt, never trusted).
import type { Kysely, Migration } from 'kysely';

export const recordBookMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('record_fact')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('match_id', 'integer', (c) => c.notNull())
      .addColumn('definition_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('record_fact_match').on('record_fact').columns(['match_id', 'score']).execute();
    await db.schema.createIndex('record_fact_definition').on('record_fact').columns(['definition_id', 'date']).execute();
    await db.schema
      .createTable('record_state')
      .addColumn('book', 'text', (c) => c.notNull())
      .addColumn('part', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_state_pk', ['book', 'part', 'key'])
      .execute();
    await db.schema
      .createTable('record_meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};
