// The writer thread: its own connection to the database, the only one that writes. Imports and
// record-book rebuilds take seconds on a large store; here they do not hold up the service's reads.
import { parentPort, workerData } from 'node:worker_threads';
import { ensureRecordBook } from '../records/book/record-book-store.js';
import { writerIdle } from '../records/book/writer-idle.js';
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
 * How long the writer waits, idle, before it lets go of the undo journal's expired days and
 * scavenges its young generation when due: work no result should wait for, and results come
 * seconds or minutes apart.
 */
const IDLE_AFTER_MS = 200;
let running = 0;
let idle: NodeJS.Timeout | undefined;

function workWhenIdle(): void {
  clearTimeout(idle);
  // Each new job clears the timer: it fires only when no job has come for the whole wait.
  idle = setTimeout(() => {
    try {
      writerIdle(store);
    } catch {
      // Busy or failed: the rows left are never read, and the next write schedules the prune again.
    }
  }, IDLE_AFTER_MS);
  idle.unref();
}

port.on('message', (request: WriterRequest) => {
  running += 1;
  clearTimeout(idle);
  void handle(request)
    .then((reply) => port.postMessage(reply))
    .finally(() => {
      running -= 1;
      if (running === 0) workWhenIdle();
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
