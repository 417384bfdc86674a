import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors.js';
import { worldcupDbAdapter } from './adapter.js';
import { FILES } from './codes.js';

const FOLDER = resolve(process.cwd(), '../shared/data/worldcup-db');
const temps: string[] = [];

/** A temporary copy of the database: links to the shared files, with one file rewritten. */
async function copyWith(subfolder: string, file?: string, edit?: (text: string) => string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'worldcup-db-'));
  temps.push(root);
  const folder = join(root, subfolder);
  await mkdir(folder, { recursive: true });
  for (const name of FILES) {
    if (name === file && edit !== undefined) {
      await writeFile(join(folder, name), edit(await readFile(join(FOLDER, name), 'utf8')));
    } else {
      await symlink(join(FOLDER, name), join(folder, name));
    }
  }
  return root;
}

function replaceLine(text: string, line: number, edit: (original: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = edit(lines[line - 1] ?? '');
  return lines.join('\n');
}

async function readError(path: string): Promise<ValidationError> {
  const error: unknown = await worldcupDbAdapter.read(path).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(error)}`);
  return error;
}

afterEach(async () => {
  await Promise.all(temps.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('worldcup-db: layouts and bad input', () => {
  it('detects the shared folder and the repository layout with data-csv/, not other folders', async () => {
    expect(await worldcupDbAdapter.detect(FOLDER)).toBe(true);
    expect(await worldcupDbAdapter.detect(await copyWith('data-csv'))).toBe(true);
    expect(await worldcupDbAdapter.detect(resolve(process.cwd(), '../shared/data/international-results'))).toBe(false);
    expect(await worldcupDbAdapter.detect(join(FOLDER, 'matches.csv'))).toBe(false);
  });

  it('reads the repository layout (data-csv/) completely', async () => {
    const batch = await worldcupDbAdapter.read(await copyWith('data-csv'));
    expect(batch.matches).toHaveLength(1248);
  });

  it('an unknown match_period code names goals.csv:2, the field and the code', async () => {
    const folder = await copyWith('', 'goals.csv', (text) =>
      replaceLine(text, 2, (row) => row.replace(',first half,', ',first halftime,')),
    );
    const error = await readError(folder);
    expect(error.message).toMatch(/goals\.csv:2:\d+: worldcup-db: unknown match_period code 'first halftime'/);
    expect(error.field).toBe('match_period');
    expect(error.location.line).toBe(2);
  });

  it('a row with a field missing names matches.csv and its line', async () => {
    const folder = await copyWith('', 'matches.csv', (text) => replaceLine(text, 5, (row) => row.replace(/,[^,]*$/, '')));
    const error = await readError(folder);
    expect(error.message).toMatch(/matches\.csv:5: worldcup-db: expected 37 fields, found 36/);
  });

  it('a goal by a player players.csv does not know is an error, not a silent drop', async () => {
    const folder = await copyWith('', 'goals.csv', (text) => replaceLine(text, 3, (row) => row.replace('P-99087', 'P-00000')));
    const error = await readError(folder);
    expect(error.message).toMatch(/goals\.csv:3:\d+: worldcup-db: unknown player_id 'P-00000'/);
  });
});
