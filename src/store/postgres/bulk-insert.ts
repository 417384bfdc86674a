// Bulk inserts on PostgreSQL: multi-row INSERTs sent straight down the store's connection (inside
// the transaction Kysely has open on it), a thousand rows or 30,000 values a statement.
import type { BulkInserter, RowValues } from '../bulk-insert.js';
import type { PostgresConnection } from './connection.js';

const MAX_VALUES = 30_000;
const MAX_ROWS = 1000;

export function postgresBulkInserter(connection: PostgresConnection): BulkInserter {
  return {
    async insert(_db, table, columns, rows) {
      const names = columns.map((c) => `"${c}"`).join(', ');
      const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / Math.max(1, columns.length))));
      let values: (string | number | null)[] = [];
      let count = 0;
      const send = (): void => {
        if (count === 0) return;
        const tuples: string[] = [];
        for (let r = 0; r < count; r++) {
          tuples.push(`(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
        }
        connection.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`, values);
        values = [];
        count = 0;
      };
      for (const row of rows as Iterable<RowValues>) {
        // The iterable may refill one array for every row: copy the values out now.
        for (let c = 0; c < columns.length; c++) values.push(row[c] ?? null);
        count += 1;
        if (count === perStatement) send();
      }
      send();
    },
    importing: (transaction) => transaction(),
    load: (write) => write(),
  };
}
