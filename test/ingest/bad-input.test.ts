// Bad input gets a clear error naming file:line:column, and the database is left byte for byte as it was.
import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore } from '../../src/store/open-store.js';
import { ParseError, ValidationError } from '../../src/domain/errors.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

async function seededDb(dir: string): Promise<string> {
  const db = join(dir, 'x.db');
  const store = await openStore(db);
  await importPath(store, [sharedPath('football-txt', 'champions-league', '2011-12')]);
  await store.close();
  return db;
}

describe('a failed import changes nothing', () => {
  it('1930 France 4-1 Mexico with a broken score: cup.txt:27:column, database unchanged', async () => {
    const dir = tempDir();
    const db = await seededDb(dir);
    const broken = join(dir, 'cup.txt');
    const lines = readFileSync(sharedPath('football-txt', 'worldcup', '1930--uruguay', 'cup.txt'), 'utf8').split('\n');
    lines[26] = lines[26]!.replace('4-1 (3-0)', '4~1 (3-0)');
    writeFileSync(broken, lines.join('\n'));
    const before = fileHash(db);
    const store = await openStore(db);
    const error = await importPath(store, [broken]).catch((e: unknown) => e);
    await store.close();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/cup\.txt:27:\d+/);
    expect(fileHash(db)).toBe(before);
  });

  it('a JSON match without its date: error names the place and the field, database unchanged', async () => {
    const dir = tempDir();
    const db = await seededDb(dir);
    const json = join(dir, 'match.json');
    writeFileSync(
      json,
      JSON.stringify(
        { kind: 'match', competition: 'UEFA Champions League', season: '2019/20', home: 'Valencia CF', away: 'Atalanta', score: { fullTime: [3, 4] } },
        null,
        2,
      ),
    );
    const before = fileHash(db);
    const store = await openStore(db);
    const error = await importPath(store, [json]).catch((e: unknown) => e);
    await store.close();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/match\.json:\d+:\d+/);
    expect((error as ValidationError).message).toMatch(/date/);
    expect(fileHash(db)).toBe(before);
  });

  it('a file in no known format is refused before anything is read', async () => {
    const dir = tempDir();
    const db = await seededDb(dir);
    const stray = join(dir, 'notes.md');
    copyFileSync(sharedPath('README.md'), stray);
    const store = await openStore(db);
    await expect(importPath(store, [stray])).rejects.toThrow(/not a format matchfacts reads/);
    await store.close();
  });
});
