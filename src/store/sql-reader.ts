// Plain read queries for the rooms that ask the store questions no query module answers yet
// (claims, stories). Positional `?` parameters and portable SQL; each dialect's store runs them.

export type SqlParameter = string | number | null;

export interface SqlQuery {
  /** Every row, as an object keyed by column name. */
  all(...parameters: SqlParameter[]): unknown[];
  /** The first row, or undefined. */
  get(...parameters: SqlParameter[]): unknown;
}

export interface SqlReader {
  prepare(sql: string): SqlQuery;
}
