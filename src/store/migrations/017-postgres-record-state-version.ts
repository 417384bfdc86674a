// A writer keeps the book state it read lately between its updates (`record-book/state-cache.ts`),
// and may trust it only while nobody else has written the state since. SQLite says so itself
// (`PRAGMA data_version` moves with other connections' commits only); PostgreSQL has no such
// counter, and its write-ahead log moves with every write anywhere (the match an update is about,
// first of all). Here every statement that changes `record_state`, from whatever instance or
// version of matchfacts, takes a number from a sequence of its own. A sequence, not a counter in a
// row: it never goes back (not when a transaction rolls back, nor when the tables are truncated),
// so a number seen twice means nothing changed in between. Nothing on SQLite.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from './dialect.js';

export const postgresRecordStateVersionMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    if (!isPostgres(db)) return;
    await sql`CREATE SEQUENCE record_state_changes`.execute(db);
    await sql
      .raw(`CREATE FUNCTION record_state_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM nextval('record_state_changes'); RETURN NULL; END $$`)
      .execute(db);
    // Per statement, not per row: a rebuild's thousand-row inserts take one number each.
    await sql
      .raw(`CREATE TRIGGER record_state_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON record_state FOR EACH STATEMENT EXECUTE FUNCTION record_state_changed()`)
      .execute(db);
  },
};
