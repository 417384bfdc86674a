// The stores a suite runs against, as Kysely runs its suite over every dialect: an SQLite file,
// and a PostgreSQL database made for the run on the server named by MATCHFACTS_TEST_POSTGRES (a
// URL such as postgresql://postgres@127.0.0.1:55432/postgres; `.ci/postgres start DIR` starts
// one). Without it the PostgreSQL suites are skipped on a developer's machine; in CI (CI=true) a
// missing server fails the run.
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open-store.js';
import { PostgresConnection } from '../../src/store/postgres/connection.js';
import { tempDir } from '../support/shared-data.js';

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
      return { location: join(tempDir(`matchfacts-${name}-`), `${name}.db`), drop: async () => undefined };
    },
  },
  { dialect: 'postgres', available: POSTGRES_SERVER !== undefined, create: createPostgresDatabase },
];

/** Opens a new store of `dialect` and says how to drop it afterwards. */
export async function newStore(dialect: DialectUnderTest, name: string): Promise<{ store: Store; database: TestDatabase }> {
  const database = await dialect.create(name);
  return { store: await openStore(database.location), database };
}
