#!/usr/bin/env node
// A history's goals read as a rebuild reads them, 500 matches at a time, two ways in turn in one run:
// rows as arrays, a JavaScript value made per column per row by better-sqlite3 (the baseline), and
// each chunk as one JSON array made by SQLite (json_group_array) and parsed at once, as
// src/store/record-book/sqlite-storage.ts reads a rebuild's goals and matches since session 21.
//   npm run build && node bench/json-rows.js --db /tmp/history-200k.db [--rounds 3]
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHUNK, COUNTED } from '../dist/store/record-book/counted-matches-sql.js';

const SQLite = createRequire(import.meta.url)('better-sqlite3');
const { values } = parseArgs({ options: { db: { type: 'string' }, rounds: { type: 'string', default: '3' } } });
if (!values.db || !existsSync(values.db)) throw new Error('--db FILE: a history made by bench/generate-history.js');
const rounds = Number(values.rounds);

const sqlite = new SQLite(values.db, { readonly: true, fileMustExist: true });
const columns = 'g.match_id, g.id, g.seq, g.side, g.player_id, g.minute, g.stoppage, g.period, g.penalty, g.own_goal';
const ids = sqlite.prepare(`SELECT m.id FROM match m WHERE ${COUNTED} ORDER BY m.date, m.id`).pluck().all();
const marks = (n) => Array.from({ length: n }, () => '?').join(', ');
const statements = new Map();
const statement = (way, n) => {
  const key = `${way}${n}`;
  let s = statements.get(key);
  if (!s) {
    s =
      way === 'arrays'
        ? sqlite.prepare(`SELECT ${columns} FROM goal g WHERE g.match_id IN (${marks(n)})`).raw(true)
        : sqlite.prepare(`SELECT json_group_array(json_array(${columns})) FROM goal g WHERE g.match_id IN (${marks(n)})`).pluck(true);
    statements.set(key, s);
  }
  return s;
};
const read = {
  arrays: (chunk) => statement('arrays', chunk.length).all(...chunk),
  json: (chunk) => JSON.parse(statement('json', chunk.length).get(...chunk)),
};
const byGoal = (a, b) => a[1] - b[1];

function readAll(way) {
  const start = performance.now();
  let goals = 0;
  for (let i = 0; i < ids.length; i += CHUNK) goals += read[way](ids.slice(i, i + CHUNK)).length;
  return { ms: performance.now() - start, goals };
}

// The two ways must give the same rows (the order aside: the rebuild sorts them by match and seq).
for (let i = 0; i < Math.min(ids.length, 20 * CHUNK); i += CHUNK) {
  const chunk = ids.slice(i, i + CHUNK);
  if (JSON.stringify(read.arrays(chunk).sort(byGoal)) !== JSON.stringify(read.json(chunk).sort(byGoal))) throw new Error('the two ways give different rows');
}

const times = { arrays: [], json: [] };
let goals = 0;
for (let round = 0; round < rounds; round += 1) {
  for (const way of ['arrays', 'json']) {
    const r = readAll(way);
    times[way].push(r.ms);
    goals = r.goals;
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const [arrays, json] = [median(times.arrays), median(times.json)];
console.log(`bench/json-rows — ${values.db}: ${ids.length.toLocaleString('en')} matches' ${goals.toLocaleString('en')} goals, ${CHUNK} matches a read, ${rounds} rounds, the two ways in turn; node ${process.version}`);
console.log(`  arrays, a value per column (baseline)   median ${arrays.toFixed(0)} ms   1.00×`);
console.log(`  one JSON array a chunk, parsed at once   median ${json.toFixed(0)} ms   ${(json / arrays).toFixed(2)}× baseline`);
