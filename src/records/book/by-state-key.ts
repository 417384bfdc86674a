// Entries kept by (book, part, key) in maps nested three deep: an update touches a key through
// several layers (the journal, the stored state, the store's cache), and a key string built for each
// of them was a tenth of what a new match allocated. A book's part is usually asked for many times
// in a row, so the last one found is kept at hand.

export class ByStateKey<V> {
  constructor(
    /** A key's entry when it is first asked for. */
    private readonly make: (book: string, part: string, key: string) => V,
  ) {}

  private readonly books = new Map<string, Map<string, Map<string, V>>>();
  private lastBook = '';
  private lastPart = '';
  private last: Map<string, V> | undefined;

  /** The map of one book's part, made when asked to. */
  private keysOf(book: string, part: string, make: boolean): Map<string, V> | undefined {
    if (this.last !== undefined && book === this.lastBook && part === this.lastPart) return this.last;
    let parts = this.books.get(book);
    let keys = parts?.get(part);
    if (keys === undefined) {
      if (!make) return undefined;
      if (parts === undefined) this.books.set(book, (parts = new Map()));
      parts.set(part, (keys = new Map()));
    }
    this.lastBook = book;
    this.lastPart = part;
    this.last = keys;
    return keys;
  }

  /** The entry of a key, made the first time it is asked for. */
  entry(book: string, part: string, key: string): V {
    const keys = this.keysOf(book, part, true)!;
    let value = keys.get(key);
    if (value === undefined) keys.set(key, (value = this.make(book, part, key)));
    return value;
  }

  /** Forgets a key; its book's part stays, ready for the next. */
  delete(book: string, part: string, key: string): void {
    this.keysOf(book, part, false)?.delete(key);
  }
}
