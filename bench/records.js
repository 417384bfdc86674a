#!/usr/bin/env node
// `npm run bench:records`: the record book over a seeded synthetic history of 1,000,000 matches.
//   (a) a full rebuild of the record book: time and peak RSS;
//   (b) facts for one new match, p50 and p99 over the last 1,000 matches added one at a time
//       through the incremental path (read the match, judge it, write facts and state);
//   (c) corrections one week before the end of the book — a late result, a changed scorer, a
//       changed score, a status change (played → abandoned) — each through the store's change log
//       and the undo journal: p50/p99, and how many books, state keys and matches each replayed;
//   (d) the same definitions recomputed from scratch by DuckDB SQL in the same run, as a ratio —
//       and, per definition DuckDB can express, whether both count the same facts (after the
//       corrections: a check that the corrected book still equals a rebuild, count for count).
// Options: --matches N (default 1000000) --seed S (default 42) --new N (default 1000) --keep
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../dist/store/open-store.js';
import { extendRecordBook, rebuildRecordBook, snapshotRecordBook, updateRecordBook } from '../dist/records/book/record-book-store.js';
import { familiesOf } from '../dist/records/engine/families.js';
import { benchDefinitions } from './records-definitions.js';
import { countedKinds, exportForDuckDb, factCountSql, openDuckDb } from './records-duckdb.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    matches: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '42' },
    new: { type: 'string', default: '1000' },
    corrections: { type: 'string', default: '80' },
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
// A week before the last match: some of that day's matches are held back to arrive late, others get corrected.
const correctionCount = Number(values.corrections);
const lastDay = sqlite.prepare(`SELECT max(date) AS date FROM match WHERE status IN ('played', 'scheduled')`).get().date;
const weekBefore = new Date(Date.parse(`${lastDay}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
const weekDay = sqlite.prepare(`SELECT max(date) AS date FROM match WHERE status = 'played' AND date <= ?`).get(weekBefore).date;
const weekMatches = sqlite.prepare(`SELECT id FROM match WHERE status = 'played' AND date = ? ORDER BY id`).all(weekDay).map((r) => r.id);
const lateIds = weekMatches.filter((_, i) => i % 4 === 0).slice(0, Math.ceil(correctionCount / 4));
sqlite.transaction(() => lateIds.forEach((id) => markPlayed.run('scheduled', id)))();

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

// (c) Corrections a week back, one at a time.
const stateTotal = sqlite.prepare('SELECT count(*) AS n FROM record_state').get().n;
const bookTotal = sqlite.prepare('SELECT count(*) AS n FROM (SELECT DISTINCT book FROM record_state)').get().n;
const correctable = weekMatches.filter((id) => !lateIds.includes(id));
const goalOf = sqlite.prepare('SELECT id, player_id FROM goal WHERE match_id = ? AND player_id IS NOT NULL ORDER BY seq LIMIT 1');
const otherScorer = sqlite.prepare('SELECT player_id FROM goal WHERE match_id != ? AND player_id IS NOT NULL AND player_id != ? ORDER BY match_id DESC LIMIT 1');
const corrections = { late: 0, scorer: 0, score: 0, status: 0 };
const perCorrection = [];
for (let i = 0; i < correctionCount; i += 1) {
  const kind = ['late', 'scorer', 'score', 'status'][i % 4];
  const before = snapshotRecordBook(store, definitions);
  if (kind === 'late') {
    const id = lateIds[Math.floor(i / 4)];
    if (id === undefined) continue;
    markPlayed.run('played', id);
  } else {
    const id = correctable[i % Math.max(1, correctable.length)];
    if (id === undefined) continue;
    if (kind === 'scorer') {
      const goal = goalOf.get(id);
      if (!goal) continue;
      sqlite.prepare('UPDATE goal SET player_id = ? WHERE id = ?').run(otherScorer.get(id, goal.player_id).player_id, goal.id);
    } else if (kind === 'score') sqlite.prepare('UPDATE match SET ft_home = ft_home + 1, et_home = et_home + 1 WHERE id = ?').run(id);
    else markPlayed.run('abandoned', id);
  }
  const start = performance.now();
  const update = updateRecordBook(store, definitions, before);
  perCorrection.push({ ms: performance.now() - start, books: update.replayed?.books.length ?? bookTotal, keys: update.replayed?.keys ?? stateTotal, matches: update.replayed?.matches ?? 0, mode: update.mode });
  corrections[kind] += 1;
}
const correctionMs = perCorrection.map((c) => c.ms).sort((a, b) => a - b);
const cpct = (p) => correctionMs[Math.min(correctionMs.length - 1, Math.floor((p / 100) * correctionMs.length))] ?? NaN;
const mean = (f) => perCorrection.reduce((n, c) => n + f(c), 0) / Math.max(1, perCorrection.length);

// (d) DuckDB, from scratch, over the same store (all matches, the held-back ones now played, the corrections made).
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
console.log(`(a) full rebuild:     ${rebuildSeconds.toFixed(2)} s for ${rebuilt.matches.toLocaleString('en')} matches, ${rebuilt.facts.toLocaleString('en')} facts, ${rebuilt.stateEntries.toLocaleString('en')} state entries; peak RSS ${mb(peakRss)} (before: ${mb(rssBefore)})   targets: ≤ 2× DuckDB (below), < 1 GB`);
console.log(`(b) one new match:    p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms over ${held.length} matches (${newFacts} facts)   target: p99 < 10 ms`);
console.log(`(c) correction a week back (${weekDay}): p50 ${cpct(50).toFixed(1)} ms, p99 ${cpct(99).toFixed(1)} ms, max ${correctionMs[correctionMs.length - 1]?.toFixed(1)} ms over ${perCorrection.length} (${Object.entries(corrections).map(([k, n]) => `${n} ${k}`).join(', ')}); modes ${[...new Set(perCorrection.map((c) => c.mode))].join('/')}   target: p99 ≤ 200 ms`);
console.log(`    replayed per correction: ${mean((c) => c.books).toFixed(1)} of ${bookTotal.toLocaleString('en')} books, ${mean((c) => c.keys).toFixed(0)} of ${stateTotal.toLocaleString('en')} state keys rolled back, ${mean((c) => c.matches).toFixed(0)} matches judged again`);
console.log(`(d) DuckDB, same run: ${checks.length} definitions it can express; export to CSV ${exportSeconds.toFixed(2)} s, load ${loadSeconds.toFixed(2)} s, compute ${computeSeconds.toFixed(2)} s`);
console.log(`    ratio engine rebuild / DuckDB compute: ${(rebuildSeconds / computeSeconds).toFixed(2)}×; / DuckDB load + compute: ${(rebuildSeconds / (loadSeconds + computeSeconds)).toFixed(2)}×  (the engine also writes every fact with its proof)   target: ≤ 2×`);
console.log(`    fact counts agree for ${agree} of ${checks.length} definitions`);
for (const c of checks.filter((c) => c.engine !== c.duckdb)) console.log(`      differs: ${c.id}: engine ${c.engine}, DuckDB ${c.duckdb}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
