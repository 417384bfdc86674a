// Builds a stale record book off the main thread, so the service answers /health (and every read
// that needs no book) while the book is rebuilt after an import.
import { parentPort, workerData } from 'node:worker_threads';
import { ensureRecordBook } from '../records/book/record-book-store.js';
import { loadDefinitions } from '../records/definitions/load-definitions.js';
import { openStore } from '../store/open-store.js';

const { path, recordFiles } = workerData as { path: string; recordFiles: string[] };
const store = await openStore(path, { mustExist: true });
try {
  ensureRecordBook(
    store,
    loadDefinitions(recordFiles).map((loaded) => loaded.definition),
    { onProgress: (done, total) => parentPort?.postMessage({ done, total }) },
  );
} finally {
  await store.close();
}
