// Opens (and migrates) a matchfacts store. SQLite through better-sqlite3 is the embedded default.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type MigrationProvider, type Migration } from 'kysely';
import { MatchfactsError } from '../domain/errors.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';
import { sqliteBulkInserter, type BulkInserter } from './bulk-insert.js';
import { startCheckpointer, WAL_AUTOCHECKPOINT_PAGES } from './checkpointer.js';
import { StatementCache } from './statement-cache.js';
import { RowObjects } from './row-objects.js';
import type { RecordBookStorage } from './record-book/storage.js';
import { SqliteRecordBookStorage } from './record-book/sqlite-storage.js';
import type { SqlReader } from './sql-reader.js';
import { inPostgresWriteTransaction, isPostgresUrl, openPostgresStore } from './postgres/open-postgres.js';

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
  /** A number that changes whenever another connection commits to the store: for caches of what it read. */
  dataVersion(): number;
  close(): Promise<void>;
}

/** The embedded store. Its raw connection is for tests and benchmarks; code under `src/` uses `Store`. */
export interface SqliteStore extends Store {
  readonly sqlite: SQLite.Database;
}

export interface OpenStoreOptions {
  /** Fail instead of creating a new file (read-only commands). */
  readonly mustExist?: boolean;
  /**
   * SQLite: copy the write-ahead log into the database on a thread of its own rather than inside
   * a commit now and then. For long-lived writers, where every write should cost only itself.
   */
  readonly checkpointInBackground?: boolean;
}

/**
 * The database a command uses: `--db`, else `MATCHFACTS_DB`, else `./matchfacts.db`. Either names
 * an SQLite file or holds a `postgresql://` URL.
 */
export function resolveDbPath(flag?: string): string {
  return flag ?? process.env.MATCHFACTS_DB ?? DEFAULT_DB_PATH;
}

export { isPostgresUrl };

/**
 * Opens the store at `location`, creating and migrating it as needed: a `postgres://` or
 * `postgresql://` URL opens a PostgreSQL database, anything else is an SQLite file.
 *
 * @example
 * const store = await openStore('./matchfacts.db');   // or 'postgresql://localhost/matchfacts'
 * const matches = await store.db.selectFrom('match').selectAll().limit(5).execute();
 * await store.close();
 */
export async function openStore(location: string = resolveDbPath(), options: OpenStoreOptions = {}): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location, options) : openSqliteStore(location, options);
}

/**
 * The SQLite file at `path`, refusing what is not one: a missing folder, a file of another kind,
 * an SQLite database of another program. Nothing is written to a file refused.
 */
function openSqlite(path: string): SQLite.Database {
  if (path !== ':memory:' && !existsSync(dirname(resolve(path)))) {
    throw new MatchfactsError(`cannot create the database ${path}: the folder ${dirname(path)} does not exist; create it or pass another --db`);
  }
  let sqlite: SQLite.Database | undefined;
  try {
    sqlite = new SQLite(path);
    const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    if (tables.length > 0 && !tables.includes('kysely_migration')) {
      throw new MatchfactsError(`${path} is an SQLite database of another program, not a matchfacts store: pass another --db`);
    }
    return sqlite;
  } catch (error) {
    sqlite?.close();
    if (error instanceof MatchfactsError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new MatchfactsError(`${path} is not a matchfacts database (not an SQLite file): pass another --db, or a new file name to start one`);
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_READONLY') {
      throw new MatchfactsError(`cannot open the database ${path} (${code}): check it is a file you may read and write, or pass another --db`);
    }
    throw error;
  }
}

class StaticMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...MIGRATIONS };
  }
}

