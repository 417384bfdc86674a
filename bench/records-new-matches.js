#!/usr/bin/env node
// bench:records' (b) alone, for quick before/after runs on one book: the facts of new matches added
// one at a time through the incremental path, as the server's writer adds them.
//   node bench/records-new-matches.js --db /tmp/history-1m.db --book /tmp/book-1m-held.db [--hold 1000] [--runs 1]
// The first run builds --book from --db: a copy of the history with its last --hold played matches
// set back to scheduled, and the record book built without them (minutes at 1M). Every run after
// works on a fresh copy of that book, so runs compare like with like; --runs N repeats the
// measurement (each in the same process, on its own copy) to show how much it moves.
// Two ways to see what a run's process brings to its tail:
//   --rehearse N    before the runs, the first N held matches added on a copy of its own (thrown
//                   away): the process has run the incremental path, the measured book is still cold;
//   --rebuild       each run rebuilds its copy's book first, in this process, as bench:records does
//                   before its (b) (the book is the same; minutes at 1M).
// And what drives its scavenges:
//   --allocation    after the runs, on a fresh copy, what a new match allocates (KB, V8's sampling
//                   heap profiler counting what scavenges free too) and where, over held matches
//                   101–400 (the first 100 warm the process up). Its matches run slower while sampled.
import { nodeFlags } from './as-the-product-runs.js';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../dist/store/open-store.js';
import { extendRecordBook, rebuildRecordBook } from '../dist/records/book/record-book-store.js';
import { writerIdle } from '../dist/records/book/writer-idle.js';
import { benchDefinitions } from './records-definitions.js';
import { settledCopy } from './settled-copy.js';
import { allocationLines, sampleAllocation } from './heap-sampling.js';
import { newMatchTail } from './new-match-tail.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    book: { type: 'string' },
    hold: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    rehearse: { type: 'string', default: '0' },
    rebuild: { type: 'boolean', default: false },
    allocation: { type: 'boolean', default: false },
  },
});
if (!values.db || !existsSync(values.db)) throw new Error('--db FILE: a history made by bench/generate-history.js');
if (!values.book) throw new Error('--book FILE: where the book with the held-back matches is kept (built on first use)');
const book = resolve(values.book);
const definitionsOf = (store) => benchDefinitions(store.sqlite.prepare(`SELECT name FROM competition WHERE kind = 'league'`).all().map((r) => r.name));

if (!existsSync(book)) {
  process.stderr.write(`building ${book}: the history without its last ${values.hold} played matches, and its record book…\n`);
  const building = `${book}.building`;
  settledCopy(resolve(values.db), building);
  const store = await openStore(building);
  const sqlite = store.sqlite;
  const held = sqlite.prepare(`SELECT id FROM match WHERE status = 'played' ORDER BY date DESC, id DESC LIMIT ?`).all(Number(values.hold)).map((r) => r.id).reverse();
  sqlite.exec('CREATE TABLE bench_held (seq INTEGER PRIMARY KEY, match_id INTEGER NOT NULL)');
  const hold = sqlite.prepare(`UPDATE match SET status = 'scheduled' WHERE id = ?`);
  const note = sqlite.prepare('INSERT INTO bench_held (match_id) VALUES (?)');
  sqlite.transaction(() => held.forEach((id) => (hold.run(id), note.run(id))))();
  const start = performance.now();
  rebuildRecordBook(store, definitionsOf(store));
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  renameSync(building, book);
  process.stderr.write(`  built in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}

/** Adds the held matches of a store one at a time (`from` to `to`, by their order), as the server's writer does; their times and facts. */
function addHeld(store, to = Infinity, from = 0) {
  const sqlite = store.sqlite;
  const held = sqlite.prepare('SELECT match_id AS id FROM bench_held ORDER BY seq').all().map((r) => r.id).slice(from, to);
  const definitions = definitionsOf(store);
  const play = sqlite.prepare(`UPDATE match SET status = 'played' WHERE id = ?`);
  const times = [];
  let facts = 0;
  for (const id of held) {
    play.run(id);
    const start = performance.now();
    facts += extendRecordBook(store, definitions, [id], { undoPrune: 'later' }).length;
    times.push(performance.now() - start);
    writerIdle(store);
  }
  return { held, times, facts };
}

console.log(`bench/records-new-matches — ${book}, node ${process.version} (${nodeFlags})`);
if (Number(values.rehearse) > 0) {
  const work = mkdtempSync(join(tmpdir(), 'matchfacts-bench-new-matches-'));
  try {
    const db = join(work, 'book.db');
    settledCopy(book, db);
    const store = await openStore(db, { checkpointInBackground: true });
    const { held } = addHeld(store, Number(values.rehearse));
    await store.close();
    console.log(`rehearsed: the first ${held.length} held matches added on a copy of their own, not measured`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
for (let run = 1; run <= Number(values.runs); run += 1) {
  const work = mkdtempSync(join(tmpdir(), 'matchfacts-bench-new-matches-'));
  try {
    const db = join(work, 'book.db');
    settledCopy(book, db);
    const store = await openStore(db, { checkpointInBackground: true });
    if (values.rebuild) {
      const start = performance.now();
      rebuildRecordBook(store, definitionsOf(store));
      store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      console.log(`run ${run}: book rebuilt in this process first, ${((performance.now() - start) / 1000).toFixed(1)} s; heap then ${Math.round(process.memoryUsage().heapUsed / 1048576)} MB`);
    }
    const { held, times, facts } = addHeld(store);
    await store.close();
    const tail = newMatchTail(times);
    console.log(
      `run ${run}: ${held.length} matches, ${facts} facts: p50 ${tail.p50.toFixed(2)} ms, p90 ${tail.p90.toFixed(2)} ms, p99 ${tail.p99.toFixed(2)} ms, max ${tail.max.toFixed(2)} ms   target: p99 < 10 ms`,
    );
    console.log(`  ${tail.tailLine}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (values.allocation) {
  const work = mkdtempSync(join(tmpdir(), 'matchfacts-bench-new-matches-'));
  try {
    const db = join(work, 'book.db');
    settledCopy(book, db);
    const store = await openStore(db, { checkpointInBackground: true });
    addHeld(store, 100);
    // Held matches 101–400: the first 100 warm the process up.
    const sampled = await sampleAllocation(() => addHeld(store, 400, 100));
    await store.close();
    for (const line of allocationLines(sampled, sampled.result.held.length, 'new match')) console.log(line);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
