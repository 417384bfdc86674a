// SQLite gives a row inserted without an id the next one (its rowid); PostgreSQL gives nothing.
// Imports assign ids themselves under the write lock, but tokens, service events and status
// notes are inserted without one: on PostgreSQL a trigger gives them max(id) + 1, as SQLite
// does, taking a lock per table so two instances inserting at once never pick the same id, and
// ids follow commit order (what /events relies on to send everything after a Last-Event-ID).
// Nothing to do on SQLite.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from './dialect.js';

export const postgresRowIdsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    if (!isPostgres(db)) return;
    await sql`CREATE FUNCTION matchfacts_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('matchfacts next id ' || TG_TABLE_NAME));
        EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', TG_TABLE_NAME) INTO NEW.id;
        RETURN NEW;
      END $$`.execute(db);
    const { rows } = await sql<{ table_name: string }>`
      SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.table_constraints t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.constraint_type = 'PRIMARY KEY'
      JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema AND k.column_name = c.column_name
      WHERE c.table_schema = current_schema() AND c.column_name = 'id' AND c.data_type = 'integer'
      ORDER BY c.table_name`.execute(db);
    for (const { table_name: table } of rows) {
      await sql
        .raw(`CREATE TRIGGER "${table}_next_id" BEFORE INSERT ON "${table}" FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION matchfacts_next_id()`)
        .execute(db);
    }
  },
};
