// Where writes run: in the writer thread when the service runs from the build (an import or a
// record-book rebuild then never stalls the service's reads and events), inline otherwise.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ensureRecordBook, recordBookIsCurrent } from '../records/book/record-book-store.js';
import { REBUILD_YOUNG_GENERATION_MB } from '../records/book/young-generation.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import { isPostgresUrl, openStore, StoreBusyError, type Store } from '../store/open-store.js';
import { holdingPostgresWriteLock, type PostgresWriteLockOptions } from '../store/postgres/open-postgres.js';
import { applyDocument, deserialiseError, type AppliedDocument } from './apply-document.js';
import type { WriterJob, WriterReply, WriterRequest } from './writer-thread.js';

export type BookProgress = (done: number, total: number) => void;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  progress?: BookProgress;
}

/**
 * How a write inline on PostgreSQL waits for another process's write: polled, so the service
 * goes on answering reads, as long as imports wait ($MATCHFACTS_LOCK_TIMEOUT, 300 s).
 */
function writeLockWait(): PostgresWriteLockOptions {
  const seconds = Number(process.env.MATCHFACTS_LOCK_TIMEOUT ?? 300);
  return {
    timeoutMs: seconds * 1000,
    busy: () =>
      new StoreBusyError(
        `the PostgreSQL store is busy: another matchfacts process has been writing to it for over ${seconds} s; nothing was written — try again when it has finished (or set MATCHFACTS_LOCK_TIMEOUT to wait longer)`,
      ),
  };
}

export class Writer {
  private thread?: Promise<Worker>;
  /** On PostgreSQL, writes go through a connection of their own, so reads never see a write half done. */
  private readonly own?: Promise<Store>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly store: Store,
    private readonly definitions: readonly RecordDefinition[],
    private readonly recordFiles: readonly string[],
  ) {
    const script = new URL('./writer-thread.js', import.meta.url);
    // Tests run the TypeScript sources, where there is no compiled thread script: they write inline.
    // PostgreSQL writes inline too: its client library loads in one thread only, and the database
    // server, not this process, does the heavy part.
    if (isPostgresUrl(store.path)) this.own = openStore(store.path, { mustExist: true });
    else if (store.path !== ':memory:' && existsSync(fileURLToPath(script))) this.thread = this.start(script);
  }

  /** Rebuilds the record book if the data or the definitions changed since it was built. */
  async readyBook(onProgress?: BookProgress): Promise<void> {
    if (recordBookIsCurrent(this.store, this.definitions)) return;
    if (!this.thread) {
      const store = (await this.own) ?? this.store;
      await holdingPostgresWriteLock(store, async () => void ensureRecordBook(store, this.definitions, { onProgress }), writeLockWait());
      return;
    }
    await this.call({ job: 'book' }, onProgress);
  }

  async apply(text: string, label: string): Promise<AppliedDocument> {
    if (!this.thread) {
      const store = (await this.own) ?? this.store;
      return holdingPostgresWriteLock(store, () => applyDocument(store, this.definitions, text, label), writeLockWait());
    }
    return (await this.call({ job: 'document', text, label })) as AppliedDocument;
  }

  async close(): Promise<void> {
    const thread = await this.thread?.catch(() => undefined);
    await thread?.terminate();
    await (await this.own?.catch(() => undefined))?.close();
  }

  private start(script: URL): Promise<Worker> {
    return new Promise((resolve, reject) => {
      // The thread rebuilds the record book when a document changes its definitions: it starts with
      // the young generation the rebuild wants (see young-generation.ts).
      const worker = new Worker(script, {
        workerData: { path: this.store.path, recordFiles: [...this.recordFiles] },
        resourceLimits: { maxYoungGenerationSizeMb: REBUILD_YOUNG_GENERATION_MB },
      });
      worker.unref();
      worker.on('message', (reply: WriterReply) => {
        if (reply.id === 0) {
          resolve(worker);
          return;
        }
        const waiting = this.pending.get(reply.id);
        if (!waiting) return;
        if ('progress' in reply) {
          waiting.progress?.(...reply.progress);
          return;
        }
        this.pending.delete(reply.id);
        if (reply.ok) waiting.resolve(reply.value);
        else waiting.reject(deserialiseError(reply.error));
      });
      const fail = (error: Error): void => {
        reject(error);
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the writer thread stopped (exit code ${code})`)));
    });
  }

  private async call(request: WriterJob, progress?: BookProgress): Promise<unknown> {
    const worker = await this.thread!;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      worker.postMessage({ ...request, id } satisfies WriterRequest);
    });
  }
}
