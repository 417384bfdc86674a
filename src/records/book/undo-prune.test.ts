// A writer that lets go of the undo journal later: the server's writer takes each new result with
// `undoPrune: 'later'` and runs `pruneRecordUndo` once it is idle, so a result never waits on the
// delete. On a seeded synthetic history (the benchmarks' generator), the last three weeks arrive a
// day at a time with a journal of seven days: the expired days stay in the journal until the prune,
// a correction meanwhile still equals a rebuild, and the prune removes exactly the expired days.
// On SQLite and, where a server is given (MATCHFACTS_TEST_POSTGRES), on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBatches } from '../../ingest/ingest.js';
import type { Store } from '../../store/open-store.js';
import { DIALECTS, newStore, testSql, type TestDatabase, type TestSql } from '../../store/postgres/test-support/databases.js';
import { generateHistory } from '../../synthetic/generate-history.js';
import { loadBuiltInCatalogue } from '../definitions/load-definitions.js';
import { recordBookAsOf } from './as-of.js';
import { pruneRecordUndo, rebuildRecordBook, snapshotRecordBook, updateRecordBook } from './record-book-store.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`a journal pruned when the writer is idle, on ${dialect.dialect}`, () => {
    let store: Store;
    let database: TestDatabase;
    let s: TestSql;
    const undoFrom = (): string => s.get<{ value: string }>(`SELECT value FROM record_meta WHERE key = 'undo_from'`)!.value;
    const journal = (): string[] =>
      s.all<{ book: string; part: string; key: string; date: string }>('SELECT book, part, key, date FROM record_undo ORDER BY date, book, part, key').map(
        (r) => `${r.date}\u0000${r.book}\u0000${r.part}\u0000${r.key}`,
      );
    const expired = (): number => s.get<{ n: number }>('SELECT count(*) AS n FROM record_undo WHERE date < ?', undoFrom())!.n;
    const storedEqualsRebuild = (): void => {
      const stored = s.all<{ body: string }>('SELECT body FROM record_fact').map((r) => r.body).sort();
      expect(stored).toEqual(recordBookAsOf(store, definitions).facts.map((f) => JSON.stringify(f)).sort());
    };
    let daysTaken = 0;

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'undo-prune'));
      s = testSql(store);
      await ingestBatches(store, generateHistory({ seed: 7, matches: 1500 }));
      const lastDay = s.get<{ d: string }>(`SELECT max(date) AS d FROM match WHERE status = 'played'`)!.d;
      const heldFrom = daysBefore(lastDay, 21);
      const days = s.all<{ date: string }>(`SELECT DISTINCT date FROM match WHERE status = 'played' AND date > ? ORDER BY date`, heldFrom).map((r) => r.date);
      s.run(`UPDATE match SET status = 'scheduled' WHERE status = 'played' AND date > ?`, heldFrom);
      rebuildRecordBook(store, definitions, { undoDays: 7 });
      for (const day of days) {
        const before = snapshotRecordBook(store, definitions);
        s.run(`UPDATE match SET status = 'played' WHERE status = 'scheduled' AND date = ?`, day);
        updateRecordBook(store, definitions, before, { undoPrune: 'later' });
        daysTaken += 1;
      }
    }, 300_000);

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it('keeps the expired days in the journal until the prune, the book still equal to a rebuild', () => {
      expect(daysTaken).toBeGreaterThan(7);
      expect(expired()).toBeGreaterThan(0);
      storedEqualsRebuild();
    });

    it('corrects a score three days back, with expired days still in the journal, as a rebuild would', () => {
      const lastDay = s.get<{ d: string }>(`SELECT max(date) AS d FROM match WHERE status = 'played'`)!.d;
      // A league match: the catalogue's domestic-league records count it (the synthetic cups are no real competition's).
      const target = s.get<{ id: number }>(
        `SELECT m.id FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
         WHERE m.status = 'played' AND m.date <= ? AND c.kind = 'league' ORDER BY m.date DESC, m.id DESC LIMIT 1`,
        daysBefore(lastDay, 3),
      )!;
      const before = snapshotRecordBook(store, definitions);
      s.run('UPDATE match SET ft_home = ft_home + 3 WHERE id = ?', target.id);
      const update = updateRecordBook(store, definitions, before, { undoPrune: 'later' });
      expect(update.mode).toBe('corrected');
      expect(update.replayed?.keys).toBeGreaterThan(0);
      storedEqualsRebuild();
    });

    it('prunes exactly the days before the window, and leaves the window as it was', () => {
      const from = undoFrom();
      const inWindow = journal().filter((row) => row.slice(0, 10) >= from);
      expect(expired()).toBeGreaterThan(0);
      pruneRecordUndo(store);
      expect(expired()).toBe(0);
      expect(journal()).toEqual(inWindow);
      expect(undoFrom()).toBe(from);
    });
  });
}
