// Rows an import will write, gathered in memory and flushed in bulk inside the import's transaction.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../store/schema.js';

export type TableName = keyof Database;

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
  'conflict', 'provenance', 'notice',
];

// SQLite allows 32,766 bound variables per statement; PostgreSQL 65,535. Stay well below both.
const MAX_VARIABLES = 30_000;

export class PendingWrites {
  private readonly inserts = new Map<TableName, Record<string, unknown>[]>();
  private readonly updates: Update[] = [];
  private readonly deletes: { table: TableName; ids: number[] }[] = [];

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

  /** Rows waiting to be inserted, per table. */
  count(table: TableName): number {
    return this.inserts.get(table)?.length ?? 0;
  }

  get isEmpty(): boolean {
    return this.updates.length === 0 && this.deletes.length === 0 && [...this.inserts.values()].every((r) => r.length === 0);
  }

  /** Writes everything, parents before children. */
  async flush(db: Kysely<Database>, onProgress?: (done: number, total: number) => void): Promise<void> {
    const total = [...this.inserts.values()].reduce((n, rows) => n + rows.length, 0);
    let done = 0;
    for (const { table, ids } of this.deletes) {
      for (let i = 0; i < ids.length; i += 1000) {
        await db.deleteFrom(table).where('id', 'in', ids.slice(i, i + 1000)).execute();
      }
    }
    for (const table of TABLE_ORDER) {
      const rows = this.inserts.get(table);
      if (!rows || rows.length === 0) continue;
      const columns = Math.max(...rows.slice(0, 50).map((r) => Object.keys(r).length));
      const chunk = Math.max(1, Math.floor(MAX_VARIABLES / columns));
      for (let i = 0; i < rows.length; i += chunk) {
        const slice = rows.slice(i, i + chunk);
        // Every row of a multi-row insert must name the same columns: fill the missing ones with null.
        const keys = [...new Set(slice.flatMap((r) => Object.keys(r)))];
        const uniform = slice.map((r) => Object.fromEntries(keys.map((k) => [k, r[k] ?? null])));
        await db.insertInto(table).values(uniform as never).execute();
        done += slice.length;
        onProgress?.(done, total);
      }
    }
    for (const { table, id, values } of this.updates) {
      await db.updateTable(table).set(values as never).where('id', '=', id).execute();
    }
  }
}
