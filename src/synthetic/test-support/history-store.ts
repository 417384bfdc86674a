// Test support: a folder of a test file's own, removed when its tests are done, and a SQLite store
// in it holding a generated history.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ingestBatches } from '../../ingest/ingest.js';
import { openSqliteStore, type SqliteStore } from '../../store/open-store.js';
import { generateHistory, type HistoryOptions } from '../generate-history.js';

/** A new temporary folder (`matchfacts-<name>-…`), removed after the test file's tests. */
export function testFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `matchfacts-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A SQLite store at `path` with the generated history imported; the caller closes it. */
export async function storeWithHistory(path: string, options: HistoryOptions): Promise<SqliteStore> {
  const store = await openSqliteStore(path);
  try {
    await ingestBatches(store, generateHistory(options));
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
