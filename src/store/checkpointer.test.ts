// A long-lived writer's commits never copy the log themselves: the checkpointer thread does.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer, WAL_AUTOCHECKPOINT_PAGES } from './checkpointer.js';
import { openSqliteStore } from './open-store.js';

describe('a store opened with its checkpoints in the background', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('turns SQLite\'s own checkpoints off while the thread copies the log, and on again at close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matchfacts-checkpointer-'));
    dirs.push(dir);
    const path = join(dir, 'store.db');
    const store = await openSqliteStore(path, { checkpointInBackground: true });
    expect(store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const insert = store.sqlite.prepare(`INSERT INTO record_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    for (let i = 0; i < 200; i += 1) insert.run(`key-${i % 20}`, 'x'.repeat(2_000 + i));
    // The thread copies every committed frame within a few of its turns: nothing is left for this connection.
    let left = Number.POSITIVE_INFINITY;
    for (let turn = 0; turn < 50 && left > 0; turn += 1) {
      await new Promise((resume) => setTimeout(resume, 100));
      const [result] = store.sqlite.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[];
      left = (result?.log ?? 0) - (result?.checkpointed ?? 0);
    }
    expect(left).toBe(0);
    await store.close();
    // Closed cleanly: the last connection folded the log into the file and removed it.
    expect(() => statSync(`${path}-wal`)).toThrow();
    const reopened = await openSqliteStore(path);
    expect(reopened.sqlite.prepare(`SELECT count(*) AS n FROM record_meta WHERE key LIKE 'key-%'`).get()).toEqual({ n: 20 });
    // A checkpointer stopped hands the log back to SQLite's own checkpoints.
    const thread = await startCheckpointer(reopened.sqlite, path);
    expect(reopened.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await thread.stop();
    expect(reopened.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
    await reopened.close();
  });
});
