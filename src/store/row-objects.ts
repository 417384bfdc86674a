// Rows as objects, made in JavaScript from the arrays SQLite hands over. better-sqlite3 sets each
// property of a row object from C++, one by one; a wide row costs about twice what an array and an
// object literal of the same shape do (bench/row-objects.js: 189 rows of 41 columns, 0.77–0.79 ms
// against 1.49–1.54, 0.52×). Each statement gets one literal for its columns, made again once the
// schema changes.
import type SQLite from 'better-sqlite3';

type RowMaker = (row: readonly unknown[]) => Record<string, unknown>;

/** An object literal with the columns' names as keys, in their order (a later column of the same name wins, as in better-sqlite3). */
function rowMaker(columns: readonly string[]): RowMaker {
  // `["__proto__"]` makes an own property where a bare `__proto__:` would set the prototype.
  const fields = columns.map((name, i) => `${name === '__proto__' ? '["__proto__"]' : JSON.stringify(name)}: row[${i}]`);
  // The one way to give every row of a statement the same fixed shape from names known at run time.
  return new Function('row', `return { ${fields.join(', ')} };`) as RowMaker;
}

export class RowObjects {
  private readonly makers = new WeakMap<SQLite.Statement, { readonly schema: number; readonly width: number; readonly make: RowMaker }>();
  private readonly schemaVersion: SQLite.Statement;

  constructor(sqlite: SQLite.Database) {
    this.schemaVersion = sqlite.prepare('PRAGMA schema_version').pluck();
  }

  /** Every row of a reading statement, as `statement.all(parameters)` gives them. */
  all(statement: SQLite.Statement, parameters: readonly unknown[]): unknown[] {
    statement.raw(true);
    let rows: unknown[][];
    try {
      rows = statement.all(...parameters) as unknown[][];
    } finally {
      // Kept statements are shared: whoever runs this one next expects objects.
      statement.raw(false);
    }
    if (rows.length === 0) return rows;
    const make = this.makerOf(statement, rows[0]!.length);
    const out = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i += 1) out[i] = make(rows[i]!);
    return out;
  }

  private makerOf(statement: SQLite.Statement, width: number): RowMaker {
    // A statement prepared before a column was added is prepared again by SQLite as it runs, with
    // the new columns: asked after the run, `columns()` names those.
    const schema = this.schemaVersion.get() as number;
    const kept = this.makers.get(statement);
    if (kept !== undefined && kept.schema === schema && kept.width === width) return kept.make;
    const make = rowMaker(statement.columns().map((column) => column.name));
    this.makers.set(statement, { schema, width, make });
    return make;
  }
}
