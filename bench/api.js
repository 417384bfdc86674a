#!/usr/bin/env node
// `npm run bench:api`: the HTTP service under load, over loopback, bounded in time.
// (1) GET /api/matches/:id/facts of the 2022 final with autocannon, beside a bare Fastify route
//     answering the same bytes, measured in the same run (the ratio is the service's cost);
// (2) 200 concurrent POST /api/matches of new matches, with an /events client listening: every
//     write must answer 201, be stored once, and arrive on /events.
// The service runs as `matchfacts serve` in its own process over a database of the World Cup
// database (../shared/data/worldcup-db), made once per run: an SQLite file in a temporary folder,
// or with --postgres URL a PostgreSQL database made on that server for the run and dropped after.
// A third line gives the same route answering a client that holds the bytes (If-None-Match: 304).
//
// The bare route and the facts route take turns (--rounds), so a shared machine's changing load
// falls on both; each line gives the median round.
//
// Usage: node bench/api.js [--duration 5] [--rounds 3] [--connections 50] [--writes 200] [--postgres URL]
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    writes: { type: 'string', default: '200' },
    data: { type: 'string', default: process.env.MATCHFACTS_DATA ?? resolve('..', 'shared', 'data') },
    postgres: { type: 'string' },
  },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const writes = Number(values.writes);
const cli = resolve('dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'matchfacts-bench-api-'));
const children = [];

/** A database for the run: a file, or a new database on the PostgreSQL server named by --postgres. */
async function benchDatabase() {
  if (values.postgres === undefined) return { location: join(dir, 'bench.db'), drop: async () => undefined };
  const { default: pg } = await import('pg');
  const name = `matchfacts_bench_api_${process.pid}`;
  const admin = async (statement) => {
    const client = new pg.Client({ connectionString: values.postgres });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`);
  const url = new URL(values.postgres);
  url.pathname = `/${name}`;
  return { location: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function startProcess(args, ready) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (ready.test(out)) resolvePromise(child);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`)));
  });
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolvePromise) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

function load(url, headers = {}) {
  return new Promise((resolvePromise, reject) => {
    autocannon({ url, connections, duration, pipelining: 1, headers }, (error, result) => (error ? reject(error) : resolvePromise(result)));
  });
}

/** The round with the median throughput. */
function median(results) {
  return [...results].sort((a, b) => a.requests.average - b.requests.average)[Math.floor(results.length / 2)];
}

function line(label, r, expected = '2xx') {
  // Any other status than the one expected counts as an error: a 304 route answering 200 is wrong.
  const wrong = r.errors + (expected === '2xx' ? r.non2xx : r['2xx'] + r.non2xx - r['3xx']);
  return `${label.padEnd(36)} ${Math.round(r.requests.average).toLocaleString('en-US').padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(3)} ms   p99 ${String(r.latency.p99).padStart(3)} ms   errors ${wrong}`;
}

