#!/usr/bin/env node
// `npm run bench:import`: the full import of ../shared/data as a whole process, timed against a
// baseline measured in the same run — the same process reading every source without storing it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = process.env.MATCHFACTS_DATA ?? resolve(root, '..', 'shared', 'data');
const cli = join(root, 'dist', 'cli', 'main.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);

function timed(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`command failed: ${args.join(' ')}`);
  }
  return seconds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const work = mkdtempSync(join(tmpdir(), 'matchfacts-bench-'));
try {
  const readOnly = [];
  const full = [];
  const again = [];
  for (let i = 0; i < runs; i++) {
    readOnly.push(timed([join(root, 'bench', 'read-only.js'), data]));
    const db = join(work, `run-${i}.db`);
    full.push(timed([cli, 'import', data, '--db', db, '--quiet']));
    again.push(timed([cli, 'import', data, '--db', db, '--quiet']));
  }
  const base = median(readOnly);
  const rows = [
    ['baseline: read and parse every source, store nothing', base],
    ['full import into a new SQLite file', median(full)],
    ['second import of the same data (nothing new)', median(again)],
  ];
  console.log(`bench/import — ${data}, median of ${runs} runs, whole processes`);
  for (const [label, seconds] of rows) {
    console.log(`  ${label.padEnd(55)} ${seconds.toFixed(2).padStart(6)} s   ${(seconds / base).toFixed(2)}× baseline`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
