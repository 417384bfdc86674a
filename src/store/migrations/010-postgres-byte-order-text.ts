// SQLite compares text byte by byte; a PostgreSQL database compares by its locale unless told
// otherwise, which reorders names, ids and keys (and keeps range scans on keys off their indexes).
// On PostgreSQL every text column of the store compares bytewise (COLLATE "C"), whatever locale the
// database was created with. Columns used by triggers cannot change type, so the store's triggers
// are set aside and made again, as they were. A later migration adding text columns on PostgreSQL
// gives them COLLATE "C" itself. Nothing to do on SQLite.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from './dialect.js';

export const postgresByteOrderTextMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    if (!isPostgres(db)) return;
    const { rows: triggers } = await sql<{ name: string; table_name: string; definition: string }>`
      SELECT t.tgname AS name, c.relname AS table_name, pg_get_triggerdef(t.oid) AS definition
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT t.tgisinternal AND n.nspname = current_schema()`.execute(db);
    for (const t of triggers) await sql.raw(`DROP TRIGGER "${t.name}" ON "${t.table_name}"`).execute(db);
    const { rows: columns } = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type = 'text' AND table_name NOT LIKE 'kysely%'
      ORDER BY table_name, ordinal_position`.execute(db);
    for (const c of columns) {
      await sql.raw(`ALTER TABLE "${c.table_name}" ALTER COLUMN "${c.column_name}" TYPE text COLLATE "C"`).execute(db);
    }
    for (const t of triggers) await sql.raw(t.definition).execute(db);
  },
};