/** Opens the SQLite store at `path`, creating and migrating it as needed; its raw connection comes with it. */
export async function openSqliteStore(path: string = resolveDbPath(), options: OpenStoreOptions = {}): Promise<SqliteStore> {
  if (options.mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new MatchfactsError(`no database at ${path}: run \`matchfacts import PATH\` first, or pass --db`);
  }
  const sqlite = openSqlite(path);
  sqlite.pragma('foreign_keys = ON');
  // Write-ahead logging: readers never wait for a writer, and a small write (one new match and its
  // facts) costs one sync instead of several. NORMAL sync is durable except for the last commit on power loss.
  if (path !== ':memory:') {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    // Checkpoint the log every ~40 MB rather than every 4 MB: a new match's commit rarely pays for one.
    // A long-lived writer asks for a checkpointer thread instead, and none pays.
    sqlite.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  }
  // Imports write hundreds of thousands of rows in one transaction: keep them in memory until commit.
  sqlite.pragma('cache_size = -131072');
  const statements = new StatementCache(sqlite);
  const rows = new RowObjects(sqlite);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({
      database: {
        close: () => sqlite.close(),
        prepare(text) {
          const statement = statements.prepare(text);
          return {
            reader: statement.reader,
            all: (parameters) => rows.all(statement, parameters),
            run: (parameters) => statement.run(parameters),
            iterate: (parameters) => statement.iterate(parameters),
          };
        },
      },
    }),
  });
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
  // Asked on every cached API read: prepared once (a pragma call prepares anew each time, ~3× the cost).
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  const checkpointer = options.checkpointInBackground && path !== ':memory:' ? await startCheckpointer(sqlite, path) : undefined;
  return {
    db,
    path,
    sqlite,
    bulk: sqliteBulkInserter(sqlite, statements),
    records: new SqliteRecordBookStorage(sqlite, path),
    sql: {
      dialect: 'sqlite',
      prepare(text) {
        const statement = statements.prepare(text);
        return { all: (...parameters) => rows.all(statement, parameters), get: (...parameters) => statement.get(...parameters) };
      },
    },
    dataVersion: () => dataVersion.get() as number,
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

/** The store is being written by another process for longer than we wait. */
export class StoreBusyError extends MatchfactsError {}

export interface WriteLockOptions {
  /** Called once, before waiting, when another process holds the write lock. */
  readonly onWait?: () => void;
  /** How long to wait for it; default $MATCHFACTS_LOCK_TIMEOUT seconds, else 300 s. */
  readonly timeoutMs?: number;
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

async function pragma(store: Pick<Store, 'db'>, text: string): Promise<void> {
  await sql.raw(`PRAGMA ${text}`).execute(store.db);
}

async function busyTimeout(store: Pick<Store, 'db'>): Promise<number> {
  const { rows } = await sql.raw<{ timeout: number }>('PRAGMA busy_timeout').execute(store.db);
  return Number(rows[0]?.timeout ?? 0);
}

/**
 * Runs `work` in one write transaction that holds SQLite's write lock from its start (BEGIN
 * IMMEDIATE), so two imports never both read, merge and then collide at commit: all of it or
 * nothing. When another process holds the lock it says so through `onWait` and waits; past the
 * timeout it refuses with a StoreBusyError, having written nothing.
 */
export async function inWriteTransaction<T>(store: Pick<Store, 'db' | 'path'>, work: () => Promise<T>, options: WriteLockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? Number(process.env.MATCHFACTS_LOCK_TIMEOUT ?? 300) * 1000;
  const busy = (): StoreBusyError =>
    new StoreBusyError(
      `${isPostgresUrl(store.path) ? 'the PostgreSQL store' : store.path} is busy: another matchfacts process has been writing to it for over ${Math.round(timeoutMs / 1000)} s; ` +
        'nothing was imported — run the import again when it has finished (or set MATCHFACTS_LOCK_TIMEOUT to wait longer)',
    );
  if (isPostgresUrl(store.path)) return inPostgresWriteTransaction(store, work, { onWait: options.onWait, timeoutMs, busy });
  const previous = await busyTimeout(store);
  const begin = (): Promise<unknown> => sql.raw('BEGIN IMMEDIATE').execute(store.db);
  try {
    await pragma(store, 'busy_timeout = 0');
    const immediately = await begin().then(
      () => true,
      (error: unknown) => {
        if (!isBusy(error)) throw error;
        return false;
      },
    );
    if (!immediately) {
      options.onWait?.();
      await pragma(store, `busy_timeout = ${Math.max(0, Math.round(timeoutMs))}`);
      await begin().catch((error: unknown) => {
        if (!isBusy(error)) throw error;
        throw busy();
      });
    }
  } finally {
    await pragma(store, `busy_timeout = ${previous}`);
  }
  try {
    const result = await work();
    await sql.raw('COMMIT').execute(store.db);
    return result;
  } catch (error) {
    await sql.raw('ROLLBACK').execute(store.db).catch(() => undefined);
    throw error;
  }
}
