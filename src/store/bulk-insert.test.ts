// A bulk load builds the indexes of a table it fills from empty once, after it, only when it brings
// that table many rows: a few rows leave the schema (and every prepared statement) as they were.
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { importPath } from '../ingest/import-path.js';
import { testFolder } from '../synthetic/test-support/history-store.js';
import { INDEXES_BUILT_AFTER_ROWS, sqliteBulkInserter } from './bulk-insert.js';
import { openSqliteStore } from './open-store.js';

describe('indexes during a bulk load into SQLite', () => {
  const sqlite = new SQLite(':memory:');
  sqlite.exec(`CREATE TABLE scorer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, goals INTEGER NOT NULL);
    CREATE INDEX scorer_goals ON scorer (goals)`);
  afterAll(() => sqlite.close());
  const indexNow = (): string[] => sqlite.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'scorer'`).pluck().all() as string[];

  async function loadScorers(count: number): Promise<{ during: string[]; schemaChanged: boolean }> {
    sqlite.exec('DELETE FROM scorer');
    const bulk = sqliteBulkInserter(sqlite);
    const before = sqlite.pragma('schema_version', { simple: true });
    const insert = sqlite.prepare('INSERT INTO scorer (name, goals) VALUES (?, ?)');
    const during = await bulk.load(async () => {
      for (let i = 0; i < count; i += 1) insert.run(`Gerd Müller ${i}`, i % 70);
      return indexNow();
    }, new Map([['scorer', count]]));
    return { during, schemaChanged: sqlite.pragma('schema_version', { simple: true }) !== before };
  }

  it(`builds them after a load of ${INDEXES_BUILT_AFTER_ROWS.toLocaleString('en')} rows or more, the same index as before`, async () => {
    const load = await loadScorers(INDEXES_BUILT_AFTER_ROWS);
    expect(load.during).toEqual([]);
    expect(indexNow()).toEqual(['CREATE INDEX scorer_goals ON scorer (goals)']);
    expect(sqlite.prepare('SELECT count(*) FROM scorer WHERE goals = 14').pluck().get()).toBe(Math.ceil(INDEXES_BUILT_AFTER_ROWS / 70));
  });

  it('keeps them, and the schema, for a load of a few rows', async () => {
    const load = await loadScorers(40);
    expect(load.during).toEqual(['CREATE INDEX scorer_goals ON scorer (goals)']);
    expect(load.schemaChanged).toBe(false);
  });

  it('leaves the schema of a store as it was when one match is imported into it', async () => {
    const store = await openSqliteStore(join(testFolder('bulk-insert'), 'store.db'));
    try {
      const version = () => store.sqlite.pragma('schema_version', { simple: true });
      const before = version();
      await importPath(store, [resolve('src/sources/json/examples/valencia-atalanta-2020-03-10.json')]);
      expect(store.sqlite.prepare(`SELECT count(*) FROM goal`).pluck().get()).toBe(7);
      expect(version()).toBe(before);
    } finally {
      await store.close();
    }
  });
});
