// Record state kept in the store: a new match reads only the keys it touches, and writes back only
// what it changed. This is what makes adding a match cost the match, not the history.
import type { RecordBookStorage, StateRow } from '../../store/record-book/storage.js';
import type { RecordState } from '../engine/state.js';
import { ByStateKey } from './by-state-key.js';

/** What this state knows of one key. */
interface Key {
  readonly book: string;
  readonly part: string;
  readonly key: string;
  /** Whether `value` holds the key's current value (read and parsed, or set). */
  known: boolean;
  value: unknown;
  /** Whether `loaded` holds the key's JSON as read (or as rolled back to): a value set back unchanged is not written again. */
  read: boolean;
  loaded: string | undefined;
  /** Set since the last flush. */
  dirty: boolean;
  /**
   * The changed value's JSON, made once for the undo journal and kept for `flush` while nobody can
   * have changed the value since: forgotten when the key is asked for or set again.
   */
  changedJson: string | undefined;
  /** Rolled back here and not yet in the store, which still holds its later value. */
  restored: boolean;
  /** Whether it is on the list of keys `flush` looks at. */
  listed: boolean;
}

const newKey = (book: string, part: string, key: string): Key => ({
  book,
  part,
  key,
  known: false,
  value: undefined,
  read: false,
  loaded: undefined,
  dirty: false,
  changedJson: undefined,
  restored: false,
  listed: false,
});

export class StoredState implements RecordState {
  private readonly keys = new ByStateKey<Key>(newKey);
  /** Keys set or rolled back since the last flush, in the order they first were. */
  private readonly changed: Key[] = [];

  constructor(private readonly storage: Pick<RecordBookStorage, 'readState' | 'writeState' | 'deleteState'>) {}

  get<T>(book: string, part: string, key: string): T | undefined {
    const k = this.keys.entry(book, part, key);
    if (k.known) {
      // The caller may change the value in place before it sets it.
      k.changedJson = undefined;
      return k.value as T | undefined;
    }
    const json = this.storedJson(k);
    k.value = json === undefined ? undefined : (JSON.parse(json) as T);
    k.known = true;
    return k.value as T | undefined;
  }

  set(book: string, part: string, key: string, value: unknown): void {
    const k = this.keys.entry(book, part, key);
    k.value = value;
    k.known = true;
    k.dirty = true;
    k.changedJson = undefined;
    this.list(k);
  }

  /** Whether a key has a value, without parsing it. */
  has(book: string, part: string, key: string): boolean {
    const k = this.keys.entry(book, part, key);
    if (k.known) return k.value !== undefined;
    return this.storedJson(k) !== undefined;
  }

  /**
   * Puts a key back to an earlier value (JSON; null: absent) without writing it. A correction rolls
   * keys back and then replays the matches that changed them, so most are set again: the flush
   * writes each once, with what the replay made of it.
   */
  restore(book: string, part: string, key: string, json: string | null): void {
    const k = this.keys.entry(book, part, key);
    k.known = false;
    k.value = undefined;
    k.dirty = false;
    k.changedJson = undefined;
    k.read = true;
    k.loaded = json ?? undefined;
    k.restored = true;
    this.list(k);
  }

  /** A key's value as JSON (null when absent): the text as read while it is unchanged, so no copy is made. */
  json(book: string, part: string, key: string): string | null {
    const k = this.keys.entry(book, part, key);
    if (k.changedJson !== undefined) return k.changedJson;
    const value = this.get(book, part, key);
    if (!k.dirty && k.read) return k.loaded ?? null;
    if (value === undefined) return null;
    const json = JSON.stringify(value);
    if (k.dirty) k.changedJson = json;
    return json;
  }

  /** Writes every changed key; call inside the transaction that records the new facts. */
  flush(): number {
    const rows: StateRow[] = [];
    const absent: [string, string, string][] = [];
    for (const k of this.changed) {
      if (k.dirty) {
        const json = k.changedJson ?? JSON.stringify(k.value ?? null);
        if (json === k.loaded && !k.restored) continue;
        rows.push([k.book, k.part, k.key, json]);
        k.loaded = json;
        k.read = true;
      } else if (k.restored) {
        if (k.loaded === undefined) absent.push([k.book, k.part, k.key]);
        else rows.push([k.book, k.part, k.key, k.loaded]);
      }
    }
    this.storage.writeState(rows);
    if (absent.length > 0) this.storage.deleteState(absent);
    for (const k of this.changed) {
      k.dirty = false;
      k.changedJson = undefined;
      k.restored = false;
      k.listed = false;
    }
    this.changed.length = 0;
    return rows.length;
  }

  private list(k: Key): void {
    if (k.listed) return;
    k.listed = true;
    this.changed.push(k);
  }

  /** The JSON the key holds before any change here: rolled back to, or read from the store. */
  private storedJson(k: Key): string | undefined {
    if (k.read) return k.loaded;
    k.loaded = this.storage.readState(k.book, k.part, k.key);
    k.read = true;
    return k.loaded;
  }
}
