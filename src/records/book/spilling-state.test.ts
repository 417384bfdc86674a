// A full rebuild bounds its memory by handing state to the store between days; the book it writes
// must be the one a rebuild holding everything in memory writes, byte for byte.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/open-store.js';
import { storeWithHistory, testFolder } from '../../synthetic/test-support/history-store.js';
import { loadBuiltInCatalogue } from '../definitions/load-definitions.js';
import { rebuildRecordBook } from './record-book-store.js';
import { SpillingState } from './spilling-state.js';
import { bookRows } from './test-support/compare-books.js';

const dir = testFolder('spilling');

describe('a full rebuild with its memory bounded', () => {
  it('writes the same facts, state and undo journal when it spills its state to the store every few days', async () => {
    const store = await storeWithHistory(join(dir, 'history.db'), { seed: 11, matches: 1_500, batchSize: 500 });
    try {
      const definitions = loadBuiltInCatalogue().map((loaded) => loaded.definition);

      const inMemory = rebuildRecordBook(store, definitions);
      const held = bookRows(store);
      // 200 keys is a few days of this history (1,600 keys in all): the rebuild below spills again and again.
      const spilling = rebuildRecordBook(store, definitions, { spillAfterKeys: 200 });
      const spilled = bookRows(store);

      expect(inMemory.stateEntries).toBeGreaterThan(1_000);
      expect(inMemory.facts).toBeGreaterThan(0);
      expect(spilling).toEqual(inMemory);
      expect(spilled.facts).toEqual(held.facts);
      expect(spilled.state).toEqual(held.state);
      expect(spilled.undo).toEqual(held.undo);
    } finally {
      await store.close();
    }
  });
});

describe('the two generations of a rebuild\'s state', () => {
  it('keeps a tally in use in memory, reads back one left alone for a generation, and never reads a key the store was not given', async () => {
    const store = await openSqliteStore(join(dir, 'book.db'));
    try {
      const book = 'wc-men-most-goals-career|c1';
      const reads: string[] = [];
      const storage = {
        readState: (b: string, part: string, key: string) => {
          reads.push(key);
          return store.records.readState(b, part, key);
        },
        writeState: (rows: Parameters<typeof store.records.writeState>[0]) => store.records.writeState(rows),
      };
      const books = store.records;
      // Two keys a generation.
      const state = new SpillingState(storage, 4);
      books.transaction(() => {
        state.set(book, 'tally', 'Miroslav Klose', { goals: 14 });
        state.set(book, 'tally', 'Gerd Müller', { goals: 14 });
        state.spillIfFull();
        // Klose plays on (2014): his tally is at hand, not read.
        const klose = state.get<{ goals: number }>(book, 'tally', 'Miroslav Klose');
        state.set(book, 'tally', 'Miroslav Klose', { goals: (klose?.goals ?? 0) + 2 });
        state.set(book, 'tally', 'Thomas Müller', { goals: 10 });
        // Gerd Müller was left alone for a generation: forgotten now, his tally is in the store.
        state.spillIfFull();
        expect(reads).toEqual([]);
        expect(state.get(book, 'tally', 'Miroslav Klose')).toEqual({ goals: 16 });
        expect(state.get(book, 'tally', 'Gerd Müller')).toEqual({ goals: 14 });
        expect(reads).toEqual(['Gerd Müller']);
        // A player the store was never given is known absent without a read.
        expect(state.get(book, 'tally', 'Kylian Mbappé')).toBeUndefined();
        expect(reads).toEqual(['Gerd Müller']);
      });
    } finally {
      await store.close();
    }
  });
});
