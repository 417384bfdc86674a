// Opens (and migrates) a matchfacts store. SQLite through better-sqlite3 is the embedded default.
import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider, type Migration } from 'kysely';
import { MatchfactsError } from '../domain/errors.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';
import { sqliteBulkInserter, type BulkInserter } from './bulk-insert.js';
import type { RecordBookStorage } from './record-book/storage.js';
import { SqliteRecordBookStorage } from './record-book/sqlite-storage.js';
import type { SqlReader } from './sql-reader.js';

export const DEFAULT_DB_PATH = './matchfacts.db';

export interface Store {
  readonly db: Kysely<Database>;
  /** The fastest way this store's dialect has to insert many rows inside a transaction. */
  readonly bulk: BulkInserter;
  readonly path: string;
  /** The record engine's matches and book: streaming reads, keyed state, facts, the change log. */
  readonly records: RecordBookStorage;
  /** Read queries in plain SQL, for questions no query module answers yet. */
  readonly sql: SqlReader;
  close(): Promise<void>;
}

/** The embedded store. Its raw connection is for tests and benchmarks; code under `src/` uses `Store`. */
export interface SqliteStore extends Store {
  readonly sqlite: SQLite.Database;
}

export interface OpenStoreOptions {
  /** Fail instead of creating a new file (read-only commands). */
  readonly mustExist?: boolean;
}

/** The database path a command uses: `--db`, else `MATCHFACTS_DB`, else `./matchfacts.db`. */
export function resolveDbPath(flag?: string): string {
  return flag ?? process.env.MATCHFACTS_DB ?? DEFAULT_DB_PATH;
}

class StaticMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...MIGRATIONS };
  }
}

/**
 * Opens the SQLite store at `path`, creating and migrating it as needed.
 *
 * @example
 * const store = await openStore('./matchfacts.db');
 * const matches = await store.db.selectFrom('match').selectAll().limit(5).execute();
 * await store.close();
 */
export async function openStore(path: string = resolveDbPath(), options: OpenStoreOptions = {}): Promise<SqliteStore> {
  if (options.mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new MatchfactsError(`no database at ${path}: run \`matchfacts import PATH\` first, or pass --db`);
  }
  const sqlite = new SQLite(path);
  sqlite.pragma('foreign_keys = ON');
  // Write-ahead logging: readers never wait for a writer, and a small write (one new match and its
  // facts) costs one sync instead of several. NORMAL sync is durable except for the last commit on power loss.
  if (path !== ':memory:') {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // Checkpoint the log every ~40 MB rather than every 4 MB: a new match's commit rarely pays for one.
    sqlite.pragma('wal_autocheckpoint = 10000');
  }
  // Imports write hundreds of thousands of rows in one transaction: keep them in memory until commit.
  sqlite.pragma('cache_size = -131072');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  // SQLite DDL is transactional, though Kysely runs it statement by statement: one transaction
  // creates a new store with one sync to disk instead of one per table, and all or nothing.
  sqlite.exec('BEGIN');
  const { error, results } = await new Migrator({
    db,
    provider: new StaticMigrations(),
    // Migrations written side by side land in any order; a store that has a later one still gets an earlier one.
    allowUnorderedMigrations: true,
  })
    .migrateToLatest()
    .catch((thrown: unknown) => ({ error: thrown, results: undefined }));
  if (sqlite.inTransaction) sqlite.exec(error ? 'ROLLBACK' : 'COMMIT');
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MatchfactsError(`could not migrate ${path} (migration ${failed})`, { cause: error });
  }
  return {
    db,
    path,
    sqlite,
    bulk: sqliteBulkInserter(sqlite),
    records: new SqliteRecordBookStorage(sqlite),
    sql: {
      prepare(text) {
        const statement = sqlite.prepare(text);
        return { all: (...parameters) => statement.all(...parameters), get: (...parameters) => statement.get(...parameters) };
      },
    },
    close: () => db.destroy(),
  };
}
