// Prepared statements kept by their SQL text. Kysely's SQLite driver, and the plain reader the
// story and claims rooms ask, prepare every query each time it runs: ~100 prepares for one new
// match imported, its facts and its story at 1,000,000 matches (2 ms of its 30). Most queries come
// back with the same text, so their statement is kept and run again.
import type SQLite from 'better-sqlite3';

/** Statements kept: queries whose text changes with their lists (`IN (?, ?, …)`) push the oldest out. */
export const STATEMENTS_KEPT = 256;

export class StatementCache {
  private readonly statements = new Map<string, SQLite.Statement>();

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly capacity = STATEMENTS_KEPT,
  ) {}

  /** The statement for `sql`: the one kept, unless it is still being iterated (then a new one). */
  prepare(sql: string): SQLite.Statement {
    const kept = this.statements.get(sql);
    if (kept !== undefined && !kept.busy) {
      // Most recently used last: the first in the map is the one to let go.
      this.statements.delete(sql);
      this.statements.set(sql, kept);
      return kept;
    }
    const statement = this.sqlite.prepare(sql);
    if (kept === undefined) {
      if (this.statements.size >= this.capacity) this.statements.delete(this.statements.keys().next().value as string);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** How many statements are kept. */
  get size(): number {
    return this.statements.size;
  }
}
