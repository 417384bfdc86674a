// `matchfacts token` and `matchfacts serve` as a user meets them: a token printed once and stored
// hashed, listed without its value, revoked; --postgres refused with what to do instead.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../../src/server/tokens.js';
import { tempDir } from '../support/shared-data.js';

const BIN = resolve(process.cwd(), 'dist', 'cli', 'main.js');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('matchfacts token', () => {
  it('prints a token once, keeps only its hash, lists it without the value and revokes it', () => {
    const db = join(tempDir('matchfacts-token-'), 'tokens.db');
    const created = run('token', 'create', '--name', 'newsdesk', '--db', db);
    expect(created.code).toBe(0);
    const token = created.stdout.trim().split('\n').pop()!;
    expect(token).toMatch(/^mft_[A-Za-z0-9_-]{40,}$/);

    const sqlite = new Database(db, { readonly: true });
    const rows = sqlite.prepare('SELECT name, hash FROM api_token').all() as { name: string; hash: string }[];
    sqlite.close();
    expect(rows).toEqual([{ name: 'newsdesk', hash: hashToken(token) }]);

    const again = run('token', 'create', '--name', 'newsdesk', '--db', db);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('revoke it first');

    expect(run('token', 'revoke', 'newsdesk', '--db', db).code).toBe(0);
    const listed = run('token', 'list', '--json', '--db', db);
    expect(listed.stdout).not.toContain(token);
    const tokens = JSON.parse(listed.stdout) as { name: string; revokedAt: string | null }[];
    expect(tokens.map((t) => t.name)).toEqual(['newsdesk']);
    expect(tokens[0]!.revokedAt).not.toBeNull();
  }, 300_000);
});

describe('matchfacts serve', () => {
  it('says clearly, without a stack trace, when the --postgres server cannot be reached', () => {
    // Port 1 on loopback: nothing listens there.
    const result = run('serve', '--postgres', 'postgresql://reporter:secret@127.0.0.1:1/matchfacts');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot connect to PostgreSQL at');
    expect(result.stderr).not.toContain('secret');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 300_000);
});
