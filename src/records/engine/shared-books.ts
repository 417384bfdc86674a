// State that definitions alike keep once: running tallies (`units.ts`, `tallyBookOf`) and the count
// of a book's matches (`coverage.ts`, `matchCounterBookOf`) live in books named by what they depend
// on, `tally~<shape>|<book key>` and `count~<shape>|<book key>`, beside the definitions' own books
// (`definition|book key`). Within one instant, the first definition to read a shared value reads it
// for all of them, and the first to commit a match writes it back (`InstantShares`).
import { createHash } from 'node:crypto';
import type { RecordMatch } from './record-match.js';
import type { RecordState } from './state.js';

export type SharedKind = 'tally' | 'count';

/** A short name for what a shared book depends on (a definition's unit and scope, as JSON). */
export function shapeOf(shape: unknown): string {
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 16);
}

/** The shared book of `kind` and `shape` for the book of `stateKey` (`definition|book key`). */
export function sharedBook(kind: SharedKind, shape: string, stateKey: string): string {
  return `${kind}~${shape}${stateKey.slice(stateKey.indexOf('|'))}`;
}

/** Whether a state book is shared by definitions alike rather than one definition's own. */
export function isSharedBook(book: string): boolean {
  return book.startsWith('tally~') || book.startsWith('count~');
}

interface Share {
  readonly before: unknown;
  readonly claimed: Set<RecordMatch>;
}

/**
 * The shared values one instant reads: each as the instant found it (what every definition sharing
 * it judges the instant's matches against), and the matches whose change to it is already written.
 */
export class InstantShares {
  /** By book, then part and key: the names come as they are kept, no joined string made per ask. */
  private readonly shares = new Map<string, Map<string, Map<string, Share>>>();

  constructor(private readonly state: RecordState) {}

  private share(book: string, part: string, key: string): Share {
    let parts = this.shares.get(book);
    if (!parts) this.shares.set(book, (parts = new Map()));
    let keys = parts.get(part);
    if (!keys) parts.set(part, (keys = new Map()));
    let share = keys.get(key);
    if (!share) keys.set(key, (share = { before: this.state.get(book, part, key), claimed: new Set() }));
    return share;
  }

  /** The value before the instant, whoever asks first. */
  before<T>(book: string, part: string, key: string): T | undefined {
    return this.share(book, part, key).before as T | undefined;
  }

  /**
   * Claims the writing of a match's change to the value: how many of the instant's matches have
   * claimed it with this one, or 0 when a definition sharing it claimed this match already.
   */
  claim(book: string, part: string, key: string, match: RecordMatch): number {
    const { claimed } = this.share(book, part, key);
    if (claimed.has(match)) return 0;
    claimed.add(match);
    return claimed.size;
  }
}
