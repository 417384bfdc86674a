// The `matchfacts` command starts Node with the young generation the record book's rebuild wants
// (src/records/book/young-generation.ts): V8 sizes its heap at start, so the flag is on the
// command's first line, where `npm install` and `npx` run it from.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { REBUILD_NODE_FLAGS } from '../../src/records/book/young-generation.js';

const BIN = resolve(process.cwd(), 'dist', 'cli', 'main.js');

describe('the matchfacts command line', () => {
  it('asks for 32 MB semi-spaces and one V8 background thread on its first line', () => {
    const firstLine = readFileSync(BIN, 'utf8').split('\n')[0];
    expect(firstLine).toBe(`#!/usr/bin/env -S node ${REBUILD_NODE_FLAGS.join(' ')}`);
    expect(REBUILD_NODE_FLAGS).toEqual(['--max-semi-space-size=32', '--v8-pool-size=1', '--expose-gc']);
  });

  it('runs as an executable through that line, as an installed bin does', () => {
    // npm marks a package's bin executable when it installs it; the build leaves it as written.
    chmodSync(BIN, statSync(BIN).mode | 0o111);
    const run = spawnSync(BIN, ['--version'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
