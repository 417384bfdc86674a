// Opens (and migrates) a matchfacts store in a PostgreSQL database: the same contract as the
// SQLite store, over one synchronous connection that Kysely, the record book and plain SQL share.
import { Kysely, Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import { MatchfactsError } from '../../domain/errors.js';
import { MIGRATIONS } from '../migrations/index.js';
import type { Database } from '../schema.js';
import type { Store } from '../open-store.js';
import { postgresBulkInserter } from './bulk-insert.js';
import { PostgresConnection, redactedUrl } from './connection.js';
import { postgresDialect } from './kysely-pool.js';
import { PostgresRecordBookStorage } from './record-book-storage.js';
import { SyncSql, waitForLock, WRITE_LOCK, type WriteLockWait } from './sync-sql.js';

/** A PostgreSQL store; its connection is for tests and for the write lock. */
export interface PostgresStore extends Store {
  readonly postgres: SyncSql;
}

/** True for a `postgres://` or `postgresql://` URL: where `--db` or `MATCHFACTS_DB` names a PostgreSQL database. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

class StaticMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return { ...MIGRATIONS };
  }
}

export interface OpenPostgresOptions {
  /** Refuse a database that holds no matchfacts store yet (read-only commands). */
  readonly mustExist?: boolean;
}

export async function openPostgresStore(url: string, options: OpenPostgresOptions = {}): Promise<PostgresStore> {
  const connection = new PostgresConnection(url);
  const syncSql = new SyncSql(connection);
  const shown = redactedUrl(url);
  try {
    const tables = syncSql.all<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`).map((t) => t.name);
    if (tables.length > 0 && !tables.includes('kysely_migration')) {
      throw new MatchfactsError(`${shown} is a PostgreSQL database of another program, not a matchfacts store: pass another database (createdb matchfacts)`);
    }
    if (options.mustExist && !tables.includes('kysely_migration')) {
      throw new MatchfactsError(`no matchfacts store in ${shown}: run \`matchfacts import PATH --db ${shown}\` first`);
    }
  } catch (error) {
    connection.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: postgresDialect(connection) });
  // Kysely migrates PostgreSQL in one transaction under an advisory lock: instances started
  // together migrate the store once.
  const { error, results } = await new Migrator({ db, provider: new StaticMigrations(), allowUnorderedMigrations: true })
    .migrateToLatest()
    .catch((thrown: unknown) => ({ error: thrown, results: undefined }));
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MatchfactsError(`could not migrate ${shown} (migration ${failed})`, { cause: error });
  }
  return {
    db,
    path: url,
    postgres: syncSql,
    bulk: postgresBulkInserter(connection),
    records: new PostgresRecordBookStorage(syncSql),
    sql: syncSql.reader(),
    // The write-ahead log's position moves with every commit, by any connection: a cache keyed on it
    // is dropped when anyone wrote (and now and then when the server tidies up, which costs a re-read).
    dataVersion: () => syncSql.get<{ v: number }>(`SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn AS v`)!.v,
    close: () => db.destroy(),
  };
}


export type PostgresWriteLockOptions = WriteLockWait;

/**
 * Runs `work` in one transaction holding the store's write lock (a transaction-scoped advisory
 * lock), so writes from several processes and instances serialise as SQLite's BEGIN IMMEDIATE
 * makes them. The lock goes with the commit or rollback. While another connection holds it, the
 * lock is tried again after short pauses rather than waited for in PostgreSQL: the connection
 * answers synchronously, and a blocking wait would hold the event loop (a server's reads) for as
 * long as the other write lasts.
 */
export async function inPostgresWriteTransaction<T>(store: Pick<Store, 'db'>, work: () => Promise<T>, options: PostgresWriteLockOptions): Promise<T> {
  await sql.raw('BEGIN').execute(store.db);
  try {
    const tryLock = async (): Promise<boolean> =>
      (await sql<{ locked: number }>`SELECT pg_try_advisory_xact_lock(${sql.raw(WRITE_LOCK)}) AS locked`.execute(store.db)).rows[0]?.locked === 1;
    await waitForLock(tryLock, options);
    const result = await work();
    await sql.raw('COMMIT').execute(store.db);
    return result;
  } catch (error) {
    await sql.raw('ROLLBACK').execute(store.db).catch(() => undefined);
    throw error;
  }
}

/**
 * Runs `work` holding the store's write lock for its whole length when the store is PostgreSQL
 * (see SyncSql.holdingWriteLock): a server's write, whose record-book update opens transactions of
 * its own, then never waits for the lock synchronously. On SQLite it just runs `work`, whose
 * transactions wait for SQLite's lock as they always have.
 */
export async function holdingPostgresWriteLock<T>(store: Store, work: () => Promise<T>, options: PostgresWriteLockOptions): Promise<T> {
  if (!('postgres' in store)) return work();
  return (store as PostgresStore).postgres.holdingWriteLock(work, options);
}
