// A result that comes in after everything the book holds (a later kick-off on the book's last day)
// rolls nothing back: the update asks the store for no facts to withdraw and no undo rows, and the
// book equals a rebuild. A result of an earlier kick-off that day is a late one and is rolled back
// to. On a seeded synthetic history, where every match has a kick-off with its UTC offset; on
// SQLite and, where a server is given (MATCHFACTS_TEST_POSTGRES), on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestBatches } from '../../ingest/ingest.js';
import type { Store } from '../../store/open-store.js';
import { DIALECTS, newStore, testSql, type TestDatabase, type TestSql } from '../../store/postgres/test-support/databases.js';
import { generateHistory } from '../../synthetic/generate-history.js';
import { loadBuiltInCatalogue } from '../definitions/load-definitions.js';
import { instantKey } from '../engine/instants.js';
import { rebuildRecordBook, snapshotRecordBook, updateRecordBook } from './record-book-store.js';
import { rebuiltBook, storedBook } from './test-support/compare-books.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`a result on the book's last day, on ${dialect.dialect}`, () => {
    let store: Store;
    let database: TestDatabase;
    let s: TestSql;
    /** The last day's first and last kick-offs, held back from the book. */
    let earliest: number;
    let latest: number;

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'last-instant'));
      s = testSql(store);
      await ingestBatches(store, generateHistory({ seed: 23, matches: 1500 }));
      const lastDay = s.get<{ d: string }>(`SELECT max(date) AS d FROM match WHERE status = 'played'`)!.d;
      const day = s
        .all<{ id: number; date: string; time: string | null; utcOffset: string | null }>(
          `SELECT id, date, time, utc_offset AS "utcOffset" FROM match WHERE status = 'played' AND date = ?`,
          lastDay,
        )
        .map((m) => ({ id: m.id, key: instantKey(m) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id));
      const [first, last] = [day[0]!, day[day.length - 1]!];
      // The day must be ordered, with room between the two: what the test is about.
      expect(first.key).toContain('|');
      expect(first.key < last.key).toBe(true);
      expect(day.filter((m) => m.key === last.key)).toHaveLength(1);
      [earliest, latest] = [first.id, last.id];
      s.run(`UPDATE match SET status = 'scheduled' WHERE id IN (?, ?)`, earliest, latest);
      rebuildRecordBook(store, definitions);
    });

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    const takeIn = (matchId: number) => {
      const undo = vi.spyOn(store.records, 'takeUndo');
      const facts = vi.spyOn(store.records, 'factBodies');
      try {
        const before = snapshotRecordBook(store, definitions);
        s.run(`UPDATE match SET status = 'played' WHERE id = ?`, matchId);
        const update = updateRecordBook(store, definitions, before);
        return { update, undoReads: undo.mock.calls.length, factReads: facts.mock.calls.length };
      } finally {
        undo.mockRestore();
        facts.mockRestore();
      }
    };

    it('takes in the last kick-off without reading facts or undo rows, and equals a rebuild', () => {
      const { update, undoReads, factReads } = takeIn(latest);
      expect(update.replayed?.keys).toBe(0);
      expect(update.replayed?.matches).toBe(1);
      expect(undoReads).toBe(0);
      expect(factReads).toBe(0);
      const stored = storedBook(store);
      const rebuilt = rebuiltBook(store, definitions);
      expect(stored.facts).toEqual(rebuilt.facts);
      expect(stored.state).toEqual(rebuilt.state);
    });

    it('rolls back to the first kick-off when its result comes in after the last, and equals a rebuild', () => {
      const { update, undoReads } = takeIn(earliest);
      expect(undoReads).toBeGreaterThan(0);
      expect(update.replayed?.keys).toBeGreaterThan(0);
      expect(update.replayed?.matches).toBeGreaterThan(1);
      const stored = storedBook(store);
      const rebuilt = rebuiltBook(store, definitions);
      expect(stored.facts).toEqual(rebuilt.facts);
      expect(stored.state).toEqual(rebuilt.state);
    });
  });
}
