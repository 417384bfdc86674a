#!/usr/bin/env node
// Wide rows made into objects two ways, in turn, in one run: better-sqlite3's own (each property
// set from C++, the baseline) and src/store/row-objects.ts (arrays, then one object literal per
// statement's columns). The rows are a match's shape: 40 columns of integers, text and nulls.
//   npm run build && node bench/row-objects.js [--rows 189] [--rounds 400]
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { RowObjects } from '../dist/store/row-objects.js';

const SQLite = createRequire(import.meta.url)('better-sqlite3');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '189' }, rounds: { type: 'string', default: '400' } } });
const rowCount = Number(values.rows);
const rounds = Number(values.rounds);

const sqlite = new SQLite(':memory:');
const columns = Array.from({ length: 40 }, (_, i) => `c${i} ${i % 3 === 0 ? 'INTEGER' : 'TEXT'}`);
sqlite.exec(`CREATE TABLE wide (id INTEGER PRIMARY KEY, ${columns.join(', ')})`);
const insert = sqlite.prepare(`INSERT INTO wide VALUES (${Array.from({ length: 41 }, () => '?').join(', ')})`);
sqlite.transaction(() => {
  for (let r = 1; r <= rowCount; r += 1) insert.run(r, ...Array.from({ length: 40 }, (_, i) => (i % 7 === 6 ? null : i % 3 === 0 ? r * i : `value ${r}-${i}`)));
})();
const statement = sqlite.prepare('SELECT * FROM wide ORDER BY id');
const rows = new RowObjects(sqlite);
if (JSON.stringify(rows.all(statement, [])) !== JSON.stringify(statement.all())) throw new Error('the two ways give different rows');

const times = { driver: [], literal: [] };
for (let round = 0; round < rounds; round += 1) {
  let start = performance.now();
  statement.all();
  times.driver.push(performance.now() - start);
  start = performance.now();
  rows.all(statement, []);
  times.literal.push(performance.now() - start);
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const [driver, literal] = [median(times.driver), median(times.literal)];
console.log(`bench/row-objects — ${rowCount} rows of 41 columns, ${rounds} rounds, the two ways in turn; node ${process.version}`);
console.log(`  better-sqlite3's objects (baseline)   median ${driver.toFixed(3)} ms   1.00×`);
console.log(`  arrays + one literal per statement     median ${literal.toFixed(3)} ms   ${(literal / driver).toFixed(2)}× baseline`);
