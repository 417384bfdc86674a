// Imported first by the benchmarks that build or extend the record book: they run in a Node process
// started as the `matchfacts` command starts itself (src/records/book/young-generation.ts), so the
// figures they print are the product's. Without those flags, the benchmark starts itself again
// with them and exits as that run does.
import { spawnSync } from 'node:child_process';
import { REBUILD_NODE_FLAGS } from '../dist/records/book/young-generation.js';

if (!REBUILD_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  const run = spawnSync(process.execPath, [...REBUILD_NODE_FLAGS, ...process.execArgv, process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

/** The flags this process runs with, for a benchmark's report: the product's, and any given after them (a later V8 flag wins). */
export const nodeFlags = process.execArgv.join(' ');
