import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParseError, ValidationError } from '../../domain/errors.js';
import { readCsv, readCsvFiles } from './csv.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'csv-'));
  await writeFile(join(folder, 'plain.csv'), 'id,name\n1,Pelé\n2,Garrincha\n');
  await writeFile(join(folder, 'multiline.csv'), 'id,name\n1,a\n2,"two\nlines"\n3,c');
  await writeFile(join(folder, 'unclosed.csv'), 'id,name\n1,a\n2,"never closed\n3,c\n');
  await writeFile(join(folder, 'blank.csv'), 'id,name\n1,a\n\n3,c\n');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('readCsv: rows keep their 1-based line, the header being line 1', () => {
  it('one row per line', async () => {
    const table = await readCsv('worldcup-db', join(folder, 'plain.csv'));
    expect(table.rows.map((row) => [row.line, row.text('name')])).toEqual([
      [2, 'Pelé'],
      [3, 'Garrincha'],
    ]);
    expect(table.input).toMatchObject({ rows: 2, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('a quoted field spanning two lines does not shift the lines after it', async () => {
    const table = await readCsv('worldcup-db', join(folder, 'multiline.csv'));
    expect(table.rows.map((row) => row.line)).toEqual([2, 3, 5]);
  });

  it('an unclosed quote is a ParseError naming the file', async () => {
    await expect(readCsv('worldcup-db', join(folder, 'unclosed.csv'))).rejects.toBeInstanceOf(ParseError);
  });

  it('a blank line in the middle is a ValidationError at its line', async () => {
    await expect(readCsv('worldcup-db', join(folder, 'blank.csv'))).rejects.toThrow(
      /blank\.csv:3: worldcup-db: expected 2 fields, found 1/,
    );
  });

  it('a column the file lacks is a ValidationError naming the field', async () => {
    const [row] = (await readCsv('worldcup-db', join(folder, 'plain.csv'))).rows;
    expect(() => row?.text('birth_date')).toThrow(ValidationError);
  });

  it('reports progress once per file', async () => {
    const events: number[] = [];
    await readCsvFiles('worldcup-db', folder, ['plain.csv', 'multiline.csv'], (event) => events.push(event.done));
    expect(events.sort()).toEqual([1, 2]);
  });
});
