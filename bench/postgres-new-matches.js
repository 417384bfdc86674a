#!/usr/bin/env node
// New matches one at a time through the record book's incremental path on PostgreSQL, as the
// server's writer adds them, with the writer's kept state (`record-book/state-cache.ts`) and, as
// the baseline measured in the same run, without it: every state key then read from the server.
//   node bench/postgres-new-matches.js --postgres URL [--matches 30000] [--hold 300] [--runs 2]
// URL names a server and a database to connect to first (e.g. postgresql://postgres@127.0.0.1:55432/postgres;
// `bash .ci/postgres start DIR` starts one). A database `bench_new_matches_<matches>` is made once —
// the synthetic history (seed 42) imported, its last --hold played matches set back to scheduled, the
// record book built without them — and kept for the next run (drop it to start again). Each run
// works on a copy (CREATE DATABASE … TEMPLATE), dropped after, the two ways in turn.
import { nodeFlags } from './as-the-product-runs.js';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../dist/store/open-store.js';
import { ensureRecordBook, extendRecordBook } from '../dist/records/book/record-book-store.js';
import { writerIdle } from '../dist/records/book/writer-idle.js';
import { generateHistory } from '../dist/synthetic/generate-history.js';
import { ingestBatches } from '../dist/ingest/ingest.js';
import { benchDefinitions } from './records-definitions.js';
import { newMatchTail } from './new-match-tail.js';

const { values } = parseArgs({
  options: { postgres: { type: 'string' }, matches: { type: 'string', default: '30000' }, hold: { type: 'string', default: '300' }, runs: { type: 'string', default: '2' } },
});
if (!values.postgres) throw new Error('--postgres URL: a PostgreSQL server to make the bench databases on (bash .ci/postgres start DIR prints one)');
const matches = Number(values.matches);
const template = `bench_new_matches_${matches}`;
const urlOf = (database) => {
  const url = new URL(values.postgres);
  url.pathname = `/${database}`;
  return url.toString();
};
const definitionsOf = (store) => benchDefinitions(store.sql.prepare(`SELECT name FROM competition WHERE kind = 'league'`).all().map((r) => r.name));
const admin = new pg.Client({ connectionString: values.postgres });
await admin.connect();

if ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount === 0) {
  process.stderr.write(`making ${template}: ${matches.toLocaleString('en')} synthetic matches, the last ${values.hold} held back, the record book built…\n`);
  await admin.query(`CREATE DATABASE ${template} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`);
  try {
    const store = await openStore(urlOf(template));
    await ingestBatches(store, generateHistory({ seed: 42, matches }));
    const sql = store.records.sql;
    sql.run('CREATE TABLE bench_held (seq serial PRIMARY KEY, match_id integer NOT NULL)');
    const held = sql.all(`SELECT id FROM match WHERE status = 'played' ORDER BY date DESC, id DESC LIMIT ?`, Number(values.hold)).map((r) => r.id).reverse();
    for (const id of held) {
      sql.run(`UPDATE match SET status = 'scheduled' WHERE id = ?`, id);
      sql.run('INSERT INTO bench_held (match_id) VALUES (?)', id);
    }
    ensureRecordBook(store, definitionsOf(store));
    await store.close();
  } catch (error) {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    throw error;
  }
}

/** One run on a fresh copy: each held match played and added; its time and the time its state reads took. */
async function measure(keptState) {
  const copy = `bench_new_matches_run_${process.pid}`;
  await admin.query(`CREATE DATABASE ${copy} TEMPLATE ${template}`);
  try {
    const store = await openStore(urlOf(copy));
    const records = store.records;
    if (!keptState) {
      // The baseline: the writer's cache asked nothing and told nothing, as before it kept state.
      if (typeof records.cache?.settle !== 'function') throw new Error("the PostgreSQL record-book storage keeps no StateCache in 'cache' any more: update this bench's baseline");
      Object.assign(records.cache, { get: () => undefined, remember: () => undefined, validate: () => undefined, settle: () => undefined });
    }
    const readState = records.readState.bind(records);
    let readMs = 0;
    let reads = 0;
    records.readState = (book, part, key) => {
      const start = performance.now();
      try {
        return readState(book, part, key);
      } finally {
        readMs += performance.now() - start;
        reads += 1;
      }
    };
    const held = records.sql.all('SELECT match_id AS id FROM bench_held ORDER BY seq').map((r) => r.id);
    const definitions = definitionsOf(store);
    const times = [];
    for (const id of held) {
      records.sql.run(`UPDATE match SET status = 'played' WHERE id = ?`, id);
      const start = performance.now();
      extendRecordBook(store, definitions, [id], { undoPrune: 'later' });
      times.push(performance.now() - start);
      writerIdle(store);
    }
    await store.close();
    return { ...newMatchTail(times), count: held.length, reads: reads / held.length, readMs: readMs / held.length };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
  }
}

const line = (label, m) =>
  `  ${label.padEnd(36)} p50 ${m.p50.toFixed(2).padStart(6)} ms   p90 ${m.p90.toFixed(2).padStart(6)} ms   p99 ${m.p99.toFixed(2).padStart(6)} ms   state reads ${m.reads.toFixed(0)} a match, ${m.readMs.toFixed(2)} ms`;
console.log(`bench/postgres-new-matches — ${matches.toLocaleString('en')} synthetic matches on PostgreSQL, node ${process.version} (${nodeFlags})`);
try {
  for (let run = 1; run <= Number(values.runs); run += 1) {
    const without = await measure(false);
    const kept = await measure(true);
    console.log(`run ${run}: ${kept.count} new matches, one at a time`);
    console.log(line('baseline: every state key read', without));
    console.log(line("writer's state kept between updates", kept));
    console.log(`  p50 ${(kept.p50 / without.p50).toFixed(2)}× the baseline, p99 ${(kept.p99 / without.p99).toFixed(2)}×`);
  }
} finally {
  await admin.end();
}
