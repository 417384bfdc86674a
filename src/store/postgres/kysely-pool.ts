// Kysely's own PostgreSQL dialect over the store's one synchronous connection. The "pool" hands
// out that connection to one user at a time — a Kysely transaction keeps it to itself, as
// SQLite's driver does with its single connection — so Kysely, the record engine's storage and
// plain SQL readers all see one session and one transaction.
import { PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';
import type { PgValue, PostgresConnection } from './connection.js';

class OneConnectionPool implements PostgresPool {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly connection: PostgresConnection) {}

  connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.queue.then(() => this.client(release));
    this.queue = this.queue.then(() => released);
    return acquired;
  }

  async end(): Promise<void> {
    await this.queue;
    this.connection.close();
  }

  private client(release: () => void): PostgresPoolClient {
    const connection = this.connection;
    async function query<R>(text: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
      const result = connection.query(text, parameters as PgValue[]);
      return { command: result.command as PostgresQueryResult<R>['command'], rowCount: result.rowCount, rows: result.rows as R[] };
    }
    // Streaming needs a cursor, which the store never asks for: its streams go through `records`.
    return { query: query as PostgresPoolClient['query'], release };
  }
}

export function postgresDialect(connection: PostgresConnection): PostgresDialect {
  return new PostgresDialect({ pool: new OneConnectionPool(connection) });
}
