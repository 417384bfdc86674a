// The record book as commands use it: the built-in catalogue plus `--records FILE`, rebuilt with a
// progress bar when the data or the definitions changed since it was built.
import { loadDefinitions } from '../records/definitions/load-definitions.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import { ensureRecordBook } from '../records/book/record-book-store.js';
import type { Store } from '../store/open-store.js';
import { createProgress } from './progress.js';

export function definitionsFrom(files: readonly string[] | undefined): RecordDefinition[] {
  return loadDefinitions(files ?? []).map((loaded) => loaded.definition);
}

/** Makes sure the stored book matches the data and definitions, rebuilding it (with progress) if not. */
export function readyRecordBook(store: Store, definitions: readonly RecordDefinition[], options: { quiet?: boolean } = {}): void {
  const progress = createProgress({ quiet: options.quiet });
  let started = false;
  ensureRecordBook(store, definitions, {
    onProgress(done, total) {
      if (!started) {
        started = true;
        progress.start('building record book', total);
      }
      progress.update(done, total);
    },
  });
  progress.stop();
}

export function collectFiles(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
