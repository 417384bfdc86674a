// A correction rolls keys back in the stored state and replays the matches after: whatever the
// replay does with a key rolled back, the store ends holding what the replay left, written once.
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../store/open-store.js';
import { testFolder } from '../../synthetic/test-support/history-store.js';
import { StoredState } from './stored-state.js';

const BOOK = 'most-goals-men-wc|world-cup';
const KLOSE = 'player:Miroslav Klose';
const RONALDO = 'player:Ronaldo';
const MULLER = 'player:Thomas Müller';

describe('the stored state of a correction', () => {
  const dir = testFolder('stored-state');
  let store: SqliteStore;
  let run = 0;
  const stored = (key: string): string | undefined => store.records.readState(BOOK, 'tally', key);

  beforeEach(async () => {
    await store?.close();
    run += 1;
    store = await openSqliteStore(join(dir, `store-${run}.db`));
    // The book after Brazil 2014: Klose 16, Ronaldo 15, Müller 10.
    store.records.writeState([
      [BOOK, 'tally', KLOSE, '16'],
      [BOOK, 'tally', RONALDO, '15'],
      [BOOK, 'tally', MULLER, '10'],
    ]);
  });
  afterAll(async () => store?.close());

  it('reads a rolled-back key as rolled back, and writes it with what the replay made of it', () => {
    const state = new StoredState(store.records);
    // Back to before Klose's goal against Brazil: 15.
    state.restore(BOOK, 'tally', KLOSE, '15');
    expect(state.get<number>(BOOK, 'tally', KLOSE)).toBe(15);
    expect(state.json(BOOK, 'tally', KLOSE)).toBe('15');
    expect(stored(KLOSE)).toBe('16');
    state.set(BOOK, 'tally', KLOSE, 16);
    state.flush();
    expect(stored(KLOSE)).toBe('16');
  });

  it('writes a rolled-back key the replay leaves alone with the value it was rolled back to', () => {
    const state = new StoredState(store.records);
    // The goal taken away from Müller on review: the replay never touches his tally again.
    state.restore(BOOK, 'tally', MULLER, '9');
    expect(state.flush()).toBe(1);
    expect(stored(MULLER)).toBe('9');
  });

  it('writes a rolled-back key set back to the value it was rolled back to: the store still holds the later one', () => {
    const state = new StoredState(store.records);
    state.restore(BOOK, 'tally', RONALDO, '14');
    state.set(BOOK, 'tally', RONALDO, state.get<number>(BOOK, 'tally', RONALDO));
    state.flush();
    expect(stored(RONALDO)).toBe('14');
  });

  it('deletes a key rolled back to before it existed, unless the replay makes it again', () => {
    const state = new StoredState(store.records);
    state.restore(BOOK, 'tally', MULLER, null);
    state.restore(BOOK, 'tally', RONALDO, null);
    expect(state.has(BOOK, 'tally', MULLER)).toBe(false);
    expect(state.get(BOOK, 'tally', RONALDO)).toBeUndefined();
    expect(state.json(BOOK, 'tally', RONALDO)).toBeNull();
    state.set(BOOK, 'tally', RONALDO, 1);
    state.flush();
    expect(stored(MULLER)).toBeUndefined();
    expect(stored(RONALDO)).toBe('1');
    expect(stored(KLOSE)).toBe('16');
  });

  it('writes nothing for a key read and set back unchanged', () => {
    const state = new StoredState(store.records);
    state.set(BOOK, 'tally', KLOSE, state.get<number>(BOOK, 'tally', KLOSE));
    expect(state.flush()).toBe(0);
  });
});
