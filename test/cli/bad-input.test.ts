// Bad input, clean answers: each refusal as a new user meets it on the command line — what went
// wrong and what to do, never a stack trace — and the database left byte for byte as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { sharedPath, tempDir } from '../support/shared-data.js';

const BIN = resolve(process.cwd(), 'dist', 'cli', 'main.js');
const dir = tempDir();
const db = join(dir, 'store.db');

/** Runs the command in a child process without blocking the test worker (imports take seconds). */
function matchfacts(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

function hashOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Runs a command that must be refused: returns its stderr, having checked the store did not change. */
async function refused(args: string[], env: Record<string, string> = {}): Promise<string> {
  const before = hashOf(db);
  const out = await matchfacts(args, env);
  expect(out.status, out.stdout).toBe(1);
  expect(out.stderr).toMatch(/^matchfacts: |^error: /m);
  expect(out.stderr).not.toMatch(/\n\s+at /);
  expect(hashOf(db)).toBe(before);
  return out.stderr;
}

/** A copy of the international results with one line of results.csv replaced. */
function resultsWith(line: number, replace: (text: string) => string): string {
  const folder = join(tempDir(), 'international-results');
  cpSync(sharedPath('international-results'), folder, { recursive: true });
  const file = join(folder, 'results.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[line - 1] = replace(lines[line - 1]!);
  writeFileSync(file, lines.join('\n'));
  return folder;
}

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error('build first: npm run build (npm test does)');
  const seeded = await matchfacts(['import', sharedPath('football-txt', 'champions-league', '2011-12'), '--quiet', '--db', db]);
  expect(seeded.status, seeded.stderr).toBe(0);
});

describe('impossible dates are refused everywhere', () => {
  it('results.csv with Scotland v England on 1872-02-30: file:line:column, why, and nothing stored', async () => {
    const folder = resultsWith(2, (text) => text.replace(/^1872-11-30,/, '1872-02-30,'));
    const message = await refused(['import', folder, '--db', db]);
    expect(message).toContain('results.csv:2:1: date');
    expect(message).toContain("'1872-02-30' is not a day of the calendar (February 1872 has 29 days)");
  });

  it('match --date 2022-02-30 says February 2022 has 28 days', async () => {
    const message = await refused(['match', '--date', '2022-02-30', '--team', 'France', '--db', db]);
    expect(message).toContain('"2022-02-30" is not a day of the calendar (February 2022 has 28 days)');
  });
});

describe('CSV errors name the column', () => {
  it("a home score of 'two' in results.csv points at line 2, column 29, the home_score field", async () => {
    const folder = resultsWith(2, (text) => text.replace('Scotland,England,0,0,', 'Scotland,England,two,0,'));
    const message = await refused(['import', folder, '--db', db]);
    expect(message).toMatch(/results\.csv:2:29: .*home_score/);
  });
});

describe('folders with files missing', () => {
  it('international results without shootouts.csv: imported, no crash', async () => {
    const folder = join(tempDir(), 'international-results');
    cpSync(sharedPath('international-results'), folder, { recursive: true });
    rmSync(join(folder, 'shootouts.csv'));
    const other = join(dir, 'no-shootouts.db');
    const out = await matchfacts(['import', folder, '--quiet', '--db', other]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('international-results: 3 files');
  });

  it('a World Cup database folder without goals.csv: says which file is missing, stores nothing', async () => {
    const folder = join(tempDir(), 'worldcup-db');
    cpSync(sharedPath('worldcup-db'), folder, { recursive: true });
    rmSync(join(folder, 'goals.csv'));
    const message = await refused(['import', folder, '--db', db]);
    expect(message).toContain('goals.csv missing');
    expect(message).toContain('copy the whole folder again');
  });
});

describe('--db that cannot be a store', () => {
  it('a text file given as --db is refused and left as it was', async () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'not a database\n');
    const out = await matchfacts(['import', sharedPath('football-txt', 'worldcup', '2022--qatar'), '--db', notes]);
    expect(out.status).toBe(1);
    expect(out.stderr).toBe(`matchfacts: ${notes} is not a matchfacts database (not an SQLite file): pass another --db, or a new file name to start one\n`);
    expect(readFileSync(notes, 'utf8')).toBe('not a database\n');
  });

  it('a --db in a folder that does not exist is refused without creating it', async () => {
    const missing = join(dir, 'no-such-folder', 'x.db');
    const out = await matchfacts(['import', sharedPath('football-txt', 'worldcup', '2022--qatar'), '--db', missing]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('the folder');
    expect(out.stderr).toContain('does not exist; create it or pass another --db');
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });
});

describe('empty names', () => {
  it('--team "" is refused instead of matching every team', async () => {
    const message = await refused(['matches', '--team', '', '--db', db]);
    expect(message).toContain('--team needs a value, not an empty string');
  });
});

describe('a second import while one is writing', () => {
  const importing = [sharedPath('football-txt', 'worldcup', '2022--qatar'), '--quiet', '--db', db];

  it('waits with a message, then says clearly that the store is busy; nothing is written', async () => {
    const holder = new SQLite(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const message = await refused(['import', ...importing], { MATCHFACTS_LOCK_TIMEOUT: '1' });
      expect(message).toContain('is being written by another matchfacts import: waiting for it to finish');
      expect(message).toContain('is busy: another matchfacts process has been writing to it');
      expect(message).toContain('run the import again when it has finished');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('goes on once the other import has finished', async () => {
    const holder = new SQLite(db);
    holder.exec('BEGIN IMMEDIATE');
    const child = spawn(process.execPath, [BIN, 'import', ...importing], { env: { ...process.env, MATCHFACTS_LOCK_TIMEOUT: '600' } });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const waiting = new Promise<void>((done) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('waiting for it to finish')) done();
      }),
    );
    const exited = new Promise<number | null>((done) => child.on('close', done));
    await waiting;
    holder.exec('ROLLBACK');
    holder.close();
    expect(await exited, stderr).toBe(0);
    expect(stdout).toContain('import complete');
  });
});