/** A new match per write, on days after everything in the store, so each extends the record book. */
function benchMatch(i) {
  const day = new Date(Date.UTC(2030, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return {
    kind: 'match',
    competition: 'FIFA World Cup',
    season: '2030',
    stage: 'Group stage',
    date: day,
    home: `Bench Home ${i}`,
    away: `Bench Away ${i}`,
    score: { fullTime: [i % 4, (i + 1) % 3] },
    goals: [
      ...Array.from({ length: i % 4 }, (_, g) => ({ team: 'home', scorer: `Bench Striker ${i}`, minute: 10 + g * 20 })),
      ...Array.from({ length: (i + 1) % 3 }, (_, g) => ({ team: 'away', scorer: `Bench Forward ${i}`, minute: 15 + g * 25 })),
    ],
  };
}

/** A POST without a client-side time limit: queued writes answer in turn, the last after all the others. */
function post(url, token, body) {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolvePromise({ status: res.statusCode, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function listenEvents(url, onEvent) {
  const req = httpRequest(url, { headers: { accept: 'text/event-stream' } }, (res) => {
    res.setEncoding('utf8');
    let buffer = '';
    res.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((l) => l.startsWith('data: '));
        if (data) onEvent(JSON.parse(data.slice(6)));
      }
    });
  });
  req.end();
  return () => req.destroy();
}

const database = await benchDatabase();
const db = database.location;
try {
  process.stdout.write(`importing ${join(values.data, 'worldcup-db')} into ${values.postgres === undefined ? db : 'a PostgreSQL database for the run'}\n`);
  execFileSync(process.execPath, [cli, 'import', join(values.data, 'worldcup-db'), '--db', db, '-q'], { stdio: 'ignore' });
  const token = execFileSync(process.execPath, [cli, 'token', 'create', '--name', 'bench', '--db', db], { encoding: 'utf8' }).trim().split('\n').pop();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  await startProcess([cli, 'serve', '--port', String(port), '--db', db, '--write-limit', String(writes * 10)], /serving/);
  // The record book is built before the first write and before facts are read.
  for (;;) {
    const health = await (await fetch(`${base}/health`)).json();
    if (health.recordBook.state === 'ready') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const { matches } = await (await fetch(`${base}/api/matches?date=2022-12-18&team=France`)).json();
  const factsUrl = `${base}/api/matches/${matches[0].id}/facts`;
  const first = await fetch(factsUrl);
  const body = await first.text();
  const etag = first.headers.get('etag');
  const bodyFile = join(dir, 'facts.json');
  writeFileSync(bodyFile, body);
  const barePort = await freePort();
  await startProcess([resolve('bench', 'api-bare-server.js'), bodyFile, String(barePort)], /listening/);

  process.stdout.write(`\n(1) GET facts of the 2022 final (${body.length.toLocaleString('en-US')} bytes), ${connections} connections, ${rounds} alternating rounds of ${duration} s each, loopback\n`);
  process.stdout.write(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(', ')}\n`);
  const bareRounds = [];
  const factsRounds = [];
  const notModifiedRounds = [];
  for (let round = 0; round < rounds; round++) {
    bareRounds.push(await load(`http://127.0.0.1:${barePort}/bare`));
    factsRounds.push(await load(factsUrl));
    if (etag) notModifiedRounds.push(await load(factsUrl, { 'if-none-match': etag }));
  }
  const bare = median(bareRounds);
  const facts = median(factsRounds);
  process.stdout.write(`${line('bare Fastify route, same bytes', bare)}\n${line('GET /api/matches/:id/facts', facts)}\n`);
  if (etag) process.stdout.write(`${line('the same, If-None-Match: 304', median(notModifiedRounds), '3xx')}\n`);
  const perRound = (results) => results.map((r) => Math.round(r.requests.average)).join(', ');
  process.stdout.write(`every round, req/s: bare ${perRound(bareRounds)}; facts ${perRound(factsRounds)}${etag ? `; 304 ${perRound(notModifiedRounds)}` : ''}\n`);
  process.stdout.write(`facts / bare: ${(facts.requests.average / bare.requests.average).toFixed(2)}× the throughput (median rounds); target ≥ 10,000 req/s with p99 < 20 ms\n`);
  process.stdout.write(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(', ')}\n`);

  process.stdout.write(`\n(2) ${writes} concurrent POST /api/matches, an /events client listening\n`);
  const seen = new Set();
  const stop = listenEvents(`${base}/events`, (event) => seen.add(event.id));
  await new Promise((r) => setTimeout(r, 200));
  const started = performance.now();
  const answers = await Promise.all(Array.from({ length: writes }, (_, i) => post(`${base}/api/matches`, token, JSON.stringify(benchMatch(i)))));
  const elapsed = performance.now() - started;
  for (let i = 0; i < 100 && seen.size < writes; i++) await new Promise((r) => setTimeout(r, 100));
  stop();
  const created = answers.filter((a) => a.status === 201);
  const ids = new Set(created.map((a) => a.body.id));
  const stored = await (await fetch(`${base}/api/matches?season=2030&competition=FIFA%20World%20Cup&limit=500`)).json();
  const lost = writes - stored.matches.length;
  process.stdout.write(
    `answered 201: ${created.length}/${writes}; distinct ids: ${ids.size}; stored: ${stored.matches.length}; on /events: ${seen.size}; lost: ${lost}; ` +
      `${(elapsed / 1000).toFixed(1)} s in all (${(elapsed / writes).toFixed(0)} ms a write, queued one at a time)\n`,
  );
  const other = answers.filter((a) => a.status !== 201);
  if (other.length > 0) process.stdout.write(`not 201: ${JSON.stringify(other.slice(0, 3))}\n`);
  process.exitCode = created.length === writes && ids.size === writes && lost === 0 && seen.size === writes ? 0 : 1;
} finally {
  const exited = children.filter((child) => child.exitCode === null).map((child) => new Promise((done) => child.once('exit', done)));
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(exited);
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
