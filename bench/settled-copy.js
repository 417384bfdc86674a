// A copy of a history to work on, written out to disk before anything is timed: a 3 GB copy left in
// the page cache is written back over the next tens of seconds, and the benchmark's own writes
// would queue behind it (session 11 measured bench:story's p99 doubled by it).
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync } from 'node:fs';

/** Copies `from` (and its -wal and -shm, when there) to `to`, and waits until the copies are on disk. */
export function settledCopy(from, to) {
  for (const suffix of ['', '-wal', '-shm']) {
    if (suffix !== '' && !existsSync(from + suffix)) continue;
    copyFileSync(from + suffix, to + suffix);
    const fd = openSync(to + suffix, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}
