// The state of a full rebuild, in memory up to a bound: a million matches leave millions of keys
// (every player's career, every team's every season), most of them never read again. Memory holds
// two generations: the keys touched since the last spill, and those touched in the generation
// before. When the young one is full, between two days, every changed key is written to the store,
// the old generation is forgotten and the young one becomes old: a key the engine keeps using (a
// team's tally, a competition's top list, a player mid-career) stays in memory, and only a key left
// alone for a whole generation (a finished season's tally) is read back from the store if asked
// for again. A key the store was never given is known absent without a read (`KeyFilter`). The
// book written is the same: what is spilled is the JSON the end of the rebuild would have written.
import type { RecordBookStorage, StateRow } from '../../store/record-book/storage.js';
import type { RecordState } from '../engine/state.js';
import { KeyFilter } from './key-filter.js';

/** Keys held before a rebuild spills (about 1 KB of heap each, top lists and tallies together): both generations together. */
export const SPILL_AFTER_KEYS = 400_000;

/** A key read from the store and found absent: not asked again while it is in memory. */
const ABSENT = Symbol('absent');

type Parts = Map<string, Map<string, unknown>>;

const byName = <T>(a: readonly [string, T], b: readonly [string, T]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function mapIn(books: Map<string, Parts>, book: string, part: string): Map<string, unknown> {
  let parts = books.get(book);
  if (!parts) books.set(book, (parts = new Map()));
  let map = parts.get(part);
  if (!map) parts.set(part, (map = new Map()));
  return map;
}

export class SpillingState implements RecordState {
  /** Keys touched since the last spill. */
  private young = new Map<string, Parts>();
  /** Keys touched in the generation before, not since: forgotten at the next spill. */
  private old = new Map<string, Parts>();
  private youngKeys = 0;
  /** The map of the last (book, part) asked for: the engine asks one book's part many times in a row. */
  private lastBook = '';
  private lastPart = '';
  private lastMap: Map<string, unknown> | undefined;
  /** The keys handed to the store. */
  private readonly stored = new KeyFilter();
  private readonly generation: number;

  constructor(
    private readonly storage: Pick<RecordBookStorage, 'readState' | 'writeState'>,
    limit = SPILL_AFTER_KEYS,
  ) {
    this.generation = Math.max(1, Math.floor(limit / 2));
  }

  private youngMap(book: string, part: string): Map<string, unknown> | undefined {
    if (book === this.lastBook && part === this.lastPart && this.lastMap !== undefined) return this.lastMap;
    const map = this.young.get(book)?.get(part);
    if (map !== undefined) {
      this.lastBook = book;
      this.lastPart = part;
      this.lastMap = map;
    }
    return map;
  }

  get<T>(book: string, part: string, key: string): T | undefined {
    const young = this.youngMap(book, part);
    const value = young?.get(key);
    if (value !== undefined) return value === ABSENT ? undefined : (value as T);
    const old = this.old.get(book)?.get(part);
    if (old !== undefined && old.has(key)) {
      const kept = old.get(key);
      old.delete(key);
      (young ?? mapIn(this.young, book, part)).set(key, kept);
      this.youngKeys += 1;
      return kept === ABSENT ? undefined : (kept as T);
    }
    if (young?.has(key) || !this.stored.mightHave(book, part, key)) return undefined;
    const json = this.storage.readState(book, part, key);
    const read = json === undefined ? undefined : (JSON.parse(json) as T);
    (young ?? mapIn(this.young, book, part)).set(key, read === undefined ? ABSENT : read);
    this.youngKeys += 1;
    return read;
  }

  set(book: string, part: string, key: string, value: unknown): void {
    const map = this.youngMap(book, part) ?? mapIn(this.young, book, part);
    const size = map.size;
    map.set(key, value);
    if (map.size !== size) {
      this.youngKeys += 1;
      // Set without being read first: the old generation's copy is stale.
      this.old.get(book)?.get(part)?.delete(key);
    }
  }

  /** Between two days: once the young generation is full, writes every changed key, forgets the old generation and ages the young one. */
  spillIfFull(): void {
    if (this.youngKeys < this.generation) return;
    this.flush();
    this.old = this.young;
    this.young = new Map();
    this.youngKeys = 0;
    this.lastMap = undefined;
  }

  /**
   * Writes every key of the young generation: each was set since the last spill or is as the store
   * holds it (read back, or kept from the generation before, which was written as it aged), so
   * rewriting those is harmless and cheaper than tracking which were set. Returns how many were written.
   */
  flush(): number {
    let rows: StateRow[] = [];
    let count = 0;
    // In the store's key order: the rows land as appends to its B-tree, not as inserts all over it.
    for (const [book, parts] of [...this.young].sort(byName)) {
      for (const [part, map] of [...parts].sort(byName)) {
        for (const key of [...map.keys()].sort()) {
          const value = map.get(key);
          if (value === ABSENT) continue;
          rows.push([book, part, key, JSON.stringify(value ?? null)]);
          this.stored.add(book, part, key);
          if (rows.length === 10_000) {
            this.storage.writeState(rows);
            count += rows.length;
            rows = [];
          }
        }
      }
    }
    this.storage.writeState(rows);
    count += rows.length;
    return count;
  }
}
