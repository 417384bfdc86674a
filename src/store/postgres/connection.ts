// One PostgreSQL connection that answers synchronously, through libpq (the C client library, bound
// by node-postgres' `libpq` package). The record engine, claims and stories ask the store
// thousands of small questions in loops written for better-sqlite3; a synchronous connection lets
// the same code run on PostgreSQL, and Kysely shares it (see kysely-pool.ts), so one transaction
// holds everything a write does, as on SQLite.
import { createRequire } from 'node:module';
import { MatchfactsError } from '../../domain/errors.js';

/** What we use of the `libpq` binding (it ships no types). */
interface Libpq {
  connectSync(url: string): void;
  execParams(text: string, values: readonly (string | null)[]): void;
  exec(text: string): void;
  prepare(name: string, text: string, nParams: number): void;
  execPrepared(name: string, values: readonly (string | null)[]): void;
  resultStatus(): string;
  resultErrorMessage(): string;
  resultErrorFields(): { sqlState?: string; detail?: string; hint?: string } | undefined;
  errorMessage(): string;
  ntuples(): number;
  nfields(): number;
  fname(column: number): string;
  ftype(column: number): number;
  getvalue(row: number, column: number): string;
  getisnull(row: number, column: number): boolean;
  cmdStatus(): string;
  cmdTuples(): string;
  transactionStatus(): number;
  finish(): void;
}

const require = createRequire(import.meta.url);

/** A statement PostgreSQL refused, with its SQLSTATE code (`23505` unique violation, `55P03` lock not available…). */
export class PostgresError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'PostgresError';
  }
}

export type PgValue = string | number | bigint | boolean | null | undefined;

export interface PgResult {
  readonly rows: Record<string, unknown>[];
  /** The command tag's verb: SELECT, INSERT, UPDATE, DELETE, BEGIN… */
  readonly command: string;
  readonly rowCount: number;
}

// Numbers come back as numbers and booleans as 1/0, as SQLite gives them: counts (int8), sums
// (numeric) and comparisons read the same on both stores. Everything else stays text.
const NUMERIC_TYPES = new Set([20, 21, 23, 26, 700, 701, 1700]);
const BOOL = 16;

function parser(type: number): (text: string) => unknown {
  if (NUMERIC_TYPES.has(type)) return Number;
  if (type === BOOL) return (text) => (text === 't' ? 1 : 0);
  return (text) => text;
}

function parameter(value: PgValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/**
 * `?` placeholders (SQLite's, and the store's SqlReader contract) as PostgreSQL's `$1, $2…`,
 * leaving string literals, quoted identifiers and comments alone.
 */
export function numberedParameters(text: string): string {
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      const stop = end === -1 ? text.length : end + 1;
      out += text.slice(i, stop);
      i = stop - 1;
    } else if (c === '-' && text[i + 1] === '-') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += text.slice(i, stop);
      i = stop - 1;
    } else if (c === '?') {
      out += `$${++n}`;
    } else {
      out += c;
    }
  }
  return out;
}

/**
 * The libpq binding, an optional dependency: it compiles against the system's libpq headers
 * (Debian's libpq-dev), and a machine without them still installs and runs on SQLite.
 */
function libpqBinding(): new () => Libpq {
  try {
    return require('libpq') as new () => Libpq;
  } catch {
    throw new MatchfactsError(
      'PostgreSQL needs the libpq binding, which is not installed here: install the libpq headers (Debian: apt-get install libpq-dev) and run `npm ci` again, or use an SQLite file with --db FILE',
    );
  }
}

/**
 * `finish()` hands the connection's socket watcher to libuv with `uv_close`, which completes only in
 * the event loop's next close phase, and unreferences the binding's object at once. Were the
 * object collected before that phase (a long synchronous stretch of work lets the GC run first),
 * libuv would close a watcher in freed memory and abort the process ("uv__finish_close:
 * Assertion … failed", seen once in CI). So a finished connection stays referenced until the loop
 * has gone round twice: the first check phase comes before that iteration's close phase.
 */
