// The stores a suite runs against, as Kysely runs its suite over every dialect: an SQLite file,
// and a PostgreSQL database made for the run on the server named by MATCHFACTS_TEST_POSTGRES (a
// URL such as postgresql://postgres@127.0.0.1:55432/postgres; `.ci/postgres start DIR` starts
// one). Without it the PostgreSQL suites are skipped on a developer's machine; in CI (CI=true) a
// missing server fails the run.
//
// Test support (not built into dist): test/postgres/databases.ts gives it to the suites under
// test/, and the suites beside the code under src/ import it from here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type SqliteStore, type Store } from '../../open-store.js';
import type { SqlParameter } from '../../sql-reader.js';
import { PostgresConnection } from '../connection.js';
import type { PostgresStore } from '../open-postgres.js';

export const POSTGRES_SERVER = process.env.MATCHFACTS_TEST_POSTGRES;

if (!POSTGRES_SERVER && process.env.CI === 'true') {
  throw new Error('CI runs the store suites on PostgreSQL too: set MATCHFACTS_TEST_POSTGRES to a server URL (.ci/run starts one with .ci/postgres)');
}

export type Dialect = 'sqlite' | 'postgres';

export interface TestDatabase {
  /** What openStore and `--db` take: a file path or a postgresql:// URL. */
  readonly location: string;
  /** Deletes the database (PostgreSQL); files go with the temporary folder. */
  drop(): Promise<void>;
}

export interface DialectUnderTest {
  readonly dialect: Dialect;
  /** False when there is no server to run against (locally, without MATCHFACTS_TEST_POSTGRES). */
  readonly available: boolean;
  /** A new, empty database. */
  create(name: string): Promise<TestDatabase>;
}

let counter = 0;

/** A fresh database on the test server, with byte-order text comparison as SQLite has. */
export async function createPostgresDatabase(name: string): Promise<TestDatabase> {
  const server = POSTGRES_SERVER!;
  const database = `mf_${name.replace(/\W/g, '_').toLowerCase()}_${process.pid}_${++counter}`;
  const admin = new PostgresConnection(server);
  try {
    admin.exec(`DROP DATABASE IF EXISTS ${database}`);
    admin.exec(`CREATE DATABASE ${database} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`);
  } finally {
    admin.close();
  }
  const url = new URL(server);
  url.pathname = `/${database}`;
  return {
    location: url.toString(),
    async drop() {
      const admin = new PostgresConnection(server);
      try {
        admin.exec(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      } finally {
        admin.close();
      }
    },
  };
}

export const DIALECTS: readonly DialectUnderTest[] = [
  {
    dialect: 'sqlite',
    available: true,
    async create(name) {
      return { location: join(mkdtempSync(join(tmpdir(), `matchfacts-${name}-`)), `${name}.db`), drop: async () => undefined };
    },
  },
  { dialect: 'postgres', available: POSTGRES_SERVER !== undefined, create: createPostgresDatabase },
];

/** Opens a new store of `dialect` and says how to drop it afterwards. */
export async function newStore(dialect: DialectUnderTest, name: string): Promise<{ store: Store; database: TestDatabase }> {
  const database = await dialect.create(name);
  return { store: await openStore(database.location), database };
}

/**
 * Plain SQL that writes, on either store: for suites that change the data behind the engine's
 * back (a scorer corrected by hand, a small world of matches). `?` placeholders on both; aliases
 * in camelCase are quoted ("matchId"), as PostgreSQL folds unquoted names to lower case; an
 * insert that needs its new id says `RETURNING id` and reads it with `get`.
 */
export interface TestSql {
  exec(text: string): void;
  /** The number of rows changed. */
  run(text: string, ...values: SqlParameter[]): number;
  all<R = Record<string, unknown>>(text: string, ...values: SqlParameter[]): R[];
  get<R = Record<string, unknown>>(text: string, ...values: SqlParameter[]): R | undefined;
}

export function testSql(store: Store): TestSql {
  if ('postgres' in store) {
    const postgres = (store as PostgresStore).postgres;
    return {
      exec: (text) => postgres.connection.exec(text),
      run: (text, ...values) => postgres.run(text, ...values),
      all: <R>(text: string, ...values: SqlParameter[]) => postgres.all<R>(text, ...values),
      get: <R>(text: string, ...values: SqlParameter[]) => postgres.get<R>(text, ...values),
    };
  }
  const sqlite = (store as SqliteStore).sqlite;
  return {
    exec: (text) => void sqlite.exec(text),
    run: (text, ...values) => sqlite.prepare(text).run(...values).changes,
    all: <R>(text: string, ...values: SqlParameter[]) => sqlite.prepare(text).all(...values) as R[],
    get: <R>(text: string, ...values: SqlParameter[]) => sqlite.prepare(text).get(...values) as R | undefined,
  };
}

/**
 * Empties every table of a store but the migrations' own, as a store just opened is: a suite that
 * needs many small worlds reuses one PostgreSQL database instead of creating one per world.
 */
export function emptyStore(store: Store): void {
  const sql = testSql(store);
  if (store.sql.dialect === 'postgres') {
    const tables = sql
      .all<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE 'kysely_migration%' ORDER BY tablename`)
      .map((t) => `"${t.name}"`);
    sql.exec(`TRUNCATE ${tables.join(', ')}`);
    return;
  }
  const tables = sql.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_migration%' AND name NOT LIKE 'sqlite_%'`);
  const deletes = tables.map((t) => `DELETE FROM "${t.name}";`).join(' ');
  // Twice: deleting matches and goals fires the triggers that note changes for the record book
  // (record_change), which TRUNCATE does not; the second pass empties what they wrote.
  sql.exec(`PRAGMA foreign_keys = OFF; ${deletes} ${deletes} PRAGMA foreign_keys = ON;`);
}
