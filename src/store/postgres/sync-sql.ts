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

/** A list as one PostgreSQL array parameter (`= ANY(?::int[])`): one statement text for any length. */
export function arrayParameter(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}
