// Plain read queries for the rooms that ask the store questions no query module answers yet
// (claims, stories). Positional `?` parameters and portable SQL; each dialect's store runs them.
// Where SQLite and PostgreSQL spell a thing differently (JSON fields, lists), the helpers below
// give the reader's own words. Aliases in camelCase are quoted ("matchId"): PostgreSQL folds
// unquoted names to lower case.

export type SqlParameter = string | number | null;

export type SqlDialect = 'sqlite' | 'postgres';

export interface SqlQuery {
  /** Every row, as an object keyed by column name. */
  all(...parameters: SqlParameter[]): unknown[];
  /** The first row, or undefined. */
  get(...parameters: SqlParameter[]): unknown;
}

export interface SqlReader {
  readonly dialect: SqlDialect;
  prepare(sql: string): SqlQuery;
}

/** A top-level text field of a JSON column: `json_extract(body, '$.text')` in SQLite. */
export function jsonField(reader: Pick<SqlReader, 'dialect'>, column: string, field: string): string {
  if (!/^\w+$/.test(field)) throw new Error(`not a plain JSON field name: ${field}`);
  return reader.dialect === 'postgres' ? `(${column}::json ->> '${field}')` : `json_extract(${column}, '$.${field}')`;
}

/** The distinct values of `expression` in a group, smallest first, as one comma-separated text. */
export function distinctList(reader: Pick<SqlReader, 'dialect'>, expression: string): string {
  return reader.dialect === 'postgres'
    ? `array_to_string(array_agg(DISTINCT (${expression}) ORDER BY (${expression})), ',')`
    : `group_concat(DISTINCT ${expression} ORDER BY ${expression})`;
}
