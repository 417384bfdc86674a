// What a long-lived writer (the server's writer thread, a bench standing in for it) does once it
// has replied and no other write is waiting: work no result should wait for.
import type { Store } from '../../store/open-store.js';
import { pruneRecordUndo } from './record-book-store.js';
import { scavengeWhenHalfFull } from './young-generation.js';

export interface IdleWork {
  /** Whether the undo journal's expired days were let go (false: the store was busy or the delete failed). */
  readonly pruned: boolean;
  /** Whether V8's young generation was scavenged (it was half full). */
  readonly scavenged: boolean;
}

/**
 * Lets go of the undo journal's expired days, then scavenges the young generation when due. A
 * prune that fails leaves rows that are never read, and the next idle turn prunes them.
 */
export function writerIdle(store: Store): IdleWork {
  let pruned = true;
  try {
    pruneRecordUndo(store);
  } catch {
    pruned = false;
  }
  return { pruned, scavenged: scavengeWhenHalfFull() };
}
