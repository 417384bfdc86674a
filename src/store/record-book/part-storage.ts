// The other thread's storage in a record-book rebuild split in two (see `RebuildInParts`): it reads
// the store's matches through a connection of its own and keeps its part of the book in a scratch file.
import SQLite from 'better-sqlite3';
import type { RecordBookStorage } from './storage.js';
import { PART_TABLES } from './rebuild-parts.js';
import { SqliteRecordBookStorage } from './sqlite-storage.js';

/** A part's storage: matches read from the store at `storePath`, the book written to a new scratch file at `scratchPath`. */
export interface PartStorage {
  readonly storage: RecordBookStorage;
  close(): void;
}

export function openPartStorage(storePath: string, scratchPath: string): PartStorage {
  const store = new SQLite(storePath, { readonly: true, fileMustExist: true });
  const tables = PART_TABLES.map((name) => {
    const row = store.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) as { sql: string } | undefined;
    if (!row) throw new Error(`${storePath} has no ${name} table: migrate the store before rebuilding its record book`);
    return row.sql;
  });
  store.close();
  const scratch = new SQLite(scratchPath);
  try {
    // A scratch file: nothing in it outlives the rebuild, so nothing is synced or journaled.
    scratch.pragma('journal_mode = OFF');
    scratch.pragma('synchronous = OFF');
    // Small caches: memory goes to the thread's heap (the state it holds before it spills).
    scratch.pragma('cache_size = -8192');
    for (const sql of tables) scratch.exec(sql);
    // Names the scratch file lacks (match, goal, player…) are the store's: SQLite looks in the main schema first.
    scratch.prepare('ATTACH DATABASE ? AS store').run(storePath);
    scratch.pragma('store.cache_size = -4096');
  } catch (error) {
    scratch.close();
    throw error;
  }
  return { storage: new SqliteRecordBookStorage(scratch), close: () => scratch.close() };
}
