// A query's statement is prepared once and run again; one still being iterated is never handed
// out twice, and a schema changed under a kept statement reads the new schema.
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { testFolder } from '../synthetic/test-support/history-store.js';
import { openSqliteStore } from './open-store.js';
import { StatementCache } from './statement-cache.js';

describe('the statements a store keeps', () => {
  const sqlite = new SQLite(':memory:');
  sqlite.exec(`CREATE TABLE scorer (name TEXT, goals INTEGER);
    INSERT INTO scorer VALUES ('Miroslav Klose', 16), ('Ronaldo', 15), ('Gerd Müller', 14)`);
  afterAll(() => sqlite.close());

  it('prepares a query once and hands its statement out again', () => {
    const statements = new StatementCache(sqlite);
    const first = statements.prepare('SELECT name FROM scorer WHERE goals >= ?');
    expect(statements.prepare('SELECT name FROM scorer WHERE goals >= ?')).toBe(first);
    expect(first.all(15)).toEqual([{ name: 'Miroslav Klose' }, { name: 'Ronaldo' }]);
    expect(statements.size).toBe(1);
  });

  it('prepares a new statement while the kept one is being iterated', () => {
    const statements = new StatementCache(sqlite);
    const text = 'SELECT name FROM scorer ORDER BY goals DESC';
    const outer = statements.prepare(text);
    const pairs: string[] = [];
    for (const row of outer.iterate() as IterableIterator<{ name: string }>) {
      const inner = statements.prepare(text);
      expect(inner).not.toBe(outer);
      pairs.push(`${row.name}/${(inner.get() as { name: string }).name}`);
    }
    expect(pairs).toEqual(['Miroslav Klose/Miroslav Klose', 'Ronaldo/Miroslav Klose', 'Gerd Müller/Miroslav Klose']);
    expect(statements.prepare(text)).toBe(outer);
  });

  it('lets the least recently used statement go when full', () => {
    const statements = new StatementCache(sqlite, 2);
    const klose = statements.prepare(`SELECT goals FROM scorer WHERE name = 'Miroslav Klose'`);
    const ronaldo = statements.prepare(`SELECT goals FROM scorer WHERE name = 'Ronaldo'`);
    expect(statements.prepare(`SELECT goals FROM scorer WHERE name = 'Miroslav Klose'`)).toBe(klose);
    statements.prepare(`SELECT goals FROM scorer WHERE name = 'Gerd Müller'`);
    expect(statements.size).toBe(2);
    expect(statements.prepare(`SELECT goals FROM scorer WHERE name = 'Miroslav Klose'`)).toBe(klose);
    expect(statements.prepare(`SELECT goals FROM scorer WHERE name = 'Ronaldo'`)).not.toBe(ronaldo);
  });

  it("reads a table's new column through a statement kept from before it was added", async () => {
    const store = await openSqliteStore(join(testFolder('statement-cache'), 'store.db'));
    try {
      store.sqlite.exec(`INSERT INTO competition (name, name_key, sex, kind) VALUES ('FIFA World Cup', 'fifa world cup', 'men', 'international')`);
      const viaReader = () => store.sql.prepare('SELECT * FROM competition').get() as Record<string, unknown>;
      const viaKysely = () => store.db.selectFrom('competition').selectAll().executeTakeFirstOrThrow() as Promise<Record<string, unknown>>;
      expect(viaReader()).not.toHaveProperty('founded');
      expect(await viaKysely()).not.toHaveProperty('founded');
      store.sqlite.exec('ALTER TABLE competition ADD COLUMN founded INTEGER');
      store.sqlite.exec(`UPDATE competition SET founded = 1930`);
      expect(viaReader()).toMatchObject({ name: 'FIFA World Cup', founded: 1930 });
      expect(await viaKysely()).toMatchObject({ name: 'FIFA World Cup', founded: 1930 });
    } finally {
      await store.close();
    }
  });
});
