#!/usr/bin/env node
// `npm run bench:records`: the record book over a seeded synthetic history of 1,000,000 matches.
//   (a) a full rebuild of the record book: time and peak RSS;
//   (b) facts for one new match, p50 and p99 over the last 1,000 matches added one at a time
//       through the incremental path (read the match, judge it, write facts and state);
//   (c) the same definitions recomputed from scratch by DuckDB SQL in the same run, as a ratio —
//       and, per definition DuckDB can express, whether both count the same facts.
// Options: --matches N (default 1000000) --seed S (default 42) --new N (default 1000) --keep
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../dist/store/open-store.js';
import { extendRecordBook, rebuildRecordBook } from '../dist/records/book/record-book-store.js';
import { familiesOf } from '../dist/records/engine/families.js';
import { benchDefinitions } from './records-definitions.js';
import { countedKinds, exportForDuckDb, factCountSql, openDuckDb } from './records-duckdb.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    matches: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '42' },
    new: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
  },
});
const matches = Number(values.matches);
const seed = Number(values.seed);
const newCount = Number(values.new);

// 1. The history, generated once per size and seed into bench/.cache (a child process: its memory is not ours).
const cacheDir = join(root, 'bench', '.cache');
mkdirSync(cacheDir, { recursive: true });
const historyDb = join(cacheDir, `history-${matches}-${seed}.db`);
if (!existsSync(historyDb)) {
  console.error(`generating the synthetic history (${matches.toLocaleString('en')} matches, seed ${seed}) into ${historyDb}…`);
  const generated = spawnSync(process.execPath, [join(root, 'bench', 'generate-history.js'), '--matches', String(matches), '--seed', String(seed), '--db', historyDb], { stdio: 'inherit' });
  if (generated.status !== 0) process.exit(generated.status ?? 1);
}
const work = mkdtempSync(join(tmpdir(), 'matchfacts-bench-records-'));
const db = join(work, 'history.db');
copyFileSync(historyDb, db);

const store = await openStore(db);
const sqlite = store.sqlite;
// The last matches are held back as "new": scheduled until each is added.
const held = sqlite.prepare(`SELECT id FROM match WHERE status = 'played' ORDER BY date DESC, id DESC LIMIT ?`).all(newCount).map((r) => r.id).reverse();
const markPlayed = sqlite.prepare(`UPDATE match SET status = ? WHERE id = ?`);
sqlite.transaction(() => held.forEach((id) => markPlayed.run('scheduled', id)))();

const competitions = sqlite.prepare('SELECT id, name, sex, kind FROM competition').all();
const leagues = competitions.filter((c) => c.kind === 'league').map((c) => c.name);
const definitions = benchDefinitions(leagues);
const familyCompetitions = (family, sex) =>
  competitions.filter((c) => familiesOf(c).includes(family) && (sex === 'any' || c.sex === sex)).map((c) => c.name);

// (a) Full rebuild.
const rssBefore = process.resourceUsage().maxRSS * 1024;
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
const rebuildStart = performance.now();
let lastReported = 0;
const rebuilt = rebuildRecordBook(store, definitions, {
  onProgress: (done, total) => {
    if (Math.floor(done / 100_000) > Math.floor(lastReported / 100_000) || done === total) process.stderr.write(`  rebuild: ${done.toLocaleString('en')}/${total.toLocaleString('en')} matches, ${((performance.now() - rebuildStart) / 1000).toFixed(1)} s\n`);
    lastReported = done;
  },
});
const rebuildSeconds = (performance.now() - rebuildStart) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

// (b) New matches, one at a time, through the incremental path.
const perMatch = [];
let newFacts = 0;
for (const id of held) {
  markPlayed.run('played', id);
  const start = performance.now();
  newFacts += extendRecordBook(store, definitions, [id]).length;
  perMatch.push(performance.now() - start);
}
const sorted = [...perMatch].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

// (c) DuckDB, from scratch, over the same store (all matches, the held-back ones now played).
const engineFacts = new Map(
  sqlite.prepare('SELECT definition_id, kind, count(*) AS n FROM record_fact GROUP BY definition_id, kind').all().map((r) => [`${r.definition_id}:${r.kind}`, r.n]),
);
const exportStart = performance.now();
await exportForDuckDb(sqlite, work);
const exportSeconds = (performance.now() - exportStart) / 1000;
const duck = await openDuckDb(work);
const loadStart = performance.now();
await duck.load();
const loadSeconds = (performance.now() - loadStart) / 1000;
const checks = [];
const computeStart = performance.now();
for (const definition of definitions) {
  const sql = factCountSql(definition, familyCompetitions);
  if (!sql) continue;
  const duckdb = await duck.count(sql);
  const engine = countedKinds(definition).reduce((n, kind) => n + (engineFacts.get(`${definition.id}:${kind}`) ?? 0), 0);
  checks.push({ id: definition.id, engine, duckdb });
}
const computeSeconds = (performance.now() - computeStart) / 1000;
await store.close();

const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
const agree = checks.filter((c) => c.engine === c.duckdb).length;
console.log(`records benchmark — ${matches.toLocaleString('en')}-match synthetic history (seed ${seed}), ${definitions.length} definitions, node ${process.version}`);
console.log(`(a) full rebuild:     ${rebuildSeconds.toFixed(2)} s for ${rebuilt.matches.toLocaleString('en')} matches, ${rebuilt.facts.toLocaleString('en')} facts, ${rebuilt.stateEntries.toLocaleString('en')} state entries; peak RSS ${mb(peakRss)} (before: ${mb(rssBefore)})   targets: < 5 s, < 1 GB`);
console.log(`(b) one new match:    p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms over ${held.length} matches (${newFacts} facts)   target: p99 < 10 ms`);
console.log(`(c) DuckDB, same run: ${checks.length} definitions it can express; export to CSV ${exportSeconds.toFixed(2)} s, load ${loadSeconds.toFixed(2)} s, compute ${computeSeconds.toFixed(2)} s`);
console.log(`    ratio engine rebuild / DuckDB compute: ${(rebuildSeconds / computeSeconds).toFixed(2)}×; / DuckDB load + compute: ${(rebuildSeconds / (loadSeconds + computeSeconds)).toFixed(2)}×  (the engine also writes every fact with its proof)`);
console.log(`    fact counts agree for ${agree} of ${checks.length} definitions`);
for (const c of checks.filter((c) => c.engine !== c.duckdb)) console.log(`      differs: ${c.id}: engine ${c.engine}, DuckDB ${c.duckdb}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
