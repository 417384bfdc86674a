// The book state a long-lived writer read lately, kept between its updates: at 1,000,000 matches
// a new match reads ~180 keys, 70% of them read by the matches just before it (every book's
// coverage, its top lists, the tallies of teams that play every week), each a B-tree search in a
// file far larger than SQLite's page cache. A value is kept only while it is known to be the
// stored one: another connection's commit (`PRAGMA data_version` on SQLite; on PostgreSQL the
// state's change sequence, which this writer's own changes move too: see `settle`) empties the
// cache, and so does a transaction of this storage that fails; inside a transaction someone else
// opened (its outcome unknown here) writes drop the keys they touch instead of caching them.

/** Entries kept before the cache starts again (about 300 bytes each: 30 MB). */
const MAX_ENTRIES = 100_000;

const ABSENT = null;

export class StateCache {
  private readonly values = new Map<string, string | null>();
  private version: number | undefined;
  /** Inside this storage's transactions: whether the outermost one is this storage's own (it sees the end). */
  private certain = true;
  /** Transactions of this storage running. */
  private depth = 0;

  constructor(
    private readonly dataVersion: () => number,
    /** Whether the connection is inside a transaction (this storage's or a caller's). */
    private readonly inTransaction: () => boolean,
  ) {}

  /** A value read or written now is known to stay: no transaction, or one this storage opened. */
  private trusted(): boolean {
    return this.depth > 0 ? this.certain : !this.inTransaction();
  }

  private static id(book: string, part: string, key: string): string {
    return `${book}\u0000${part}\u0000${key}`;
  }

  /** The cached JSON (null: known absent), or undefined when not cached. */
  get(book: string, part: string, key: string): string | null | undefined {
    // Inside a transaction the snapshot is fixed: it was validated as the transaction began.
    if (!this.trusted()) return undefined;
    if (this.depth === 0) this.validate();
    return this.values.get(StateCache.id(book, part, key));
  }

  /** A value just read from the store. */
  remember(book: string, part: string, key: string, json: string | undefined): void {
    if (!this.trusted()) return;
    if (this.values.size >= MAX_ENTRIES) this.values.clear();
    this.values.set(StateCache.id(book, part, key), json ?? ABSENT);
  }

  /** A value written (or deleted, with undefined): kept only where it was cached already. */
  wrote(book: string, part: string, key: string, json: string | undefined): void {
    // A rebuild writes millions of keys into an emptied cache: nothing to name.
    if (this.values.size === 0) return;
    const id = StateCache.id(book, part, key);
    if (!this.values.has(id)) return;
    if (this.trusted()) this.values.set(id, json ?? ABSENT);
    else this.values.delete(id);
  }

  clear(): void {
    this.values.clear();
  }

  /**
   * Runs a transaction: `outermost` says whether this storage opened it. A failed one leaves the
   * cache empty; inside another's transaction nothing new is cached.
   */
  within<T>(outermost: boolean, run: () => T): T {
    const wasCertain = this.certain;
    this.certain = this.depth > 0 ? wasCertain : outermost;
    this.depth += 1;
    try {
      return run();
    } catch (error) {
      this.values.clear();
      throw error;
    } finally {
      this.depth -= 1;
      this.certain = wasCertain;
    }
  }

  /**
   * The store's version as it stands is this storage's own doing: its writes in the transaction
   * about to commit. For a version that moves with every writer's changes, this one's included
   * (PostgreSQL's sequence), where SQLite's `data_version` moves with other connections' commits
   * only. Call last in a transaction this storage opened, while nobody else can write.
   */
  settle(): void {
    if (this.depth > 0 && this.certain) this.version = this.dataVersion();
  }

  /** Another connection committed since the last look: nothing cached can be trusted. Call first in a transaction. */
  validate(): void {
    const version = this.dataVersion();
    if (version !== this.version) {
      this.values.clear();
      this.version = version;
    }
  }
}
