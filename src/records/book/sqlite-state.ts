// Record state kept in the store: a new match reads only the keys it touches, and writes back only
// what it changed. This is what makes adding a match cost the match, not the history.
import type Database from 'better-sqlite3';
import type { RecordState } from '../engine/state.js';

export class SqliteState implements RecordState {
  private readonly cache = new Map<string, unknown>();
  private readonly dirty = new Map<string, [string, string, string]>();
  private readonly select: Database.Statement<[string, string, string], { value: string }>;

  constructor(private readonly sqlite: Database.Database) {
    this.select = sqlite.prepare('SELECT value FROM record_state WHERE book = ? AND part = ? AND key = ?');
  }

  get<T>(book: string, part: string, key: string): T | undefined {
    const id = `${book}\u0000${part}\u0000${key}`;
    if (this.cache.has(id)) return this.cache.get(id) as T | undefined;
    const row = this.select.get(book, part, key);
    const value = row === undefined ? undefined : (JSON.parse(row.value) as T);
    this.cache.set(id, value);
    return value;
  }

  set(book: string, part: string, key: string, value: unknown): void {
    const id = `${book}\u0000${part}\u0000${key}`;
    this.cache.set(id, value);
    this.dirty.set(id, [book, part, key]);
  }

  /** Writes every changed key; call inside the transaction that records the new facts. */
  flush(): number {
    const rows: (string | null)[] = [];
    for (const [id, [book, part, key]] of this.dirty) rows.push(book, part, key, JSON.stringify(this.cache.get(id) ?? null));
    const written = this.dirty.size;
    // A new match dirties some tens of keys: a few multi-row statements, not one statement a key.
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT * 4) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT * 4);
      this.upsertFor(chunk.length / 4).run(...chunk);
    }
    this.dirty.clear();
    return written;
  }

  private readonly upserts = new Map<number, Database.Statement>();

  private upsertFor(count: number): Database.Statement {
    let statement = this.upserts.get(count);
    if (!statement) {
      const values = Array.from({ length: count }, () => '(?, ?, ?, ?)').join(', ');
      statement = this.sqlite.prepare(`INSERT OR REPLACE INTO record_state (book, part, key, value) VALUES ${values}`);
      this.upserts.set(count, statement);
    }
    return statement;
  }
}

const ROWS_PER_STATEMENT = 200;
