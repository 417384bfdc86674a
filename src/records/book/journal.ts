// The undo journal: for each instant a correction can still reach, the value every key had before
// that instant changed it. Rolling a book back to an instant is then restoring, per key, the value
// before its first change at or after it — no replay of the history before it. An instant is a
// kick-off on a day where every match has one, else the whole day (see `instantKey`).
import type { UndoRow } from '../../store/record-book/storage.js';
import type { RecordState } from '../engine/state.js';
import { ByStateKey } from './by-state-key.js';

interface Touched {
  readonly book: string;
  readonly part: string;
  readonly key: string;
  /** The value as the instant found it (JSON), null when the key did not exist. */
  readonly before: string | null;
  written: boolean;
}

/**
 * Wraps a state and journals the instants on or after `from`. The engine may change a value it read
 * in place before it sets it, so the value is copied (as JSON) the first time an instant touches a key.
 */
export class JournalingState implements RecordState {
  /** The instant being journaled (its key). */
  private instant: string | undefined;
  private journaling = false;
  /** The keys the instant touched, by key (only while journaling), and in the order it did. */
  private readonly touchedKeys = new ByStateKey<Touched>((book, part, key) => this.firstTouch(book, part, key));
  private readonly touched: Touched[] = [];
  private readonly rows: UndoRow[] = [];

  constructor(
    private readonly inner: RecordState,
    private readonly from: string,
    /** A key's value as JSON (null when absent), before the engine can change it. */
    private readonly json: (book: string, part: string, key: string) => string | null = (book, part, key) => {
      const value = inner.get(book, part, key);
      return value === undefined ? null : JSON.stringify(value);
    },
  ) {}

  /** Starts an instant (its `instantKey`): ends the one before. */
  beginInstant(key: string): void {
    this.endInstant();
    this.instant = key;
    this.journaling = key >= this.from;
  }

  /** Ends the current instant: the keys it changed enter the journal. */
  endInstant(): void {
    if (this.instant !== undefined) {
      for (const t of this.touched) {
        if (!t.written) continue;
        // Set back as it was (a top list the instant did not change): nothing to undo.
        if (t.before !== null && this.json(t.book, t.part, t.key) === t.before) continue;
        this.rows.push([t.book, t.part, t.key, this.instant, t.before]);
      }
    }
    // The keys are let go one by one: the next instant touches mostly the same books' parts.
    for (const t of this.touched) this.touchedKeys.delete(t.book, t.part, t.key);
    this.touched.length = 0;
    this.instant = undefined;
    this.journaling = false;
  }

  /** Journal rows made and not yet handed over. */
  get pending(): number {
    return this.rows.length;
  }

  /** The journal so far, handed over for storing. */
  drain(): UndoRow[] {
    return this.rows.splice(0, this.rows.length);
  }

  get<T>(book: string, part: string, key: string): T | undefined {
    if (this.journaling) this.touch(book, part, key);
    return this.inner.get<T>(book, part, key);
  }

  set(book: string, part: string, key: string, value: unknown): void {
    if (this.journaling) this.touch(book, part, key).written = true;
    this.inner.set(book, part, key, value);
  }

  private touch(book: string, part: string, key: string): Touched {
    return this.touchedKeys.entry(book, part, key);
  }

  /** A key the instant touches for the first time: its value before, as JSON. */
  private firstTouch(book: string, part: string, key: string): Touched {
    const t: Touched = { book, part, key, before: this.json(book, part, key), written: false };
    this.touched.push(t);
    return t;
  }
}
