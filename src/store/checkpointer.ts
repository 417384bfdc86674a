// Checkpoints off the write path, for long-lived writers (the server's writer thread, a live
// desk's feed). A writer that leaves checkpoints to SQLite pays for one inside the commit that
// crosses the log's limit — tens of milliseconds, every few dozen new matches. Here the store turns
// SQLite's own checkpoints off and a thread with its own connection copies the log into the
// database a few times a second, beside the writes (PASSIVE: it never waits for them, nor they for it).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

// The thread's whole program: small enough to run as given, from the sources as from the build.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const sqlite = new SQLite(workerData.path, { fileMustExist: true });
const checkpoint = () => {
  try { sqlite.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next turn copies it */ }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  sqlite.close();
  parentPort.postMessage('stopped');
});
parentPort.postMessage('ready');
`;

/** The log's length (pages) at which SQLite checkpoints by itself: ~40 MB rather than its default 4 MB. */
export const WAL_AUTOCHECKPOINT_PAGES = 10_000;

/** How often the thread copies the log (ms). */
export const CHECKPOINT_INTERVAL_MS = 200;

export interface Checkpointer {
  /** Copies what is left and stops the thread; SQLite's own checkpoints are back on. */
  stop(): Promise<void>;
}

/** Starts the thread for the store `sqlite` has open at `path`; resolves once it has its connection. */
export async function startCheckpointer(sqlite: SQLite.Database, path: string, intervalMs = CHECKPOINT_INTERVAL_MS): Promise<Checkpointer> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, { eval: true, workerData: { path, intervalMs, driver } });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  sqlite.pragma('wal_autocheckpoint = 0');
  // The thread must not keep a finished process alive: stopping it is the store's close.
  worker.unref();
  return {
    async stop() {
      if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
      const stopped = new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    },
  };
}
