// The facts of each match as the API sends them, serialised once: reads of facts far outnumber
// writes. An entry is good while the store's data has not changed: writes through this service
// invalidate it at once, and a commit by another connection (the writer thread, a CLI import,
// another instance) shows in the store's data version.

export class FactsCache {
  private readonly bodies = new Map<number, Buffer>();
  /** Bumped on every invalidation: a read that began before it must not fill the cache after it. */
  private generation = 0;
  private seenVersion: number | undefined;
  /** Asking the store for its data version costs a lock (tens of µs); one answer serves one turn of the event loop. */
  private checkedThisTurn = false;

  constructor(private readonly dataVersion: () => number) {}

  /** The cached body, after making sure no other connection committed since it was made. */
  get(matchId: number): Buffer | undefined {
    this.checkVersion();
    return this.bodies.get(matchId);
  }

  /** A token to give back to `set`: a body read under an older generation is not kept. */
  begin(): number {
    return this.generation;
  }

  set(matchId: number, generation: number, body: Buffer): void {
    if (generation === this.generation) this.bodies.set(matchId, body);
  }

  invalidate(): void {
    this.generation += 1;
    this.bodies.clear();
  }

  private checkVersion(): void {
    if (this.checkedThisTurn) return;
    this.checkedThisTurn = true;
    setImmediate(() => (this.checkedThisTurn = false));
    const version = this.dataVersion();
    if (version !== this.seenVersion) {
      if (this.seenVersion !== undefined) this.invalidate();
      this.seenVersion = version;
    }
  }
}