const finishedConnections = new Set<Libpq>();
function keepUntilLoopHasClosedIt(pq: Libpq): void {
  finishedConnections.add(pq);
  setImmediate(() => {
    setImmediate(() => finishedConnections.delete(pq)).unref();
  }).unref();
}

// Statements asked again and again (the record book's state reads) are prepared once.
const MAX_PREPARED = 2000;

export class PostgresConnection {
  private readonly pq: Libpq;
  private readonly prepared = new Map<string, string>();
  private closed = false;

  constructor(readonly url: string) {
    this.pq = new (libpqBinding())();
    try {
      this.pq.connectSync(url);
    } catch (error) {
      throw new MatchfactsError(`cannot connect to PostgreSQL at ${redactedUrl(url)}: ${(error as Error).message.trim()} — check the server runs and the URL (postgresql://user:password@host:port/database)`);
    }
    // A session that reads as SQLite does: ISO dates, UTC, no notices on stdout.
    this.exec("SET client_min_messages = warning; SET TIME ZONE 'UTC'; SET DateStyle = 'ISO'");
  }

  /** Runs one statement with `$n` parameters. */
  query(text: string, values: readonly PgValue[] = []): PgResult {
    this.assertOpen();
    const params = values.map(parameter);
    if (params.length > 0 && this.prepared.size < MAX_PREPARED) {
      let name = this.prepared.get(text);
      if (name === undefined) {
        name = `s${this.prepared.size + 1}`;
        this.pq.prepare(name, text, params.length);
        this.check(text);
        this.prepared.set(text, name);
      }
      this.pq.execPrepared(name, params);
    } else if (params.length > 0) {
      this.pq.execParams(text, params);
    } else {
      this.pq.exec(text);
    }
    this.check(text);
    return this.result();
  }

  /** Runs one or more statements without parameters (DDL, SET, BEGIN). */
  exec(text: string): void {
    this.assertOpen();
    this.pq.exec(text);
    this.check(text);
  }

  get inTransaction(): boolean {
    // PQTRANS_INTRANS (2) or PQTRANS_INERROR (3).
    const status = this.pq.transactionStatus();
    return status === 2 || status === 3;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pq.finish();
    keepUntilLoopHasClosedIt(this.pq);
  }

  private assertOpen(): void {
    if (this.closed) throw new MatchfactsError('the PostgreSQL store is closed');
  }

  private check(text: string): void {
    const status = this.pq.resultStatus();
    if (status === 'PGRES_COMMAND_OK' || status === 'PGRES_TUPLES_OK' || status === 'PGRES_EMPTY_QUERY') return;
    const fields = this.pq.resultErrorFields();
    const message = (this.pq.resultErrorMessage() || this.pq.errorMessage() || status).trim();
    const error = new PostgresError(message, fields?.sqlState);
    if (process.env.MATCHFACTS_DEBUG) error.message += `\n  in: ${text.slice(0, 500)}`;
    throw error;
  }

  private result(): PgResult {
    const pq = this.pq;
    const width = pq.nfields();
    const names: string[] = [];
    const parsers: ((text: string) => unknown)[] = [];
    for (let c = 0; c < width; c++) {
      names.push(pq.fname(c));
      parsers.push(parser(pq.ftype(c)));
    }
    const count = pq.ntuples();
    const rows = new Array<Record<string, unknown>>(count);
    for (let r = 0; r < count; r++) {
      const row: Record<string, unknown> = {};
      for (let c = 0; c < width; c++) {
        const text = pq.getvalue(r, c);
        row[names[c]!] = text === '' && pq.getisnull(r, c) ? null : parsers[c]!(text);
      }
      rows[r] = row;
    }
    const tag = pq.cmdStatus();
    return { rows, command: tag.split(' ')[0] ?? '', rowCount: Number(pq.cmdTuples() || 0) };
  }
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}
