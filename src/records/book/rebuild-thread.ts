// The second thread of a rebuild split by competition (started by `rebuild-threads.ts`): it builds
// its competitions' books into a scratch file, which the first thread copies into the store.
import type { MessagePort } from 'node:worker_threads';
import { openPartStorage } from '../../store/record-book/part-storage.js';
import type { DayMode } from '../engine/instants.js';
import { rebuildPart } from './record-book-store.js';
import { PROGRESS, type OtherPartJob, type OtherPartReply } from './rebuild-threads.js';

interface ThreadData extends Omit<OtherPartJob, 'dayModes'> {
  readonly dayModes: readonly (readonly [string, DayMode])[];
  readonly shared: Int32Array;
  readonly port: MessagePort;
}

/** Runs the part; the boot code says it is done, whatever happens. */
export function run(data: ThreadData): void {
  let reply: OtherPartReply;
  try {
    const part = openPartStorage(data.storePath, data.scratchPath);
    try {
      const built = part.storage.transaction(() =>
        rebuildPart(part.storage, data.definitions, {
          competitionIds: data.competitionIds,
          dayModes: new Map(data.dayModes),
          undoFrom: data.undoFrom,
          spillAfterKeys: data.spillAfterKeys,
          onProgress: (done) => Atomics.store(data.shared, PROGRESS, done),
        }),
      );
      reply = { ok: true, ...built };
    } finally {
      // Closed before the first thread reads the scratch file.
      part.close();
    }
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  data.port.postMessage(reply);
}
