// The writer thread: its own connection to the database, the only one that writes. Imports and
// record-book rebuilds take seconds on a large store; here they do not hold up the service's reads.
import { parentPort, workerData } from 'node:worker_threads';
import { ensureRecordBook, pruneRecordUndo } from '../records/book/record-book-store.js';
import { loadDefinitions } from '../records/definitions/load-definitions.js';
import { openStore } from '../store/open-store.js';
import { applyDocument, serialiseError } from './apply-document.js';

export type WriterJob = { readonly job: 'book' } | { readonly job: 'document'; readonly text: string; readonly label: string };
export type WriterRequest = WriterJob & { readonly id: number };
export type WriterReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: ReturnType<typeof serialiseError> }
  | { readonly id: number; readonly progress: [number, number] };

const { path, recordFiles } = workerData as { path: string; recordFiles: string[] };
const store = await openStore(path, { mustExist: true, checkpointInBackground: true });
const definitions = loadDefinitions(recordFiles).map((loaded) => loaded.definition);
const port = parentPort!;

/**
 * How long the writer waits, idle, before it lets go of the undo journal's expired days: the
 * delete is work no result should wait for, and results come seconds or minutes apart.
 */
const PRUNE_WHEN_IDLE_MS = 200;
let running = 0;
let prune: NodeJS.Timeout | undefined;

function pruneWhenIdle(): void {
  clearTimeout(prune);
  // Each new job clears the timer: it fires only when no job has come for the whole wait.
  prune = setTimeout(() => {
    try {
      pruneRecordUndo(store);
    } catch {
      // Busy or failed: the rows left are never read, and the next write schedules the prune again.
    }
  }, PRUNE_WHEN_IDLE_MS);
  prune.unref();
}

port.on('message', (request: WriterRequest) => {
  running += 1;
  clearTimeout(prune);
  void handle(request)
    .then((reply) => port.postMessage(reply))
    .finally(() => {
      running -= 1;
      if (running === 0) pruneWhenIdle();
    });
});
port.postMessage({ id: 0, ok: true, value: 'ready' } satisfies WriterReply);

async function handle(request: WriterRequest): Promise<WriterReply> {
  try {
    if (request.job === 'book') {
      ensureRecordBook(store, definitions, { onProgress: (done, total) => port.postMessage({ id: request.id, progress: [done, total] } satisfies WriterReply) });
      return { id: request.id, ok: true, value: null };
    }
    return { id: request.id, ok: true, value: await applyDocument(store, definitions, request.text, request.label, 'later') };
  } catch (error) {
    return { id: request.id, ok: false, error: serialiseError(error) };
  }
}
