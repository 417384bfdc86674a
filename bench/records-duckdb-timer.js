#!/usr/bin/env node
// The DuckDB yardstick in a process of its own, timed on demand: bench/records.js times it beside
// each rebuild of the same definitions, minute by minute, so the ratio compares work done in the
// same stretch of the machine's time (the 2-core machine's speed drifts by a quarter within a run).
// Its memory is its own, so the rebuild's peak RSS is the engine's alone.
// Protocol, one JSON line each way: stdin {"db", "dir", "queries"} → stdout {"exported", "loaded"}
// (seconds: the store `db` as it stands, exported to CSV in `dir` and loaded); then "count" →
// {"seconds", "counts"}, as often as asked; the end of stdin ends it.
import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openStore } from '../dist/store/open-store.js';
import { exportForDuckDb, openDuckDb } from './records-duckdb.js';

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const first = await lines.next();
if (first.done) process.exit(0);
const { db, dir, queries } = JSON.parse(first.value);
const exportStart = performance.now();
const store = await openStore(db, { mustExist: true });
await exportForDuckDb(store.sqlite, dir);
await store.close();
// On disk before anything is timed: the engine's rebuild would otherwise write beside their writeback.
for (const file of readdirSync(dir)) {
  const fd = openSync(join(dir, file), 'r+');
  fsyncSync(fd);
  closeSync(fd);
}
const duck = await openDuckDb(dir);
const loadStart = performance.now();
await duck.load();
process.stdout.write(`${JSON.stringify({ exported: (loadStart - exportStart) / 1000, loaded: (performance.now() - loadStart) / 1000 })}\n`);
for (let line = await lines.next(); !line.done; line = await lines.next()) {
  if (line.value.trim() !== 'count') continue;
  const start = performance.now();
  const counts = [];
  for (const sql of queries) counts.push(await duck.count(sql));
  process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - start) / 1000, counts })}\n`);
}
duck.close();
