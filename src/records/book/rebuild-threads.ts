// The second thread of a rebuild split by competition (see `rebuild-split.ts`), seen from the
// first: started with its share, then waited for without leaving the rebuild's transaction. The
// rebuild is synchronous (so is the store), so the wait is too: the other thread says how far it
// has come and that it is done through shared memory, and its answer is taken off its port.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { RecordDefinition } from '../definitions/schema.js';
import type { DayMode } from '../engine/instants.js';
import { REBUILD_YOUNG_GENERATION_MB } from './young-generation.js';

/** Counted matches from which a rebuild is split: below it, starting a thread costs about what it saves. */
export const SPLIT_FROM_MATCHES = 20_000;

/** How long the other thread may show no progress before it is taken for lost (a day's matches take milliseconds). */
const STALL_MS = 300_000;

/** What the other thread is given: plain data, copied to it. */
export interface OtherPartJob {
  readonly storePath: string;
  readonly scratchPath: string;
  readonly definitions: readonly RecordDefinition[];
  readonly competitionIds: readonly number[];
  readonly dayModes: ReadonlyMap<string, DayMode>;
  readonly undoFrom: string;
  readonly spillAfterKeys: number;
}

/** What it answers on its port. */
export type OtherPartReply = { readonly ok: true; readonly matches: number; readonly facts: number } | { readonly ok: false; readonly message: string };

/** Shared memory: the other thread's state (running, done) and the matches it has taken in. */
export const STATE = 0;
export const PROGRESS = 1;
export const RUNNING = 0;
export const DONE = 1;

const SCRIPT = new URL('./rebuild-thread.js', import.meta.url);

/**
 * The thread's first steps, as given: its program is loaded inside them, so that a program that
 * cannot load still answers (with its error) and says it is done, rather than leave the first
 * thread waiting.
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
const done = () => { Atomics.store(workerData.shared, ${STATE}, ${DONE}); Atomics.notify(workerData.shared, ${STATE}); };
import(workerData.script).then((thread) => thread.run(workerData)).catch((error) => {
  workerData.port.postMessage({ ok: false, message: error && error.message ? error.message : String(error) });
}).finally(done);
`;

/**
 * Whether a rebuild may start the other thread: its program is compiled with the rest (`npm run
 * build`; the tests run the TypeScript sources, where it is not), and it is not turned off
 * (`MATCHFACTS_REBUILD_THREADS=1`: one thread, as a fallback and for measuring one against two).
 */
export function otherPartCanRun(): boolean {
  if (process.env.MATCHFACTS_REBUILD_THREADS === '1') return false;
  return SCRIPT.protocol === 'file:' && existsSync(fileURLToPath(SCRIPT));
}

export interface OtherPart {
  /** Matches it has taken in so far. */
  progress(): number;
  /** Waits for it to finish (reporting its progress now and then) and returns what it built; throws what it threw. */
  wait(onProgress: (done: number) => void): { matches: number; facts: number };
  /** Stops it (this thread failed: the transaction is rolled back, and its part is not wanted). */
  abandon(): void;
}

export function startOtherPart(job: OtherPartJob): OtherPart {
  const shared = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: { ...job, dayModes: [...job.dayModes], shared, port: port2, script: SCRIPT.href },
    transferList: [port2],
    // As the rebuild's first thread: its rows and tallies die young (see young-generation.ts).
    resourceLimits: { maxYoungGenerationSizeMb: REBUILD_YOUNG_GENERATION_MB },
  });
  worker.unref();
  // Errors come as a reply; an error event (the thread could not start at all) must not crash the process.
  let startError: Error | undefined;
  worker.on('error', (error) => (startError = error));
  const stop = (): void => {
    void worker.terminate().catch(() => undefined);
    port1.close();
  };
  return {
    progress: () => Atomics.load(shared, PROGRESS),
    wait(onProgress) {
      let seen = -1;
      let since = performance.now();
      while (Atomics.load(shared, STATE) === RUNNING) {
        Atomics.wait(shared, STATE, RUNNING, 1000);
        const done = Atomics.load(shared, PROGRESS);
        if (done !== seen) {
          seen = done;
          since = performance.now();
          onProgress(done);
        } else if (performance.now() - since > STALL_MS) {
          stop();
          throw new Error(`the rebuild's second thread stopped answering${startError ? ` (${startError.message})` : ''}: rebuild again, or set MATCHFACTS_REBUILD_THREADS=1 to rebuild in one thread`);
        }
      }
      const reply = receiveMessageOnPort(port1)?.message as OtherPartReply | undefined;
      stop();
      if (!reply) throw new Error(`the rebuild's second thread ended without an answer${startError ? ` (${startError.message})` : ''}: rebuild again, or set MATCHFACTS_REBUILD_THREADS=1 to rebuild in one thread`);
      if (!reply.ok) throw new Error(`the rebuild's second thread failed: ${reply.message}`);
      return { matches: reply.matches, facts: reply.facts };
    },
    abandon: stop,
  };
}
