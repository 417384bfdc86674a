// A full rebuild split between two threads by competition writes the book one thread writes, byte
// for byte: facts, state and undo journal. The second thread runs the compiled program (`npm test`
// builds it first), so this test drives the compiled rebuild, as the `matchfacts` command does.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SqliteStore } from '../../src/store/open-store.js';
import { storeWithHistory, testFolder } from '../../src/synthetic/test-support/history-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import type { RebuildOptions, RebuildResult } from '../../src/records/book/record-book-store.js';
import type { RecordDefinition } from '../../src/records/definitions/schema.js';
import { bookRows } from '../../src/records/book/test-support/compare-books.js';

const COMPILED = resolve('dist', 'records', 'book', 'record-book-store.js');
const COMPILED_STORE = resolve('dist', 'store', 'open-store.js');

interface Compiled {
  rebuildRecordBook(store: unknown, definitions: readonly RecordDefinition[], options?: RebuildOptions): RebuildResult;
}

const dir = testFolder('two-threads');

describe('a rebuild in two threads', () => {
  it('writes the book one thread writes, days without kick-offs in one competition included', async () => {
    expect(existsSync(COMPILED), `${COMPILED} is missing: run \`npm run build\` (npm test does) before this test`).toBe(true);
    const path = join(dir, 'history.db');
    const writer = await storeWithHistory(path, { seed: 23, matches: 4_000, batchSize: 1_000 });
    // Some matches lose their kick-off: their day is then one instant for every book, in either
    // thread, though the other thread holds none of that competition's matches (issue 11's split).
    const untimed = writer.sqlite.prepare('UPDATE match SET time = NULL WHERE id % 13 = 0').run().changes;
    expect(untimed).toBeGreaterThan(100);
    await writer.close();

    // A scratch file a killed rebuild left behind (its process is gone: pid 2^22 + 1 is above Linux's limit) is removed by the next.
    const abandoned = `${path}.rebuild-part-4194305-deadbeef`;
    writeFileSync(abandoned, 'left by a rebuild that was killed');

    const compiled = (await import(pathToFileURL(COMPILED).href)) as Compiled;
    const { openStore } = (await import(pathToFileURL(COMPILED_STORE).href)) as { openStore(path: string): Promise<SqliteStore> };
    const definitions = loadBuiltInCatalogue().map((loaded) => loaded.definition);
    const store = await openStore(path);
    try {
      const one = compiled.rebuildRecordBook(store, definitions, { splitFrom: Number.POSITIVE_INFINITY });
      const single = bookRows(store);
      const two = compiled.rebuildRecordBook(store, definitions, { splitFrom: 0 });
      const split = bookRows(store);

      expect(one.threads).toBe(1);
      expect(two.threads).toBe(2);
      expect(one.facts).toBeGreaterThan(100);
      expect(one.stateEntries).toBeGreaterThan(1_000);
      expect(single.undo.length).toBeGreaterThan(0);
      expect({ ...two, threads: 1 }).toEqual(one);
      expect(split.facts).toEqual(single.facts);
      expect(split.state).toEqual(single.state);
      expect(split.undo).toEqual(single.undo);
      // The scratch files are gone (the second thread's, and the one left behind), and nothing is left attached.
      expect(readdirSync(dir).filter((name) => name.includes('.rebuild-part'))).toEqual([]);
      expect((store.sqlite.prepare('PRAGMA database_list').all() as { name: string }[]).map((d) => d.name)).toEqual(['main']);
    } finally {
      await store.close();
    }
  });
});
