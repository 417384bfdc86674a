// The record book as it stood at a point in time, computed in memory by replaying the store's
// matches: for questions about the past ("was Ronaldo's 15 the record in 2006?") and for
// definitions that are not in the stored book.
import type { Store } from '../../store/open-store.js';
import type { RecordDefinition } from '../definitions/schema.js';
import type { Fact } from '../engine/fact.js';
import { readRecordMatches } from '../engine/read-record-matches.js';
import { RecordBook } from '../engine/record-book.js';
import { replay } from '../engine/replay.js';
import { MemoryState } from '../engine/state.js';

export interface BookAsOf {
  /** State keyed `definition-id|book-key`, parts `top`, `tally`, `members`, `progression`, `coverage`… */
  readonly state: MemoryState;
  /** Every fact of the replayed matches, oldest first. */
  readonly facts: readonly Fact[];
}

/**
 * Replays every played match before `beforeDate` (all of them when undefined) through `definitions`.
 *
 * @example recordBookAsOf(store, [careerGoals], '2014-07-08').state.get('wc-men-most-goals-career|c1', 'top', 'list')
 */
export function recordBookAsOf(store: Store, definitions: readonly RecordDefinition[], beforeDate?: string): BookAsOf {
  const state = new MemoryState();
  const book = new RecordBook(definitions, state);
  const facts: Fact[] = [];
  replay(book, readRecordMatches(store.records), { ...(beforeDate ? { stopBeforeDate: beforeDate } : {}), onFacts: (found) => facts.push(...found) });
  return { state, facts };
}
