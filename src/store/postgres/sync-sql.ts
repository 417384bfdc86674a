// Plain synchronous SQL with SQLite's `?` placeholders over the PostgreSQL connection: what the
// store's SqlReader and the record book's storage use.
import type { SqlReader } from '../sql-reader.js';
import { MatchfactsError } from '../../domain/errors.js';
import { numberedParameters, PostgresError, type PgValue, type PostgresConnection } from './connection.js';

/** The store's write lock: one writer at a time, whatever instance or process it runs in. */
export const WRITE_LOCK = `hashtext('matchfacts write lock')`;

export class SyncSql {
  private readonly texts = new Map<string, string>();

  constructor(readonly connection: PostgresConnection) {}

  all<R = Record<string, unknown>>(text: string, ...values: PgValue[]): R[] {
    return this.connection.query(this.numbered(text), values).rows as R[];
  }

  get<R = Record<string, unknown>>(text: string, ...values: PgValue[]): R | undefined {
    return this.all<R>(text, ...values)[0];
  }

  run(text: string, ...values: PgValue[]): number {
    return this.connection.query(this.numbered(text), values).rowCount;
  }

  /**
   * Runs `work` in a transaction holding the write lock (the record book is written by one
   * instance at a time), or in a savepoint inside the one already open (as better-sqlite3's
   * `transaction()` nests): all of it is written, or none.
   */
  transaction<T>(work: () => T): T {
    const nested = this.connection.inTransaction;
    if (nested) this.connection.exec('SAVEPOINT matchfacts_nested');
    else this.beginLocked();
    try {
      const result = work();
      this.connection.exec(nested ? 'RELEASE SAVEPOINT matchfacts_nested' : 'COMMIT');
      return result;
    } catch (error) {
      this.connection.exec(nested ? 'ROLLBACK TO SAVEPOINT matchfacts_nested; RELEASE SAVEPOINT matchfacts_nested' : 'ROLLBACK');
      throw error;
    }
  }

  /** BEGIN, then the write lock, waited for as long as imports wait for it ($MATCHFACTS_LOCK_TIMEOUT, 300 s). */
  private beginLocked(): void {
    const seconds = Number(process.env.MATCHFACTS_LOCK_TIMEOUT ?? 300);
    this.connection.exec(`BEGIN; SET LOCAL lock_timeout = ${Math.max(1, Math.round(seconds * 1000))}`);
    try {
      this.connection.exec(`SELECT pg_advisory_xact_lock(${WRITE_LOCK}); SET LOCAL lock_timeout = 0`);
    } catch (error) {
      this.connection.exec('ROLLBACK');
      if (error instanceof PostgresError && error.code === '55P03') {
        throw new MatchfactsError(
          `the PostgreSQL store is busy: another matchfacts process has been writing to it for over ${seconds} s; nothing was written — try again when it has finished (or set MATCHFACTS_LOCK_TIMEOUT to wait longer)`,
        );
      }
      throw error;
    }
  }

  /**
   * Runs `work` holding the write lock at the session's level, the lock waited for by polling
   * with pauses between tries, so the event loop goes on answering reads while another process
   * writes (a blocking pg_advisory_xact_lock would stall the whole service). The transactions
   * `work` opens take the same lock again at once: PostgreSQL grants a session the advisory locks
   * it already holds. Waiters are not served in arrival order, as they would be in PostgreSQL's
   * queue; the pause stays short (at most 50 ms) so a waiter is not passed over for long.
   */
  async holdingWriteLock<T>(work: () => Promise<T>, options: WriteLockWait): Promise<T> {
    await waitForLock(() => this.get<{ locked: number }>(`SELECT pg_try_advisory_lock(${WRITE_LOCK}) AS locked`)?.locked === 1, options);
    try {
      return await work();
    } finally {
      // A transaction `work` left open (failed half way) would refuse the unlock and keep the lock for the session's life.
      if (this.connection.inTransaction) this.connection.exec('ROLLBACK');
      this.run(`SELECT pg_advisory_unlock(${WRITE_LOCK})`);
    }
  }

  reader(): SqlReader {
    return {
      dialect: 'postgres',
      prepare: (text) => ({
        all: (...parameters) => this.all(text, ...parameters),
        get: (...parameters) => this.get(text, ...parameters),
      }),
    };
  }

  private numbered(text: string): string {
    let numbered = this.texts.get(text);
    if (numbered === undefined) {
      numbered = numberedParameters(text);
      if (this.texts.size < 5000) this.texts.set(text, numbered);
    }
    return numbered;
  }
}

export interface WriteLockWait {
  /** Called once, before waiting, when another connection holds the lock. */
  readonly onWait?: () => void;
  readonly timeoutMs: number;
  /** The error to throw when the lock is not had in time. */
  readonly busy: () => Error;
}

/** The longest pause between two tries for the write lock. */
const MOST_PAUSE_MS = 50;

/**
 * Tries `tryLock` until it succeeds, pausing between tries (2 ms, doubling up to 50 ms) without
 * holding the event loop; past the timeout, throws `busy()`.
 */
export async function waitForLock(tryLock: () => boolean | Promise<boolean>, options: WriteLockWait): Promise<void> {
  if (await tryLock()) return;
  options.onWait?.();
  const deadline = Date.now() + options.timeoutMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, MOST_PAUSE_MS)) {
    const left = deadline - Date.now();
    if (left <= 0) throw options.busy();
    await new Promise((resume) => setTimeout(resume, Math.min(pause, left)));
    if (await tryLock()) return;
  }
}

/** A list as one PostgreSQL array parameter (`= ANY(?::int[])`): one statement text for any length. */
export function arrayParameter(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}
