// The service's record book: current before any read that needs it. A stale book is rebuilt in a
// worker thread when the service runs from the build, inline otherwise (tests run the sources).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ensureRecordBook, recordBookIsCurrent } from '../records/book/record-book-store.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import type { Store } from '../store/open-store.js';

export type BookProgress = (done: number, total: number) => void;

export async function readyRecordBookOf(store: Store, definitions: readonly RecordDefinition[], recordFiles: readonly string[], onProgress?: BookProgress): Promise<void> {
  if (recordBookIsCurrent(store, definitions)) return;
  const worker = new URL('./book-worker.js', import.meta.url);
  if (store.path === ':memory:' || !existsSync(fileURLToPath(worker))) {
    ensureRecordBook(store, definitions, { onProgress });
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const thread = new Worker(worker, { workerData: { path: store.path, recordFiles: [...recordFiles] } });
    thread.on('message', (m: { done: number; total: number }) => onProgress?.(m.done, m.total));
    thread.once('error', reject);
    thread.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the record book worker stopped with code ${code}`))));
  });
}
