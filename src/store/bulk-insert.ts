// Inserting many rows fast. The portable path is Kysely's multi-row insert; SQLite has a faster
// one — a prepared statement run once per row inside the open transaction — used for imports.
import type Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database as Schema } from './schema.js';

/** One row's values, in the order of the column list it travels with. */
export type RowValues = readonly (string | number | null)[];

export interface BulkInserter {
  insert(db: Kysely<Schema>, table: keyof Schema, columns: readonly string[], rows: readonly RowValues[]): Promise<void>;
}

// SQLite allows 32,766 bound variables per statement; PostgreSQL 65,535. Stay below both.
const MAX_VARIABLES = 30_000;

/** Works on every dialect: chunked multi-row inserts. */
export const kyselyBulkInserter: BulkInserter = {
  async insert(db, table, columns, rows) {
    const chunk = Math.max(1, Math.floor(MAX_VARIABLES / Math.max(1, columns.length)));
    for (let i = 0; i < rows.length; i += chunk) {
      const objects = rows.slice(i, i + chunk).map((r) => Object.fromEntries(columns.map((c, j) => [c, r[j] ?? null])));
      await db.insertInto(table).values(objects as never).execute();
    }
  },
};

/**
 * better-sqlite3 runs statements synchronously on the one connection Kysely also uses, so rows
 * inserted here are inside the transaction Kysely has open.
 */
export function sqliteBulkInserter(sqlite: Database.Database): BulkInserter {
  const statements = new Map<string, Database.Statement>();
  return {
    async insert(_db, table, columns, rows) {
      const key = `${table}(${columns.join(',')})`;
      let statement = statements.get(key);
      if (!statement) {
        const names = columns.map((c) => `"${c}"`).join(', ');
        const params = columns.map(() => '?').join(', ');
        statement = sqlite.prepare(`INSERT INTO "${table}" (${names}) VALUES (${params})`);
        statements.set(key, statement);
      }
      for (const row of rows) statement.run(row);
    },
  };
}
