// Where the record book keeps what it has seen: named parts of each definition's book, each a map
// from a key (a player, a team, "top") to a plain JSON value. In memory for a rebuild; a store-backed
// implementation reads and writes only the keys a new match touches.

export interface RecordState {
  get<T>(book: string, part: string, key: string): T | undefined;
  /** Records `value` (possibly the same object, changed) as the current value. */
  set(book: string, part: string, key: string, value: unknown): void;
}

/** All state in maps; `entries()` hands it over for saving. */
export class MemoryState implements RecordState {
  // book → part → key → value: three lookups, no key strings built per access.
  private readonly books = new Map<string, Map<string, Map<string, unknown>>>();

  get<T>(book: string, part: string, key: string): T | undefined {
    return this.books.get(book)?.get(part)?.get(key) as T | undefined;
  }

  set(book: string, part: string, key: string, value: unknown): void {
    let parts = this.books.get(book);
    if (!parts) {
      parts = new Map();
      this.books.set(book, parts);
    }
    let map = parts.get(part);
    if (!map) {
      map = new Map();
      parts.set(part, map);
    }
    map.set(key, value);
  }

  *entries(): Generator<[book: string, part: string, key: string, value: unknown]> {
    for (const [book, parts] of this.books) {
      for (const [part, map] of parts) for (const [key, value] of map) yield [book, part, key, value];
    }
  }
}
