// The writer's cache of book state is never staler than the store: another connection's commit,
// a failed transaction of the writer, and an outer transaction rolled back all show through — on
// SQLite and on PostgreSQL, where the cache is trusted inside the writer's own transactions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type SqliteStore, type Store } from '../open-store.js';
import { DIALECTS, testSql, type TestDatabase } from '../postgres/test-support/databases.js';

const KLOSE = ['goals-men-wc|world-cup', 'tally', 'player:Miroslav Klose'] as const;

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`the book state a writer keeps between updates, on ${dialect.dialect}`, () => {
    let database: TestDatabase;
    let writer: Store;
    let other: Store;
    /** Klose's World Cup tally as the writer reads it in a transaction of its own, as an update does. */
    const tally = (): string | undefined => writer.records.transaction(() => writer.records.readState(...KLOSE));
    const write = (store: Store, value: string): void => store.records.transaction(() => store.records.writeState([[...KLOSE, value]]));

    beforeEach(async () => {
      database = await dialect.create('state-cache');
      writer = await openStore(database.location);
      other = await openStore(database.location);
      write(writer, '15');
    });

    afterEach(async () => {
      await writer.close();
      await other.close();
      await database.drop();
    });

    it('reads what another connection committed after the value was cached (Klose 15 → 16, Brazil 2014)', () => {
      expect(tally()).toBe('15');
      write(other, '16');
      expect(tally()).toBe('16');
      expect(writer.records.readState(...KLOSE)).toBe('16');
    });

    it("reads the first state another connection ever writes to a new store (Klose's first World Cup goal, 2002)", async () => {
      const fresh = await dialect.create('state-cache-fresh');
      const first = await openStore(fresh.location);
      const second = await openStore(fresh.location);
      try {
        expect(first.records.transaction(() => first.records.readState(...KLOSE))).toBeUndefined();
        // One plain insert: the store's first change ever (the writer's upserts count twice on PostgreSQL, as an insert and an update).
        testSql(second).run('INSERT INTO record_state (book, part, key, value) VALUES (?, ?, ?, ?)', ...KLOSE, '1');
        expect(first.records.transaction(() => first.records.readState(...KLOSE))).toBe('1');
      } finally {
        await first.close();
        await second.close();
        await fresh.drop();
      }
    });

    it('forgets what a failed transaction of its own wrote', () => {
      expect(tally()).toBe('15');
      expect(() =>
        writer.records.transaction(() => {
          writer.records.writeState([[...KLOSE, '16']]);
          expect(writer.records.readState(...KLOSE)).toBe('16');
          throw new Error('the import failed after the facts');
        }),
      ).toThrow('the import failed');
      expect(tally()).toBe('15');
    });

    it('sees a key deleted and a book cleared', () => {
      expect(tally()).toBe('15');
      writer.records.transaction(() => writer.records.deleteState([[...KLOSE]]));
      expect(tally()).toBeUndefined();
      write(writer, '16');
      expect(tally()).toBe('16');
      writer.records.transaction(() => writer.records.clearBook());
      expect(tally()).toBeUndefined();
    });

    it('keeps what it read and wrote across its own transactions, and lets go once another writer changes the state', () => {
      expect(tally()).toBe('15');
      write(writer, '16');
      // Behind the cache's back, unseen by the store's change tracking: only a cached value reads 16 now.
      const sql = testSql(writer);
      if (dialect.dialect === 'postgres') {
        sql.exec('ALTER TABLE record_state DISABLE TRIGGER record_state_changed');
        sql.run('UPDATE record_state SET value = ? WHERE book = ? AND part = ? AND key = ?', '99', ...KLOSE);
        sql.exec('ALTER TABLE record_state ENABLE TRIGGER record_state_changed');
      } else {
        // The writer's own connection: SQLite's data_version does not move for it.
        sql.run('UPDATE record_state SET value = ? WHERE book = ? AND part = ? AND key = ?', '99', ...KLOSE);
      }
      expect(tally()).toBe('16');
      write(other, '17');
      expect(tally()).toBe('17');
    });
  });
}

describe('the cache inside a transaction another caller opened (SQLite)', () => {
  it('caches nothing written there when the caller rolls it back', async () => {
    const database = await DIALECTS[0]!.create('state-cache-outer');
    const writer = (await openStore(database.location)) as SqliteStore;
    try {
      writer.records.writeState([[...KLOSE, '15']]);
      expect(writer.records.readState(...KLOSE)).toBe('15');
      const outer = writer.sqlite.transaction(() => {
        writer.records.transaction(() => writer.records.writeState([[...KLOSE, '16']]));
        expect(writer.records.readState(...KLOSE)).toBe('16');
        throw new Error('rolled back by its caller');
      });
      expect(outer).toThrow('rolled back by its caller');
      expect(writer.records.readState(...KLOSE)).toBe('15');
    } finally {
      await writer.close();
    }
  });
});
