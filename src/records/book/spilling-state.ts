// The state of a full rebuild, in memory up to a bound: a million matches leave millions of keys
// (every player's career, every team's every season), most of them never read again. Past the
// bound, between two days, every changed key is written to the store and memory is emptied; a key
// read again is read back from the store, as `stored-state.ts` reads it for a new match. The
// book written is the same: what is spilled is the JSON the end of the rebuild would have written.
import type { RecordBookStorage, StateRow } from '../../store/record-book/storage.js';
import type { RecordState } from '../engine/state.js';

/** Keys held before a rebuild spills (about 1 KB of heap each, top lists and tallies together). */
export const SPILL_AFTER_KEYS = 400_000;

/** A key read from the store and found absent: not asked again until the next spill. */
const ABSENT = Symbol('absent');

type Parts = Map<string, Map<string, unknown>>;

const byName = <T>(a: readonly [string, T], b: readonly [string, T]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export class SpillingState implements RecordState {
  private readonly books = new Map<string, Parts>();
  /** The keys set since the last spill, by book and part. */
  private readonly dirty = new Map<string, Map<string, Set<string>>>();
  private keys = 0;
  /** Whether anything is in the store: until the first spill, a key not in memory does not exist. */
  private spilled = false;

  constructor(
    private readonly storage: RecordBookStorage,
    private readonly limit = SPILL_AFTER_KEYS,
  ) {}

  get<T>(book: string, part: string, key: string): T | undefined {
    const map = this.books.get(book)?.get(part);
    const value = map?.get(key);
    if (value !== undefined) return value === ABSENT ? undefined : (value as T);
    if (!this.spilled || map?.has(key)) return undefined;
    const json = this.storage.readState(book, part, key);
    const read = json === undefined ? undefined : (JSON.parse(json) as T);
    this.mapOf(book, part).set(key, read === undefined ? ABSENT : read);
    this.keys += 1;
    return read;
  }

  set(book: string, part: string, key: string, value: unknown): void {
    const map = this.mapOf(book, part);
    const size = map.size;
    map.set(key, value);
    if (map.size !== size) this.keys += 1;
    let parts = this.dirty.get(book);
    if (!parts) this.dirty.set(book, (parts = new Map()));
    let keys = parts.get(part);
    if (!keys) parts.set(part, (keys = new Set()));
    keys.add(key);
  }

  private mapOf(book: string, part: string): Map<string, unknown> {
    let parts = this.books.get(book);
    if (!parts) this.books.set(book, (parts = new Map()));
    let map = parts.get(part);
    if (!map) parts.set(part, (map = new Map()));
    return map;
  }

  /** Between two days: past the bound, writes every changed key and forgets them all. */
  spillIfFull(): void {
    if (this.keys < this.limit) return;
    this.flush();
    this.books.clear();
    this.keys = 0;
    this.spilled = true;
  }

  /** Writes every key changed since the last spill; returns how many were written. */
  flush(): number {
    let rows: StateRow[] = [];
    let count = 0;
    // In the store's key order: the rows land as appends to its B-tree, not as inserts all over it.
    for (const [book, parts] of [...this.dirty].sort(byName)) {
      for (const [part, keys] of [...parts].sort(byName)) {
        const map = this.books.get(book)?.get(part);
        for (const key of [...keys].sort()) {
          rows.push([book, part, key, JSON.stringify(map?.get(key) ?? null)]);
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
    this.dirty.clear();
    return count;
  }
}
