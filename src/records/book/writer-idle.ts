// What a long-lived writer (the server's writer thread, a bench standing in for it) does once it
// has replied and no other write is waiting: work no result should wait for.
import type { Store } from '../../store/open-store.js';
import { pruneRecordUndo } from './record-book-store.js';
import { scavengeWhenHalfFull } from './young-generation.js';

export interface IdleWork {
  /** Whether V8's young generation was scavenged (it was half full). */
  readonly scavenged: boolean;
}

/**
 * Lets go of the undo journal's expired days, then scavenges the young generation when due, also
 * when the prune fails (busy): its error is thrown after the scavenge.
 */
export function writerIdle(store: Store): IdleWork {
  let scavenged = false;
  try {
    pruneRecordUndo(store);
  } finally {
    scavenged = scavengeWhenHalfFull();
  }
  return { scavenged };
}
