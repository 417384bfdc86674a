// One write at a time: SQLite has a single writer, and the record book is extended match by match
// from its stored state, so concurrent requests queue here instead of failing on a busy database.

export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Runs `job` after every job queued before it; its result or error goes to this caller only. */
  run<T>(job: () => Promise<T> | T): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(job);
    this.tail = result.then(
      () => this.done(),
      () => this.done(),
    );
    return result;
  }

  /** Jobs queued or running. */
  get length(): number {
    return this.waiting;
  }

  /** Resolves when every job queued so far has finished. */
  async idle(): Promise<void> {
    await this.tail;
  }

  private done(): void {
    this.waiting -= 1;
  }
}
