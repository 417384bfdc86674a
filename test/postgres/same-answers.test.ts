// PostgreSQL answers what SQLite answers. The whole open data is imported into both stores and
// the record book built in each; then the famous matches' facts and stories, the journalists'
// claims and the API's read routes must come out the same, byte for byte — the records, claims,
// story and API suites' questions, asked of both stores.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { setImmediate as nextTurnOfTheEventLoop } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/claims/check-claim.js';
import { readMatchFacts } from '../../src/records/book/record-book-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { buildApp } from '../../src/server/app.js';
import { MatchfactsService } from '../../src/server/service.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { loadStoryInput } from '../../src/story/load-story-input.js';
import { renderText } from '../../src/story/render-text.js';
import { writeStory } from '../../src/story/write-story.js';
import { JOURNALIST_CLAIMS } from '../claims/journalist-claims.js';
import { FAMOUS_MATCHES as RECORD_MATCHES } from '../records/famous-matches.js';
import { FAMOUS_MATCHES as STORY_MATCHES } from '../story/famous-matches.js';
import { SHARED_DATA } from '../support/shared-data.js';
import { DIALECTS, POSTGRES_SERVER, type TestDatabase } from './databases.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);

interface Opened {
  store: Store;
  database: TestDatabase;
  service: MatchfactsService;
  app: FastifyInstance;
}

const run = promisify(execFile);
const CLI = resolve('dist/cli/main.js');

/**
 * A store of `dialect` holding the whole open data and its record book, both made by the CLI in
 * a process of its own (minutes of synchronous work that would stall the test runner's worker).
 */
async function openWithData(dialect: (typeof DIALECTS)[number]): Promise<Opened> {
  const database = await dialect.create('same-answers');
  await run(process.execPath, [CLI, 'import', SHARED_DATA, '--db', database.location], { maxBuffer: 64 * 1024 * 1024 });
  await run(process.execPath, [CLI, 'records', '--definition', 'wc-men-most-goals-edition', '--json', '--db', database.location], { maxBuffer: 64 * 1024 * 1024 });
  const store = await openStore(database.location);
  const service = new MatchfactsService({ store, definitions });
  await service.recordBook();
  const app = await buildApp({ service });
  return { store, database, service, app };
}

describe.skipIf(POSTGRES_SERVER === undefined)('PostgreSQL answers what SQLite answers, on the whole open data', () => {
  let sqlite: Opened;
  let postgres: Opened;

  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([openWithData(DIALECTS.find((d) => d.dialect === 'sqlite')!), openWithData(DIALECTS.find((d) => d.dialect === 'postgres')!)]);
  }, 900_000);

  afterAll(async () => {
    for (const opened of [sqlite, postgres]) {
      await opened?.app.close();
      await opened?.service.close();
      await opened?.store.close();
      await opened?.database.drop();
    }
  });

  const factsOf = async (store: Store, date: string, team: string, competition?: string): Promise<string[]> => {
    const [match] = await readMatches(store.db, { date, team, ...(competition ? { competition } : {}) });
    if (!match) throw new Error(`no match on ${date} for ${team}`);
    return readMatchFacts(store, match.id).map((f) => `[${f.score}] ${f.text}`);
  };

  it('holds the same matches, goals and record book', () => {
    for (const table of ['match', 'goal', 'booking', 'player', 'team', 'conflict', 'record_fact', 'record_state']) {
      const count = (store: Store): number => (store.sql.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect([table, count(postgres.store)]).toEqual([table, count(sqlite.store)]);
    }
  });

  it.each(RECORD_MATCHES.map((m) => [m.match, m] as const))('gives the facts of %s alike', async (_, m) => {
    const expected = await factsOf(sqlite.store, m.date, m.team, m.competition);
    expect(expected.length).toBeGreaterThan(0);
    expect(await factsOf(postgres.store, m.date, m.team, m.competition)).toEqual(expected);
  });

  it.each(STORY_MATCHES.map((m) => [m.name, m] as const))('writes the story of %s alike', async (_, m) => {
    const story = async (store: Store): Promise<string> => {
      const [match] = await readMatches(store.db, { date: m.date, team: m.team });
      return renderText(writeStory(await loadStoryInput(store, match!.id)));
    };
    expect(await story(postgres.store)).toBe(await story(sqlite.store));
  });

  it('checks the journalists’ claims alike', async () => {
    const differ: string[] = [];
    for (const claim of JOURNALIST_CLAIMS) {
      const [a, b] = [await checkClaim(sqlite.store, claim.text), await checkClaim(postgres.store, claim.text)];
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${claim.text}: ${a.verdict} / ${b.verdict}`);
      // Both stores answer synchronously, so without this the loop never gives the event loop a
      // turn: 254 checks held it 25 s alone and over 60 s on a busy machine, and Vitest's worker then
      // fails the run with "Timeout calling onTaskUpdate" (its reply waits behind the loop).
      await nextTurnOfTheEventLoop();
    }
    expect(differ).toEqual([]);
  }, 600_000);

  // The preview replays the book up to the match in memory for tens of seconds on either store (the
  // CLI's `preview` output is compared by hand): left out, so no step blocks the test runner a minute.
  it('answers the API’s read routes alike', async () => {
    const get = async (opened: Opened, url: string): Promise<[number, string]> => {
      const res = await opened.app.inject(url);
      return [res.statusCode, res.body];
    };
    const [final] = await readMatches(sqlite.store.db, { date: '2022-12-18', team: 'France' });
    const { competitions: editions } = JSON.parse((await get(sqlite, '/api/competitions'))[1]) as { competitions: { id: number; competition: string; season: string }[] };
    const wc2018 = editions.find((e) => e.competition === 'FIFA World Cup' && e.season === '2018');
    const cl2021 = editions.find((e) => /Champions League/.test(e.competition) && /2020/.test(e.season));
    const urls = [
      '/health',
      '/api/matches?date=2022-12-18&team=France',
      '/api/matches?competition=World%20Cup%201958&team=Brazil',
      `/api/matches/${final!.id}`,
      `/api/matches/${final!.id}/facts`,
      `/api/matches/${final!.id}/story`,
      '/api/competitions',
      ...(wc2018 ? [`/api/competitions/${wc2018.id}/table?group=H`, `/api/competitions/${wc2018.id}/bracket`] : []),
      ...(cl2021 ? [`/api/competitions/${cl2021.id}/bracket`, `/api/competitions/${cl2021.id}/scenarios`] : []),
      '/api/ties?date=2021-03-09&team=Porto',
      '/api/records?competition=World%20Cup',
      '/api/records/wc-men-youngest-scorer?history=true',
      '/api/players?q=Pel%C3%A9',
      '/api/conflicts',
    ];
    for (const url of urls) {
      const expected = await get(sqlite, url);
      expect(expected[0], url).toBe(200);
      expect(await get(postgres, url), url).toEqual(expected);
    }
  });
});
