#!/usr/bin/env node
// `npm run bench:import`: the full import of ../shared/data as a whole process, timed against a
// baseline measured in the same run — the same process reading every source without storing it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = process.env.MATCHFACTS_DATA ?? resolve(root, '..', 'shared', 'data');
const cli = join(root, 'dist', 'cli', 'main.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const corpus = process.env.MATCHFACTS_CORPUS ?? resolve(root, '..', 'shared', 'corpus', 'openfootball');

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

await footballTxtSpeed();

/**
 * Football.TXT parse speed over openfootball's corpus (every file of MATCH-FILES.txt), in MB/s,
 * beside the speed of reading the same files without parsing them: medians of `runs` passes.
 */
async function footballTxtSpeed() {
  const listing = join(corpus, 'MATCH-FILES.txt');
  if (!existsSync(listing)) {
    console.log(`bench/import — Football.TXT parse speed skipped: no ${listing}`);
    return;
  }
  const { parseFootballTxt } = await import(join(root, 'dist', 'sources', 'football-txt', 'parser.js'));
  const files = readFileSync(listing, 'utf8').split('\n').filter((line) => line.trim() !== '').map((f) => join(corpus, f));
  let bytes = 0;
  const read = () => files.map((file) => readFileSync(file));
  const readSeconds = [];
  const parseSeconds = [];
  let failed = 0;
  for (let i = 0; i < runs + 1; i++) {
    let start = process.hrtime.bigint();
    const buffers = read();
    const readTime = Number(process.hrtime.bigint() - start) / 1e9;
    bytes = buffers.reduce((n, b) => n + b.length, 0);
    start = process.hrtime.bigint();
    failed = 0;
    buffers.forEach((buffer, k) => {
      try {
        parseFootballTxt(buffer.toString('utf8'), files[k]);
      } catch {
        failed += 1;
      }
    });
    const parseTime = Number(process.hrtime.bigint() - start) / 1e9;
    // The first pass warms the JIT and the file cache.
    if (i > 0) {
      readSeconds.push(readTime);
      parseSeconds.push(parseTime);
    }
  }
  const mb = bytes / 1e6;
  const readRate = mb / median(readSeconds);
  const parseRate = mb / median(parseSeconds);
  console.log(`bench/import — Football.TXT corpus ${corpus}: ${files.length} files, ${mb.toFixed(1)} MB, ${files.length - failed} parse`);
  console.log(`  ${'reading the files (baseline)'.padEnd(55)} ${readRate.toFixed(1).padStart(6)} MB/s`);
  console.log(`  ${'parsing them (decode + parse, no store)'.padEnd(55)} ${parseRate.toFixed(1).padStart(6)} MB/s   ${(readRate / parseRate).toFixed(1)}× the reading time`);
}
