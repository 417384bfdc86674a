#!/usr/bin/env node
// Writes the seeded synthetic history into a SQLite store, for the record-book benchmarks.
// Usage: npm run build && node bench/generate-history.js --matches 1000000 --seed 42 --db /tmp/history.db
import { parseArgs } from 'node:util';
import { generateHistory } from '../dist/synthetic/generate-history.js';
import { ingestBatches } from '../dist/ingest/ingest.js';
import { openStore } from '../dist/store/open-store.js';

const { values } = parseArgs({
  options: {
    matches: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    db: { type: 'string', default: '/tmp/history.db' },
    'batch-size': { type: 'string', default: '10000' },
  },
});
const matches = Number(values.matches);
const seed = Number(values.seed);
const batchSize = Number(values['batch-size']);

// Peak RSS sampled by timer as well as at the end: the write phase is where memory peaks.
let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 200);
sampler.unref();

const start = process.hrtime.bigint();
const elapsed = () => Number(process.hrtime.bigint() - start) / 1e9;
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;

const counted = { matches: 0, goals: 0, players: 0, squads: 0 };
let nextReport = 50_000;
async function* counting() {
  for (const batch of generateHistory({ seed, matches, batchSize })) {
    counted.matches += batch.matches.length;
    counted.players += batch.players.length;
    counted.squads += batch.squads.length;
    for (const m of batch.matches) counted.goals += m.match.goals?.length ?? 0;
    yield batch;
    if (counted.matches >= nextReport || counted.matches === matches) {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      process.stderr.write(`  ${counted.matches.toLocaleString('en')} matches generated and merged, ${elapsed().toFixed(1)} s, rss ${mb(process.memoryUsage.rss())}\n`);
      while (nextReport <= counted.matches) nextReport += 50_000;
    }
  }
}

const store = await openStore(values.db);
let lastWrite = -1;
const summary = await ingestBatches(store, counting(), (event) => {
  if (event.phase !== 'write') return;
  const tenth = Math.floor((10 * event.done) / Math.max(1, event.total));
  if (tenth !== lastWrite) {
    lastWrite = tenth;
    process.stderr.write(`  writing rows ${event.done.toLocaleString('en')}/${event.total.toLocaleString('en')}, ${elapsed().toFixed(1)} s\n`);
  }
});
const count = async (table) => Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const stored = { matches: await count('match'), goals: await count('goal'), players: await count('player') };
await store.close();
peakRss = Math.max(peakRss, process.memoryUsage.rss());
clearInterval(sampler);

console.log(`synthetic history, seed ${seed}, into ${values.db}`);
console.log(`  generated: ${counted.matches.toLocaleString('en')} matches, ${counted.goals.toLocaleString('en')} goals, ${counted.players.toLocaleString('en')} players, ${counted.squads.toLocaleString('en')} squad places`);
console.log(`  in store:  ${stored.matches.toLocaleString('en')} matches, ${stored.goals.toLocaleString('en')} goals, ${stored.players.toLocaleString('en')} players${summary.changed ? '' : ' (nothing new: already imported)'}`);
console.log(`  elapsed:   ${elapsed().toFixed(1)} s`);
console.log(`  peak RSS:  ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}`);
