// Rows made in JavaScript are the rows better-sqlite3 makes: same keys in the same order, same
// values, a later column of the same name winning; a schema change gives the new shape; the kept
// statement is left as it was found.
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { RowObjects } from './row-objects.js';

describe('rows as objects made from arrays', () => {
  const sqlite = new SQLite(':memory:');
  sqlite.exec(`CREATE TABLE scorer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, goals INTEGER, birth_date TEXT, photo BLOB);
    INSERT INTO scorer (name, goals, birth_date, photo) VALUES ('Miroslav Klose', 16, '1978-06-09', x'00ff'), ('Ronaldo', 15, NULL, NULL), ('Just Fontaine', 13, '1933-08-18', NULL)`);
  const rows = new RowObjects(sqlite);
  afterAll(() => sqlite.close());

  it('gives the same objects as better-sqlite3, keys in the same order', () => {
    for (const [text, parameters] of [
      ['SELECT * FROM scorer ORDER BY id', []],
      ['SELECT name, goals * 1.5 AS weighted, goals > ? AS more FROM scorer WHERE goals >= ?', [14, 13]],
      ['SELECT s.name, t.name, s.goals AS g FROM scorer s JOIN scorer t ON t.id = s.id + 1', []],
      ['SELECT name FROM scorer WHERE goals > 100', []],
    ] as const) {
      const statement = sqlite.prepare(text);
      const expected = statement.all(...parameters) as Record<string, unknown>[];
      const made = rows.all(statement, parameters) as Record<string, unknown>[];
      expect(made).toEqual(expected);
      expect(made.map((row) => Object.keys(row))).toEqual(expected.map((row) => Object.keys(row)));
    }
  });

  it('lets a later column of the same name win, as better-sqlite3 does', () => {
    const statement = sqlite.prepare(`SELECT 1 AS a, 'Klose' AS "name", 3 AS a, '__proto__' AS "constructor"`);
    expect(rows.all(statement, [])).toEqual([{ a: 3, name: 'Klose', constructor: '__proto__' }]);
  });

  it('makes a column named __proto__ an own property, never the prototype', () => {
    const [row] = rows.all(sqlite.prepare(`SELECT 'Ronaldo' AS "__proto__"`), []) as Record<string, unknown>[];
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('Ronaldo');
  });

  it('reads the new shape of a kept statement after a column is added', () => {
    const statement = sqlite.prepare('SELECT * FROM scorer WHERE id = 1');
    expect(rows.all(statement, [])).toEqual([expect.not.objectContaining({ caps: expect.anything() })]);
    sqlite.exec('ALTER TABLE scorer ADD COLUMN caps INTEGER');
    sqlite.exec('UPDATE scorer SET caps = 137 WHERE id = 1');
    expect(rows.all(statement, [])).toEqual([expect.objectContaining({ name: 'Miroslav Klose', caps: 137 })]);
  });

  it('leaves the statement giving objects, also when binding fails', () => {
    const statement = sqlite.prepare('SELECT name FROM scorer WHERE goals = ?');
    expect(rows.all(statement, [16])).toEqual([{ name: 'Miroslav Klose' }]);
    expect(statement.get(15)).toEqual({ name: 'Ronaldo' });
    expect(() => rows.all(statement, [1, 2])).toThrow(RangeError);
    expect(statement.get(13)).toEqual({ name: 'Just Fontaine' });
  });
});
