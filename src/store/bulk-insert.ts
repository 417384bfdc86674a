// Inserting many rows fast. The portable path is Kysely's multi-row insert; SQLite has a faster
// one — a prepared statement run once per row inside the open transaction — used for imports.
import Database from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database as Schema } from './schema.js';
import { StatementCache } from './statement-cache.js';

/** One row's values, in the order of the column list it travels with. */
export type RowValues = readonly (string | number | null)[];

export interface BulkInserter {
  /**
   * Inserts `rows`, each given as its values in the order of `columns`. The iterable may hand out
   * one array refilled for every row, so an inserter must use a row's values before asking for
   * the next.
   */
  insert(db: Kysely<Schema>, table: keyof Schema, columns: readonly string[], rows: Iterable<RowValues>): Promise<void>;
  /**
   * Runs `transaction`, a whole import's transaction, and returns its result. Into an empty store
   * a dialect may check foreign keys once, before commit, instead of at every row.
   */
  importing<T>(transaction: () => Promise<T>): Promise<T>;
  /**
   * Runs `write`, the bulk load at the end of an import's transaction, and returns its result. A
   * dialect may build the indexes of tables it fills from empty once afterwards, instead of row by
   * row: `rows` says how many rows the load inserts into each table. Anything it defers is checked
   * here, so a failure still rolls the transaction back.
   */
  load<T>(write: () => Promise<T>, rows: ReadonlyMap<string, number>): Promise<T>;
}

// SQLite allows 32,766 bound variables per statement; PostgreSQL 65,535. Stay below both.
const MAX_VARIABLES = 30_000;

/** Works on every dialect: chunked multi-row inserts. */
export const kyselyBulkInserter: BulkInserter = {
  async insert(db, table, columns, rows) {
    const chunk = Math.max(1, Math.floor(MAX_VARIABLES / Math.max(1, columns.length)));
    let objects: Record<string, unknown>[] = [];
    const send = async (): Promise<void> => {
      if (objects.length > 0) await db.insertInto(table).values(objects as never).execute();
      objects = [];
    };
    for (const r of rows) {
      objects.push(Object.fromEntries(columns.map((c, j) => [c, r[j] ?? null])));
      if (objects.length === chunk) await send();
    }
    await send();
  },
  importing: (transaction) => transaction(),
  load: (write) => write(),
};

/**
 * Rows a load must bring to an empty table for its indexes to be dropped and built after it. A
 * schema change makes SQLite prepare every statement of the connection again (a one-match import
 * into a store with empty tables dropped and built ten indexes, twice changing the schema under
 * the record book's statements). The full import of the shared data, where the large tables are
 * still filled from empty, is no slower for it (bench:import, this and the build before in turn:
 * 3.68–3.82× its baseline against 3.78–3.86×).
 */
export const INDEXES_BUILT_AFTER_ROWS = 10_000;

interface IndexDefinition {
  readonly name: string;
  readonly table: string;
  readonly sql: string;
}

function hasRows(statements: StatementCache, table: string): boolean {
  return statements.prepare(`SELECT 1 FROM "${table}" LIMIT 1`).get() !== undefined;
}

/** True when no table but Kysely's migration bookkeeping holds a row. */
function storeIsEmpty(statements: StatementCache): boolean {
  const tables = statements
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*' AND name NOT GLOB 'kysely_*'")
    .all() as { name: string }[];
  return tables.every((t) => !hasRows(statements, t.name));
}

/**
 * better-sqlite3 runs statements synchronously on the one connection Kysely also uses, so rows
 * inserted here are inside the transaction Kysely has open.
 */
export function sqliteBulkInserter(sqlite: Database.Database, kept: StatementCache = new StatementCache(sqlite)): BulkInserter {
  const statements = new Map<string, Database.Statement>();
  let keysCheckedAtLoad = false;
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
    async importing(transaction) {
      // The pragma is a no-op inside a transaction, and checking a whole large store once would
      // cost more than the few rows an import adds to it: only a first import relaxes the checks.
      const enforced = sqlite.pragma('foreign_keys', { simple: true }) === 1;
      if (!enforced || sqlite.inTransaction || !storeIsEmpty(kept)) return transaction();
      sqlite.pragma('foreign_keys = OFF');
      keysCheckedAtLoad = true;
      try {
        return await transaction();
      } finally {
        keysCheckedAtLoad = false;
        sqlite.pragma('foreign_keys = ON');
      }
    },
    async load(write, rows) {
      // Sorting each index of a table filled from empty once is cheaper than keeping it ordered
      // row by row. The same CREATE INDEX text runs again, so the schema ends up unchanged.
      const filled = [...rows].filter(([, count]) => count >= INDEXES_BUILT_AFTER_ROWS).map(([table]) => table);
      const indexes =
        filled.length === 0
          ? []
          : (kept.prepare(`SELECT name, tbl_name AS "table", sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid`).all() as IndexDefinition[]).filter(
              (index) => filled.includes(index.table) && !hasRows(kept, index.table),
            );
      for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
      const result = await write();
      for (const index of indexes) sqlite.exec(index.sql);
      if (keysCheckedAtLoad && (sqlite.pragma('foreign_key_check') as unknown[]).length > 0) {
        // The error SQLite raises when it checks each row, so callers see no difference.
        throw new Database.SqliteError('FOREIGN KEY constraint failed', 'SQLITE_CONSTRAINT_FOREIGNKEY');
      }
      return result;
    },
  };
}
