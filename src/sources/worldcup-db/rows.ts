// Small helpers over located CSV rows: where a record came from, and rows grouped by a key.
import type { Located } from '../source-batch.js';
import type { CsvRow } from '../csv/csv-row.js';

/** The source key and file:line of a record built from one row. */
export function located(row: CsvRow, sourceKey: string): Located {
  return { sourceKey, file: row.file, line: row.line };
}

/** Rows grouped by the value of one field, in file order. */
export function groupBy(rows: readonly CsvRow[], field: string): Map<string, CsvRow[]> {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = row.text(field);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}

/** Fails on the first row whose group key is not a known id, so no row is silently dropped. */
export function assertKnown(
  groups: ReadonlyMap<string, readonly CsvRow[]>,
  known: ReadonlyMap<string, unknown>,
  field: string,
): void {
  for (const [key, rows] of groups) {
    const first = rows[0];
    if (first !== undefined && !known.has(key)) first.ref(field, known);
  }
}
