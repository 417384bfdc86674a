#!/usr/bin/env node
// A full rebuild of the record book alone, over a copy of a generated history: for profiling
// (`node --cpu-prof bench/records-rebuild.js --db /tmp/history-100k.db`) and quick before/after runs.
import { nodeFlags } from './as-the-product-runs.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../dist/store/open-store.js';
import { rebuildRecordBook } from '../dist/records/book/record-book-store.js';
import { SqliteRebuildParts } from '../dist/store/record-book/rebuild-parts.js';
import { SqliteRecordBookStorage } from '../dist/store/record-book/sqlite-storage.js';
import { benchDefinitions } from './records-definitions.js';
import { factCountSql, familyCompetitionsOf } from './records-duckdb.js';
import { settledCopy } from './settled-copy.js';
import { allocationLines, sampleAllocation } from './heap-sampling.js';

// --spill-after N: state keys the rebuild holds in memory before it spills them to the store.
// --yardstick: only the definitions DuckDB's SQL expresses (bench/records.js's (a′)).
// --phases: the time each of the store's steps of a rebuild begins and ends (planning the split,
//           copying the second thread's part in, committing), and each tenth of the matches.
// --allocation: what the rebuild allocates a match, and where (V8's sampling heap profiler; this
//           thread's part only when the rebuild is split — MATCHFACTS_REBUILD_THREADS=1 for all of it;
//           the rebuild runs slower while sampled, so its time is not the rebuild's).
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    'spill-after': { type: 'string' },
    yardstick: { type: 'boolean', default: false },
    phases: { type: 'boolean', default: false },
    allocation: { type: 'boolean', default: false },
  },
});
let phaseStart = performance.now();
const phase = (what) => values.phases && console.log(`  ${((performance.now() - phaseStart) / 1000).toFixed(2).padStart(7)} s  ${what}`);
if (values.phases) {
  const steps = [
    [SqliteRebuildParts, ['countedByCompetition', 'countedDays', 'attachScratch', 'copyScratch', 'detachScratch']],
    [SqliteRecordBookStorage, ['countCountedMatches', 'clearBook', 'countState', 'writeMeta', 'clearChanges']],
  ];
  for (const [type, names] of steps) {
    for (const name of names) {
      const step = type.prototype[name];
      type.prototype[name] = function (...args) {
        phase(`${name}…`);
        try {
          return step.apply(this, args);
        } finally {
          phase(`${name} done`);
        }
      };
    }
  }
}
if (!values.db || !existsSync(values.db)) throw new Error('--db FILE: a history made by bench/generate-history.js');
const work = mkdtempSync(join(tmpdir(), 'matchfacts-bench-rebuild-'));
try {
  const db = join(work, 'history.db');
  settledCopy(resolve(values.db), db);
  // Checkpoints on a thread beside the writes, as bench/records.js (and the server's writer) has them.
  const store = await openStore(db, { checkpointInBackground: true });
  const competitions = store.sqlite.prepare('SELECT id, name, sex, kind FROM competition').all();
  const leagues = competitions.filter((c) => c.kind === 'league').map((c) => c.name);
  const all = benchDefinitions(leagues);
  const familyCompetitions = familyCompetitionsOf(competitions);
  const definitions = values.yardstick ? all.filter((definition) => factCountSql(definition, familyCompetitions)) : all;
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  phaseStart = start;
  let tenths = 0;
  const onProgress = (done, total) => {
    if (Math.floor((done / total) * 10) > tenths) phase(`${(tenths = Math.floor((done / total) * 10)) * 10}% of the matches taken in`);
  };
  const rebuild = () => rebuildRecordBook(store, definitions, { ...(values['spill-after'] ? { spillAfterKeys: Number(values['spill-after']) } : {}), ...(values.phases ? { onProgress } : {}) });
  const sampled = values.allocation ? await sampleAllocation(rebuild, 8192) : undefined;
  const result = sampled ? sampled.result : rebuild();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  const facts = store.sqlite.prepare('SELECT definition_id AS d, kind AS k, count(*) AS n FROM record_fact GROUP BY 1, 2 ORDER BY 1, 2').all();
  // Every fact and state value, hashed: a change to the engine that should not change the book must leave these equal.
  const digest = (sql) => {
    const hash = createHash('sha256');
    for (const row of store.sqlite.prepare(sql).raw().iterate()) hash.update(row.join('\u0000')).update('\n');
    return hash.digest('hex').slice(0, 16);
  };
  const factDigest = digest('SELECT id, body FROM record_fact ORDER BY id');
  const stateDigest = digest('SELECT book, part, key, value FROM record_state ORDER BY book, part, key');
  const undoDigest = digest('SELECT book, part, key, date, value FROM record_undo ORDER BY book, part, key, date');
  await store.close();
  console.log(`digests: facts ${factDigest}, state ${stateDigest}, undo ${undoDigest}`);
  console.log(`rebuild (node ${nodeFlags}), ${result.threads} thread(s): ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s: less bent by a loaded machine), ${result.matches} matches, ${result.facts} facts, ${result.stateEntries} state entries, peak RSS ${Math.round(peak / 1048576)} MB`);
  if (sampled) for (const line of allocationLines(sampled, result.matches, 'match', 20)) console.log(line);
  console.log(`fact counts digest: ${facts.map((r) => `${r.d}:${r.k}:${r.n}`).join(',').length} chars, ${facts.reduce((h, r) => (h * 31 + r.n) % 1_000_000_007, 7)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
