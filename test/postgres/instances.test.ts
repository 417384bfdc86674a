// Several instances of `matchfacts serve --postgres URL` on one PostgreSQL database, as behind a
// load balancer: a match posted to one (with a token) is read back, with its facts, from the
// other's API, and reaches the `/events` of both (NOTIFY on commit, LISTEN in each server).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../support/shared-data.js';
import { createPostgresDatabase, POSTGRES_SERVER, type TestDatabase } from './databases.js';
import { openEvents } from './sse.js';

const run = promisify(execFile);
const CLI = resolve('dist/cli/main.js');

async function matchfacts(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Instance {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `matchfacts serve --postgres URL` and waits until /health answers. */
async function serve(database: string): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--postgres', database], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`matchfacts serve exited (${code}):\n${output}`))));
  const ready = (async () => {
    for (;;) {
      const health = await fetch(`${url}/health`).then((r) => (r.ok ? (r.json() as Promise<{ recordBook: { state: string } }>) : undefined)).catch(() => undefined);
      if (health?.recordBook.state === 'ready') return;
      await new Promise((wait) => setTimeout(wait, 200));
    }
  })();
  await Promise.race([ready, exited]);
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

const match = (date: string, away: string, scorer: string) => ({
  kind: 'match', competition: 'FIFA World Cup', season: '2026', stage: 'Group stage', group: 'J', date,
  home: 'Argentina', away, score: { halfTime: [1, 0], fullTime: [3, 0] },
  goals: [17, 55, 78].map((minute) => ({ team: 'home', scorer, minute })),
});

describe.skipIf(POSTGRES_SERVER === undefined)('two instances serving one PostgreSQL database', () => {
  let database: TestDatabase;
  let first: Instance;
  let second: Instance;
  let token: string;

  beforeAll(async () => {
    database = await createPostgresDatabase('instances');
    await matchfacts(['import', sharedPath('worldcup-db'), '--db', database.location]);
    // Any command that reads the book builds it: both servers then start with it ready.
    await matchfacts(['records', '--definition', 'wc-men-most-goals-edition', '--json', '--db', database.location]);
    token = (JSON.parse(await matchfacts(['token', 'create', '--name', 'newsdesk', '--json', '--db', database.location])) as { token: string }).token;
    [first, second] = await Promise.all([serve(database.location), serve(database.location)]);
  });

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  it('a match posted to one is on the other’s API and on both /events, with its facts', async () => {
    const [onFirst, onSecond] = await Promise.all([openEvents(`${first.url}/events`), openEvents(`${second.url}/events`)]);
    const refused = await fetch(`${first.url}/api/matches`, { method: 'POST', body: JSON.stringify(match('2026-06-16', 'Algeria', 'Lionel Messi')), headers: { 'content-type': 'application/json' } });
    expect(refused.status).toBe(401);

    const posted = await fetch(`${first.url}/api/matches`, {
      method: 'POST',
      body: JSON.stringify(match('2026-06-16', 'Algeria', 'Lionel Messi')),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    expect(posted.status).toBe(201);
    const written = (await posted.json()) as { id: number; facts: { text: string }[] };
    expect(written.facts.some((f) => /Messi/.test(f.text))).toBe(true);

    const [seenByFirst, seenBySecond] = await Promise.all([onFirst.next(), onSecond.next()]);
    for (const event of [seenByFirst, seenBySecond]) {
      expect(event.event).toBe('match');
      const data = JSON.parse(event.data) as { id: number; facts: { text: string }[] };
      expect(data.id).toBe(written.id);
      expect(data.facts.map((f) => f.text)).toEqual(written.facts.map((f) => f.text));
    }
    expect(seenBySecond.id).toBe(seenByFirst.id);

    const read = (await (await fetch(`${second.url}/api/matches/${written.id}`)).json()) as { home: { name: string }; away: { name: string }; scoreLine: string };
    expect([read.home.name, read.away.name, read.scoreLine]).toEqual(['Argentina', 'Algeria', '3-0']);
    const facts = (await (await fetch(`${second.url}/api/matches/${written.id}/facts`)).json()) as { facts: { text: string }[] };
    expect(facts.facts.map((f) => f.text).sort()).toEqual(written.facts.map((f) => f.text).sort());

    // And the other way round, into a stream that resumes from the first event.
    const resumed = await openEvents(`${first.url}/events`, { 'last-event-id': seenByFirst.id });
    const second2 = await fetch(`${second.url}/api/matches`, {
      method: 'POST',
      body: JSON.stringify(match('2026-06-22', 'Austria', 'Julián Álvarez')),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    expect(second2.status).toBe(201);
    const next = (await second2.json()) as { id: number };
    const arrived = await resumed.next();
    expect(JSON.parse(arrived.data).id).toBe(next.id);
    expect(Number(arrived.id)).toBeGreaterThan(Number(seenByFirst.id));
    for (const stream of [onFirst, onSecond, resumed]) stream.close();
  });
});
