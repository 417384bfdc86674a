import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../domain/errors.js';
import { footballTxtAdapter, sourceKeyOf } from './adapter.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/football-txt/', import.meta.url));
const QATAR = join(DATA, 'worldcup', '2022--qatar');

describe('footballTxtAdapter', () => {
  it('detects a Football.TXT file and folders holding one, nothing else', async () => {
    expect(await footballTxtAdapter.detect(join(QATAR, 'cup.txt'))).toBe(true);
    expect(await footballTxtAdapter.detect(DATA)).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), 'ftxt-'));
    await writeFile(join(dir, 'notes.txt'), '# just a note\nhello\n');
    expect(await footballTxtAdapter.detect(join(dir, 'notes.txt'))).toBe(false);
    expect(await footballTxtAdapter.detect(dir)).toBe(false);
    expect(await footballTxtAdapter.detect(join(dir, 'missing.txt'))).toBe(false);
  });

  it('reads World Cup 2022: cup.txt before cup_finals.txt, stable keys, stage order across files', async () => {
    const progress: string[] = [];
    const batch = await footballTxtAdapter.read(QATAR, (e) => progress.push(`${e.done}/${e.total}`));
    expect(batch.format).toBe('football-txt');
    expect(batch.inputs.map((i) => i.file.slice(QATAR.length + 1))).toEqual(['cup.txt', 'cup_finals.txt']);
    expect(batch.inputs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(batch.inputs[0]?.rows).toBeGreaterThan(100);
    expect(progress).toEqual(['1/2', '2/2']);
    expect(batch.matches).toHaveLength(64);
    expect(batch.matches[0]).toMatchObject({ sourceKey: '2022--qatar/cup.txt#32', line: 32, match: { home: { name: 'Qatar' } } });
    const final = batch.matches.at(-1);
    expect(final?.sourceKey).toBe('2022--qatar/cup_finals.txt#68');
    expect(final?.match.stage).toEqual({ name: 'Final', kind: 'final', order: 6 });
  });

  it('source keys do not depend on where the folder lives', () => {
    expect(sourceKeyOf('/a/b/worldcup/2022--qatar/cup.txt', 31)).toBe('2022--qatar/cup.txt#31');
    expect(sourceKeyOf('C:\\data\\2022--qatar\\cup.txt', 31)).toBe('2022--qatar/cup.txt#31');
  });

  it('a file it cannot read is a ParseError naming file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ftxt-'));
    const file = join(dir, 'bad.txt');
    await writeFile(file, '= World Cup 2022\n▪ Final\nSun Dec 18\n  Argentina  3~3  France\n');
    await expect(footballTxtAdapter.read(file)).rejects.toThrow(ParseError);
    await expect(footballTxtAdapter.read(file)).rejects.toMatchObject({ location: { file, line: 4 } });
  });
});
