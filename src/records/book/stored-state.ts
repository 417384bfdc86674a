// Record state kept in the store: a new match reads only the keys it touches, and writes back only
// what it changed. This is what makes adding a match cost the match, not the history.
import type { RecordBookStorage, StateRow } from '../../store/record-book/storage.js';
import type { RecordState } from '../engine/state.js';

export class StoredState implements RecordState {
  private readonly cache = new Map<string, unknown>();
  /** Each key's JSON as read (or as rolled back to): a value set back unchanged is not written again. */
  private readonly loaded = new Map<string, string | undefined>();
  private readonly dirty = new Map<string, [string, string, string]>();
  /**
   * A changed key's JSON, made once for the undo journal and kept for `flush` while nobody can have
   * changed the value since: forgotten when the key is asked for or set again.
   */
  private readonly changedJson = new Map<string, string>();
  /** Keys rolled back here and not yet in the store, which still holds their later value. */
  private readonly restored = new Map<string, [string, string, string]>();

  constructor(private readonly storage: Pick<RecordBookStorage, 'readState' | 'writeState' | 'deleteState'>) {}

  get<T>(book: string, part: string, key: string): T | undefined {
    const id = `${book}\u0000${part}\u0000${key}`;
    if (this.cache.has(id)) {
      // The caller may change the value in place before it sets it.
      this.changedJson.delete(id);
      return this.cache.get(id) as T | undefined;
    }
    const json = this.storedJson(id, book, part, key);
    const value = json === undefined ? undefined : (JSON.parse(json) as T);
    this.cache.set(id, value);
    return value;
  }

  set(book: string, part: string, key: string, value: unknown): void {
    const id = `${book}\u0000${part}\u0000${key}`;
    this.cache.set(id, value);
    this.dirty.set(id, [book, part, key]);
    this.changedJson.delete(id);
  }

  /** Whether a key has a value, without parsing it. */
  has(book: string, part: string, key: string): boolean {
    const id = `${book}\u0000${part}\u0000${key}`;
    if (this.cache.has(id)) return this.cache.get(id) !== undefined;
    return this.storedJson(id, book, part, key) !== undefined;
  }

  /**
   * Puts a key back to an earlier value (JSON; null: absent) without writing it. A correction rolls
   * keys back and then replays the matches that changed them, so most are set again: the flush
   * writes each once, with what the replay made of it.
   */
  restore(book: string, part: string, key: string, json: string | null): void {
    const id = `${book}\u0000${part}\u0000${key}`;
    this.cache.delete(id);
    this.dirty.delete(id);
    this.changedJson.delete(id);
    this.loaded.set(id, json ?? undefined);
    this.restored.set(id, [book, part, key]);
  }

  /** A key's value as JSON (null when absent): the text as read while it is unchanged, so no copy is made. */
  json(book: string, part: string, key: string): string | null {
    const id = `${book}\u0000${part}\u0000${key}`;
    const made = this.changedJson.get(id);
    if (made !== undefined) return made;
    const value = this.get(book, part, key);
    if (!this.dirty.has(id) && this.loaded.has(id)) return this.loaded.get(id) ?? null;
    if (value === undefined) return null;
    const json = JSON.stringify(value);
    if (this.dirty.has(id)) this.changedJson.set(id, json);
    return json;
  }

  /** Writes every changed key; call inside the transaction that records the new facts. */
  flush(): number {
    const rows: StateRow[] = [];
    const absent: [string, string, string][] = [];
    for (const [id, [book, part, key]] of this.dirty) {
      const json = this.changedJson.get(id) ?? JSON.stringify(this.cache.get(id) ?? null);
      if (json === this.loaded.get(id) && !this.restored.has(id)) continue;
      rows.push([book, part, key, json]);
      this.loaded.set(id, json);
    }
    for (const [id, named] of this.restored) {
      if (this.dirty.has(id)) continue;
      const json = this.loaded.get(id);
      if (json === undefined) absent.push(named);
      else rows.push([...named, json]);
    }
    this.storage.writeState(rows);
    if (absent.length > 0) this.storage.deleteState(absent);
    this.dirty.clear();
    this.changedJson.clear();
    this.restored.clear();
    return rows.length;
  }

  /** The JSON the key holds before any change here: rolled back to, or read from the store. */
  private storedJson(id: string, book: string, part: string, key: string): string | undefined {
    if (this.loaded.has(id)) return this.loaded.get(id);
    const json = this.storage.readState(book, part, key);
    this.loaded.set(id, json);
    return json;
  }
}
