// Migrations are written once for both stores; where SQLite and PostgreSQL need different words
// (triggers, table options), a migration asks which one it is migrating.
import { PostgresAdapter, type Kysely } from 'kysely';

export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
