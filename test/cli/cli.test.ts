// The matchfacts command as a user runs it: the built bin entry, a real SQLite file, real data.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedPath, tempDir } from '../support/shared-data.js';

const BIN = resolve(process.cwd(), 'dist', 'cli', 'main.js');
const dir = tempDir();
const db = join(dir, 'cli.db');

function matchfacts(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, MATCHFACTS_DB: db } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error('build first: npm run build (npm test does)');
  const imported = matchfacts('import', sharedPath('worldcup-db'), sharedPath('football-txt', 'worldcup', '2022--qatar'), '--quiet');
  expect(imported.status, imported.stderr).toBe(0);
});

describe('matchfacts CLI', () => {
  it('match --date 2022-12-18 --team France: Argentina 3-3 France a.e.t., 4-2 pen., scorers in order', () => {
    const out = matchfacts('match', '--date', '2022-12-18', '--team', 'France');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Argentina 3-3 a.e.t., 4-2 pen. France');
    const order = ["23'", "36'", "80'", "81'", "108'", "118'"].map((m) => out.stdout.indexOf(m));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
  });

  it('match --json gives the score, the goals and the sources', () => {
    const out = matchfacts('match', '--date', '2022-12-18', '--team', 'Argentina', '--json');
    const match = JSON.parse(out.stdout) as { scoreLine: string; goals: { scorer: string; minute: number }[]; sources: { format: string }[] };
    expect(match.scoreLine).toBe('3-3 a.e.t., 4-2 pen.');
    expect(match.goals.map((g) => g.minute)).toEqual([23, 36, 80, 81, 108, 118]);
    expect(match.sources.map((s) => s.format)).toEqual(['worldcup-db', 'football-txt']);
  });

  it('player "Pelé" --date 1958-06-19: born 1940-10-23, 17 years 239 days', () => {
    const out = matchfacts('player', 'Pelé', '--date', '1958-06-19');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('1940-10-23');
    expect(out.stdout).toContain('17 years 239 days');
  });

  it('a second import of the same files says nothing is new', () => {
    const out = matchfacts('import', sharedPath('worldcup-db'), '--quiet');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/nothing new/);
  });

  it('a broken Football.TXT line fails with file:line:column and exit status 1', () => {
    const broken = join(dir, 'cup.txt');
    const text = readFileSync(sharedPath('football-txt', 'worldcup', '1930--uruguay', 'cup.txt'), 'utf8');
    writeFileSync(broken, text.replace('4-1 (3-0)', '4~1 (3-0)'));
    const before = readFileSync(db);
    const out = matchfacts('import', broken);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/cup\.txt:27:\d+: /);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('an unknown team is a clear error, not a crash', () => {
    const out = matchfacts('match', '--date', '2022-12-18', '--team', 'Atlantis');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('no match on 2022-12-18 involving "Atlantis"');
  });

  it('--help teaches by example', () => {
    const out = matchfacts('import', '--help');
    expect(out.stdout).toContain('Examples:');
    expect(out.stdout).toContain('file:line:column');
  });

  it('conflicts --json lists both values and both sources', () => {
    const out = matchfacts('conflicts', '--json');
    const rows = JSON.parse(out.stdout) as { kind: string; field: string; kept: { format: string }; other: { format: string } }[];
    const conflicts = rows.filter((r) => r.kind === 'disagreement');
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((c) => c.kept.format === 'worldcup-db' && c.other.format === 'football-txt')).toBe(true);
  });
});
