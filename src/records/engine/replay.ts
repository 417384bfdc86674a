// Feeds matches to a record book one day at a time, in time order.
import type { Fact } from './fact.js';
import type { RecordBook } from './record-book.js';
import type { RecordMatch } from './record-match.js';

export interface ReplayOptions {
  /** Called before each day is added (an undo journal starts the day). */
  readonly beforeDay?: (date: string) => void;
  readonly onFacts?: (facts: readonly Fact[], day: readonly RecordMatch[]) => void;
  readonly onProgress?: (matches: number) => void;
  /** Stop before this match's day; the book is then as it stood before that day. */
  readonly stopBeforeDate?: string;
}

/** Replays `matches` (oldest first) into `book`; returns how many matches it added. */
export function replay(book: RecordBook, matches: Iterable<RecordMatch>, options: ReplayOptions = {}): number {
  let day: RecordMatch[] = [];
  let count = 0;
  const flush = (): void => {
    if (day.length === 0) return;
    options.beforeDay?.(day[0]!.date);
    const facts = book.addDay(day);
    options.onFacts?.(facts, day);
    count += day.length;
    options.onProgress?.(count);
    day = [];
  };
  for (const match of matches) {
    if (options.stopBeforeDate !== undefined && match.date >= options.stopBeforeDate) break;
    if (day.length > 0 && day[0]?.date !== match.date) flush();
    day.push(match);
  }
  flush();
  return count;
}
