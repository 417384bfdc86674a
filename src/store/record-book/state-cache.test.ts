// The writer's cache of book state is never staler than the store: another connection's commit,
// a failed transaction of the writer, and an outer transaction rolled back all show through.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../open-store.js';

describe('the book state a writer keeps between updates', () => {
  let dir: string;
  let writer: SqliteStore;
  let other: SqliteStore;
  const tally = (store: SqliteStore): string | undefined => store.records.readState('goals-men-wc|world-cup', 'tally', 'player:Miroslav Klose');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'matchfacts-state-cache-'));
    writer = await openSqliteStore(join(dir, 'store.db'));
    other = await openSqliteStore(join(dir, 'store.db'));
    writer.records.writeState([['goals-men-wc|world-cup', 'tally', 'player:Miroslav Klose', '15']]);
  });

  afterEach(async () => {
    await writer.close();
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads what another connection committed after the value was cached (Klose 15 → 16, Brazil 2014)', () => {
    expect(tally(writer)).toBe('15');
    other.records.writeState([['goals-men-wc|world-cup', 'tally', 'player:Miroslav Klose', '16']]);
    expect(tally(writer)).toBe('16');
    expect(writer.records.transaction(() => tally(writer))).toBe('16');
  });

  it('forgets what a failed transaction of its own wrote', () => {
    expect(tally(writer)).toBe('15');
    expect(() =>
      writer.records.transaction(() => {
        writer.records.writeState([['goals-men-wc|world-cup', 'tally', 'player:Miroslav Klose', '16']]);
        expect(tally(writer)).toBe('16');
        throw new Error('the import failed after the facts');
      }),
    ).toThrow('the import failed');
    expect(tally(writer)).toBe('15');
  });

  it('caches nothing written inside a transaction another caller opened and rolled back', () => {
    expect(tally(writer)).toBe('15');
    const outer = writer.sqlite.transaction(() => {
      writer.records.transaction(() => writer.records.writeState([['goals-men-wc|world-cup', 'tally', 'player:Miroslav Klose', '16']]));
      expect(tally(writer)).toBe('16');
      throw new Error('rolled back by its caller');
    });
    expect(outer).toThrow('rolled back by its caller');
    expect(tally(writer)).toBe('15');
  });

  it('sees a key deleted and a book cleared', () => {
    expect(tally(writer)).toBe('15');
    writer.records.deleteState([['goals-men-wc|world-cup', 'tally', 'player:Miroslav Klose']]);
    expect(tally(writer)).toBeUndefined();
    writer.records.writeState([['goals-men-wc|world-cup', 'tally', 'player:Miroslav Klose', '16']]);
    expect(tally(writer)).toBe('16');
    writer.records.clearBook();
    expect(tally(writer)).toBeUndefined();
  });
});
