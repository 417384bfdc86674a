// A competition renamed (or recorded as another kind) after the book was built: the whole book is
// rebuilt from the same definitions — the ones a server keeps for its lifetime — and every fact
// names the competition as it is now called. The definitions' compiled scopes are kept between
// updates, so what they worked out for the old name must not outlive it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { rebuildRecordBook, snapshotRecordBook, updateRecordBook } from '../../src/records/book/record-book-store.js';
import type { SqliteStore } from '../../src/store/open-store.js';
import { storeWithHistory, testFolder } from '../../src/synthetic/test-support/history-store.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);

describe('a league renamed after its record book was built', () => {
  const dir = testFolder('competition-renamed');
  let store: SqliteStore;
  let league: { id: number; name: string };
  const bookLabels = (): string[] =>
    (store.sqlite.prepare(`SELECT DISTINCT json_extract(body, '$.book') AS book FROM record_fact WHERE definition_id LIKE 'league-men-%'`).all() as { book: string }[]).map((r) => r.book);

  beforeAll(async () => {
    store = await storeWithHistory(join(dir, 'history.db'), { seed: 3, matches: 800, batchSize: 800 });
    league = store.sqlite.prepare(`SELECT id, name FROM competition WHERE kind = 'league' AND sex = 'men' ORDER BY id LIMIT 1`).get() as { id: number; name: string };
    rebuildRecordBook(store, definitions);
  });
  afterAll(async () => store?.close());

  it('names the league by its new name in every fact, the old name in none', () => {
    expect(bookLabels()).toContain(league.name);
    const before = snapshotRecordBook(store, definitions);
    store.sqlite.prepare('UPDATE competition SET name = ? WHERE id = ?').run('Renamed Premier Division', league.id);
    expect(updateRecordBook(store, definitions, before).mode).toBe('rebuilt');
    expect(bookLabels()).toContain('Renamed Premier Division');
    expect(bookLabels()).not.toContain(league.name);
  });

  it('takes the league out of the league books once it is recorded as a cup', () => {
    const before = snapshotRecordBook(store, definitions);
    store.sqlite.prepare(`UPDATE competition SET kind = 'cup' WHERE id = ?`).run(league.id);
    updateRecordBook(store, definitions, before);
    expect(bookLabels()).not.toContain('Renamed Premier Division');
  });
});
