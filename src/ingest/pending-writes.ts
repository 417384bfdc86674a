// Rows an import will write, gathered in memory and flushed in bulk inside the import's transaction.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../store/schema.js';
import type { BulkInserter, RowValues } from '../store/bulk-insert.js';

function toSql(value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

export type TableName = keyof Database;

/** Rows of a table may leave optional columns out: the statement names all of them. */
function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const columns = new Set<string>();
  for (const row of rows) for (const key in row) columns.add(key);
  return [...columns];
}

/**
 * The values of rows `from` to `to` in column order. One array is refilled for every row: rows
 * are converted as they are written, so a quarter of a million of them never sit in memory twice.
 */
function* rowValues(rows: readonly Record<string, unknown>[], columns: readonly string[], from: number, to: number): Generator<RowValues> {
  const values = new Array<string | number | null>(columns.length);
  for (let i = from; i < to; i++) {
    const row = rows[i]!;
    for (let c = 0; c < columns.length; c++) values[c] = toSql(row[columns[c]!]);
    yield values;
  }
}

interface Update {
  readonly table: TableName;
  readonly id: number;
  readonly values: Record<string, unknown>;
}

// Parents before children, so foreign keys hold at every statement.
const TABLE_ORDER: readonly TableName[] = [
  'source_file', 'competition', 'edition', 'stage', 'edition_group', 'team', 'team_alias', 'venue',
  'player', 'player_name', 'player_source_id', 'squad_member', 'match', 'match_source', 'goal',
  'shootout_kick', 'booking', 'substitution', 'edition_team', 'published_standing', 'award',
  'conflict', 'provenance', 'notice', 'competition_status', 'points_deduction',
];

export class PendingWrites {
  private readonly inserts = new Map<TableName, Record<string, unknown>[]>();
  private readonly updates: Update[] = [];
  private readonly deletes: { table: TableName; ids: number[] }[] = [];
  private readonly deletesWhere: { table: TableName; fixed: Record<string, string | number>; column: string; values: (string | number)[] }[] = [];

  insert<T extends TableName>(table: T, row: Insertable<Database[T]>): void {
    let rows = this.inserts.get(table);
    if (!rows) this.inserts.set(table, (rows = []));
    rows.push(row as Record<string, unknown>);
  }

  update<T extends TableName>(table: T, id: number, values: Updateable<Database[T]>): void {
    this.updates.push({ table, id, values: values as Record<string, unknown> });
  }

  delete(table: TableName, ids: number[]): void {
    if (ids.length > 0) this.deletes.push({ table, ids });
  }

  /**
   * Deletes, before any insert, the rows whose `column` holds one of `values` and whose `fixed`
   * columns hold the values given: a match's shoot-out kicks, the conflicts about its goals.
   */
  deleteWhere(table: TableName, fixed: Record<string, string | number>, column: string, values: (string | number)[]): void {
    if (values.length > 0) this.deletesWhere.push({ table, fixed, column, values });
  }


  /** Rows to insert, by table. */
  insertCounts(): Map<string, number> {
    return new Map([...this.inserts].map(([table, rows]) => [table, rows.length]));
  }

  get isEmpty(): boolean {
    return this.updates.length === 0 && this.deletes.length === 0 && this.deletesWhere.length === 0 && [...this.inserts.values()].every((r) => r.length === 0);
  }

  /** Writes everything, parents before children. */
  async flush(db: Kysely<Database>, bulk: BulkInserter, onProgress?: (done: number, total: number) => void): Promise<void> {
    const total = [...this.inserts.values()].reduce((n, rows) => n + rows.length, 0);
    let done = 0;
    for (const { table, fixed, column, values } of this.deletesWhere) {
      for (let i = 0; i < values.length; i += 1000) {
        let query = db.deleteFrom(table).where(column as never, 'in', values.slice(i, i + 1000) as never);
        for (const [name, value] of Object.entries(fixed)) query = query.where(name as never, '=', value as never);
        await query.execute();
      }
    }
    for (const { table, ids } of this.deletes) {
      for (let i = 0; i < ids.length; i += 1000) {
        await db.deleteFrom(table).where('id', 'in', ids.slice(i, i + 1000)).execute();
      }
    }
    for (const table of TABLE_ORDER) {
      const rows = this.inserts.get(table);
      if (!rows || rows.length === 0) continue;
      const columns = columnsOf(rows);
      const chunk = 5000;
      for (let i = 0; i < rows.length; i += chunk) {
        const end = Math.min(rows.length, i + chunk);
        await bulk.insert(db, table, columns, rowValues(rows, columns, i, end));
        done += end - i;
        onProgress?.(done, total);
      }
    }
    for (const { table, id, values } of this.updates) {
      await db.updateTable(table).set(values as never).where('id', '=', id).execute();
    }
  }
}
