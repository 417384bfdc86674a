// The HTTP API over a real store holding the real World Cup database — an SQLite file, and a
// PostgreSQL database where a server is given (MATCHFACTS_TEST_POSTGRES): reads answer what the
// CLI answers, writes need a token and are refused whole when bad, and /events pushes every
// written match with its facts, resuming from Last-Event-ID.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPath } from '../../src/ingest/import-path.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { buildApp } from '../../src/server/app.js';
import { MatchfactsService } from '../../src/server/service.js';
import { createToken, revokeToken } from '../../src/server/tokens.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { sharedPath, tempDir } from '../support/shared-data.js';
import { DIALECTS, newStore, type TestDatabase } from '../postgres/databases.js';

/** A 2026 World Cup match, later than everything in the World Cup database: the book extends. */
const MATCH_2026 = {
  kind: 'match',
  competition: 'FIFA World Cup',
  season: '2026',
  stage: 'Group stage',
  group: 'J',
  date: '2026-06-16',
  home: 'Argentina',
  away: 'Algeria',
  score: { halfTime: [1, 0], fullTime: [3, 0] },
  goals: [
    { team: 'home', scorer: 'Lionel Messi', minute: 17 },
    { team: 'home', scorer: 'Lionel Messi', minute: 55 },
    { team: 'home', scorer: 'Lionel Messi', minute: 78 },
  ],
};

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`the API on ${dialect.dialect}`, () => {
    let store: Store;
    let database: TestDatabase;
    let service: MatchfactsService;
    let app: FastifyInstance;
    let token: string;

    const matchCount = (): number => (store.sql.prepare('SELECT count(*) AS n FROM match').get() as { n: number }).n;
    const auth = (t: string = token): Record<string, string> => ({ authorization: `Bearer ${t}` });

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'api'));
      await importPath(store, [sharedPath('worldcup-db')]);
      service = new MatchfactsService({ store, definitions: loadBuiltInCatalogue().map((l) => l.definition) });
      await service.recordBook();
      app = await buildApp({ service, writeRateLimit: { max: 1000, timeWindow: 60_000 } });
      token = await createToken(store.db, 'test-desk');
    });

    afterAll(async () => {
      await app?.close();
      await service?.close();
      await store?.close();
      await database?.drop();
    });

    describe('reads', () => {
      it('answers /health with the number of matches and the record book ready', async () => {
        const res = await app.inject('/health');
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ status: 'ok', recordBook: { state: 'ready' } });
        expect(res.json().matches).toBeGreaterThan(1000);
      });

      it('publishes an OpenAPI 3 document naming every route', async () => {
        const doc = (await app.inject('/openapi.json')).json();
        expect(doc.openapi).toMatch(/^3\./);
        for (const path of ['/api/matches', '/api/matches/{id}/facts', '/api/check', '/api/records/{definition}', '/api/competitions/{id}/table', '/events']) {
          expect(Object.keys(doc.paths)).toContain(path);
        }
        expect(doc.paths['/api/matches'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['date', 'team', 'competition', 'page']));
        expect((await app.inject('/docs/')).statusCode).toBe(200);
      });

      it('finds the 2022 final by date and team, and gives its score line, scorers and sources', async () => {
        const list = (await app.inject('/api/matches?date=2022-12-18&team=France')).json();
        expect(list.matches).toHaveLength(1);
        const final = list.matches[0];
        expect(final.scoreLine).toBe('3-3 a.e.t., 4-2 pen.');
        const one = (await app.inject(`/api/matches/${final.id}`)).json();
        expect(one.home.name).toBe('Argentina');
        expect(one.goals.filter((g: { scorer: string }) => g.scorer === 'Kylian Mbappé')).toHaveLength(3);
        expect(one.venue).toBe('Lusail Stadium');
        expect(one.sources.length).toBeGreaterThan(0);
      });

      it('pages through the 1958 World Cup', async () => {
        const first = (await app.inject('/api/matches?competition=World%20Cup%201958&limit=20')).json();
        expect(first.matches).toHaveLength(20);
        expect(first.next).toContain('page=2');
        const second = (await app.inject(first.next)).json();
        expect(second.matches[0].id).not.toBe(first.matches[0].id);
        const last = (await app.inject('/api/matches?competition=World%20Cup%201958&limit=20&page=2')).json();
        expect(last.next).toBeNull();
        expect(first.matches.length + last.matches.length).toBe(35);
      });

      it("gives the 2022 final's facts: Mbappé's hat-trick in a World Cup final, with Geoff Hurst before him", async () => {
        const id = (await app.inject('/api/matches?date=2022-12-18&team=France')).json().matches[0].id;
        const res = await app.inject(`/api/matches/${id}/facts`);
        expect(res.headers['content-type']).toContain('application/json');
        const { facts } = res.json();
        const hatTrick = facts.find((f: { definitionId: string }) => f.definitionId === 'wc-men-hat-trick-in-final');
        expect(hatTrick.text).toContain('Kylian Mbappé');
        expect(JSON.stringify(hatTrick.proof)).toContain('Geoff Hurst');
        // Served again from the cache: the same bytes, under the same ETag.
        const again = await app.inject(`/api/matches/${id}/facts`);
        expect(again.body).toBe(res.body);
        expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
        expect(again.headers.etag).toBe(res.headers.etag);
        // A client holding those bytes is told they are current, without them.
        const current = await app.inject({ url: `/api/matches/${id}/facts`, headers: { 'if-none-match': String(res.headers.etag) } });
        expect(current.statusCode).toBe(304);
        expect(current.body).toBe('');
        expect(current.headers.etag).toBe(res.headers.etag);
      });

      it('writes the story of Brazil 1-7 Germany in markdown and JSON', async () => {
        const id = (await app.inject('/api/matches?date=2014-07-08&team=Germany')).json().matches[0].id;
        const markdown = await app.inject(`/api/matches/${id}/story?format=markdown`);
        expect(markdown.headers['content-type']).toContain('text/markdown');
        expect(markdown.body).toContain('Klose');
        const json = (await app.inject(`/api/matches/${id}/story`)).json();
        expect(json.paragraphs.length).toBeGreaterThan(0);
        expect((await app.inject(`/api/matches/${id}/preview?format=text`)).body).toContain('Klose');
      });

      it('lists competitions and gives the 2018 group H table, Japan above Senegal on fair play, and the bracket', async () => {
        const { competitions } = (await app.inject('/api/competitions?q=World%20Cup')).json();
        const wc2018 = competitions.find((c: { competition: string; season: string }) => c.competition === 'FIFA World Cup' && c.season === '2018');
        expect(wc2018.matches).toBe(64);
        const { tables } = (await app.inject(`/api/competitions/${wc2018.id}/table?group=H`)).json();
        const rows = tables[0].rows.map((r: { team: string }) => r.team);
        expect(rows.indexOf('Japan')).toBeLessThan(rows.indexOf('Senegal'));
        const bracket = (await app.inject(`/api/competitions/${wc2018.id}/bracket`)).json();
        expect(bracket.champion).toBe('France');
        const final = bracket.stages.at(-1).ties[0].legs[0];
        expect((await app.inject(`/api/matches/${final.matchId}`)).json()).toMatchObject({ date: '2018-07-15', home: { name: 'France' }, away: { name: 'Croatia' } });
        expect((await app.inject(`/api/competitions/${wc2018.id}/scenarios`)).json().openTies).toEqual([]);
      });

      it('gives the tie of the 2022 final, records with history, players and conflicts', async () => {
        const tie = (await app.inject('/api/ties?date=2022-12-18&team=France')).json();
        expect(tie.winner).toBe('Argentina');
        // Each leg names its match, so a reader can follow it to the match page.
        const finalId = (await app.inject('/api/matches?date=2022-12-18&team=France')).json().matches[0].id;
        expect(tie.legs.map((l: { matchId: number }) => l.matchId)).toEqual([finalId]);
        const youngest = (await app.inject('/api/records/wc-men-youngest-scorer?history=true')).json();
        expect(youngest.records[0].holders[0].subject.name).toBe('Pelé');
        expect(youngest.records[0].history.length).toBeGreaterThan(1);
        const all = (await app.inject('/api/records?competition=World%20Cup')).json();
        expect(all.records.length).toBeGreaterThan(10);
        const pele = (await app.inject('/api/players?q=Pel%C3%A9&date=1958-06-19')).json().players[0];
        expect(pele.birthDate).toBe('1940-10-23');
        expect(pele.ageOnDate.age).toContain('17 years');
        const profile = (await app.inject(`/api/players/${pele.id}`)).json();
        expect(profile.name).toBe(pele.name);
        // Each goal names its match: Pelé's first World Cup goal, against Wales on 19 June 1958.
        const first = profile.goalList[0];
        expect((await app.inject(`/api/matches/${first.matchId}`)).json()).toMatchObject({ date: '1958-06-19', home: { name: 'Brazil' }, away: { name: 'Wales' } });
        expect(Array.isArray((await app.inject('/api/conflicts')).json().conflicts)).toBe(true);
      });

      it('checks claims: Just Fontaine’s 13 goals in 1958 true, Klose as oldest scorer false', async () => {
        const fontaine = await app.inject({ method: 'POST', url: '/api/check', payload: { claim: 'Just Fontaine scored 13 goals at the 1958 World Cup' } });
        expect(fontaine.json().verdict).toBe('true');
        const klose = await app.inject({ method: 'POST', url: '/api/check', payload: { claim: 'Miroslav Klose is the oldest player to score at a World Cup' } });
        expect(klose.json().verdict).toBe('false');
        expect(klose.json().statement).toContain('Roger Milla');
      });

      it('refuses bad input with 4xx naming the field and the reason', async () => {
        const date = await app.inject('/api/matches?date=2022-02-30');
        expect(date.statusCode).toBe(400);
        expect(date.json()).toMatchObject({ field: 'querystring.date', reason: expect.stringContaining('date') });
        const id = await app.inject('/api/matches/abc/facts');
        expect(id.json()).toMatchObject({ field: 'params.id' });
        const claim = await app.inject({ method: 'POST', url: '/api/check', payload: { claim: '' } });
        expect(claim.statusCode).toBe(400);
        expect(claim.json().field).toBe('body.claim');
        const missing = await app.inject('/api/matches/99999999');
        expect(missing.statusCode).toBe(404);
        expect(missing.json().reason).toContain('99999999');
        const unknown = await app.inject('/api/records/no-such-record');
        expect(unknown.statusCode).toBe(404);
      });

      it('answers / with an HTML page linking the docs', async () => {
        const res = await app.inject('/');
        expect(res.headers['content-type']).toContain('text/html');
        expect(res.body).toContain('href="/docs"');
      });
    });

    describe('the OpenAPI document', () => {
      type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };
      let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
      let ajv: Ajv;
      beforeAll(async () => {
        doc = (await app.inject('/openapi.json')).json();
        // OpenAPI 3.0 schemas are JSON Schema with `nullable`, which Ajv reads; the rest of the document is not schema.
        ajv = new Ajv({ strict: false, allErrors: true });
        ajv.addSchema(doc, 'openapi');
      });

      /** The documented schema of one answer: path as in the document, e.g. /api/matches/{id}. */
      const documented = (path: string, method: string, status: number, type = 'application/json') =>
        ajv.compile({ $ref: `openapi#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}/responses/${status}/content/${type.replaceAll('/', '~1')}/schema` });

      const expectValid = (validate: ReturnType<Ajv['compile']>, body: unknown): void => {
        const valid = validate(body);
        expect(valid ? [] : validate.errors?.slice(0, 5)).toEqual([]);
      };

      it('says what every route answers: a schema for its success and the Error body for its refusals and failures', () => {
        const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
        expect(operations.length).toBeGreaterThanOrEqual(20);
        for (const { path, method, op } of operations) {
          const codes = Object.keys(op.responses ?? {});
          const success = codes.filter((c) => c.startsWith('2'));
          expect(success, `${method} ${path}`).not.toEqual([]);
          for (const code of success) expect(Object.values(op.responses![code]!.content ?? {}).every((c) => c.schema !== undefined) && op.responses![code]!.content !== undefined, `${method} ${path} ${code}`).toBe(true);
          const refusals = codes.filter((c) => c.startsWith('4') || c.startsWith('5'));
          expect(refusals, `${method} ${path}`).not.toEqual([]);
          for (const code of refusals) expect(JSON.stringify(op.responses![code]), `${method} ${path} ${code}`).toContain('#/components/schemas/Error');
        }
      });

      it('documents what the 2022 final, its facts, story, tie and players answer, and real answers fit it', async () => {
        const final = (await app.inject('/api/matches?date=2022-12-18&team=France')).json().matches[0];
        expectValid(documented('/api/matches', 'get', 200), (await app.inject('/api/matches?date=2022-12-18')).json());
        expectValid(documented('/api/matches/{id}', 'get', 200), (await app.inject(`/api/matches/${final.id}`)).json());
        expectValid(documented('/api/matches/{id}/facts', 'get', 200), (await app.inject(`/api/matches/${final.id}/facts`)).json());
        expectValid(documented('/api/matches/{id}/story', 'get', 200), (await app.inject(`/api/matches/${final.id}/story`)).json());
        expectValid(documented('/api/ties', 'get', 200), (await app.inject('/api/ties?date=2022-12-18&team=France')).json());
        const mbappe = (await app.inject('/api/players?q=Kylian%20Mbapp%C3%A9')).json();
        expectValid(documented('/api/players', 'get', 200), mbappe);
        expectValid(documented('/api/players/{id}', 'get', 200), (await app.inject(`/api/players/${mbappe.players[0].id}`)).json());
        expectValid(documented('/api/records/{definition}', 'get', 200), (await app.inject('/api/records/wc-men-youngest-scorer?history=true')).json());
        expectValid(documented('/api/check', 'post', 200), (await app.inject({ method: 'POST', url: '/api/check', payload: { claim: 'Miroslav Klose is the oldest player to score at a World Cup' } })).json());
        expectValid(documented('/health', 'get', 200), (await app.inject('/health')).json());
      });

      it('documents tables, brackets and scenarios of the 2018 World Cup, and the refusals', async () => {
        const { competitions } = (await app.inject('/api/competitions?q=World%20Cup')).json();
        expectValid(documented('/api/competitions', 'get', 200), { competitions });
        const wc2018 = competitions.find((c: { competition: string; season: string }) => c.competition === 'FIFA World Cup' && c.season === '2018');
        expectValid(documented('/api/competitions/{id}', 'get', 200), (await app.inject(`/api/competitions/${wc2018.id}`)).json());
        expectValid(documented('/api/competitions/{id}/table', 'get', 200), (await app.inject(`/api/competitions/${wc2018.id}/table`)).json());
        expectValid(documented('/api/competitions/{id}/bracket', 'get', 200), (await app.inject(`/api/competitions/${wc2018.id}/bracket`)).json());
        expectValid(documented('/api/competitions/{id}/scenarios', 'get', 200), (await app.inject(`/api/competitions/${wc2018.id}/scenarios`)).json());
        expectValid(documented('/api/conflicts', 'get', 200), (await app.inject('/api/conflicts?limit=50')).json());
        const missing = await app.inject('/api/matches/99999999');
        expectValid(documented('/api/matches/{id}', 'get', 404), missing.json());
        const bad = await app.inject('/api/matches?date=2022-02-30');
        expectValid(documented('/api/matches', 'get', 400), bad.json());
      });
    });

    describe('writes', () => {
      it('refuses a write without a token, or with a wrong or revoked one, with 401, and writes nothing', async () => {
        const before = matchCount();
        const none = await app.inject({ method: 'POST', url: '/api/matches', payload: MATCH_2026 });
        expect(none.statusCode).toBe(401);
        expect(none.json().field).toBe('authorization');
        const wrong = await app.inject({ method: 'POST', url: '/api/matches', payload: MATCH_2026, headers: auth('mft_not-a-token-at-all-0000000000') });
        expect(wrong.statusCode).toBe(401);
        const revoked = await createToken(store.db, 'revoked-desk');
        await revokeToken(store.db, 'revoked-desk');
        expect((await app.inject({ method: 'POST', url: '/api/matches', payload: MATCH_2026, headers: auth(revoked) })).statusCode).toBe(401);
        expect(matchCount()).toBe(before);
      });

      it('refuses a document with a bad field, naming the field, line and column, and writes nothing', async () => {
        const before = matchCount();
        const body = JSON.stringify({ ...MATCH_2026, score: { fullTime: [3, 'x'] } }, null, 2);
        const res = await app.inject({ method: 'POST', url: '/api/matches', payload: body, headers: { ...auth(), 'content-type': 'application/json' } });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ error: 'invalid_input', field: expect.stringContaining('score'), line: expect.any(Number), column: expect.any(Number) });
        const broken = await app.inject({ method: 'POST', url: '/api/matches', payload: '{"kind": "match",', headers: { ...auth(), 'content-type': 'application/json' } });
        expect(broken.statusCode).toBe(400);
        expect(matchCount()).toBe(before);
      });

      it('rate-limits writes per token', async () => {
        const limited = await buildApp({ service, writeRateLimit: { max: 2, timeWindow: 60_000 } });
        const bad = { method: 'PATCH' as const, url: '/api/matches/1/status', payload: { attendance: -1 }, headers: auth() };
        const codes = [];
        for (let i = 0; i < 3; i++) codes.push((await limited.inject(bad)).statusCode);
        expect(codes).toEqual([400, 400, 429]);
        // Another token has its own allowance.
        const other = await createToken(store.db, 'other-desk');
        expect((await limited.inject({ ...bad, headers: auth(other) })).statusCode).toBe(400);
        await limited.close();
      });
    });

    describe('live events', () => {
      let base: string;
      beforeAll(async () => {
        await app.listen({ port: 0, host: '127.0.0.1' });
        const address = app.server.address();
        base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      });

      it('pushes a written match with its facts on /events, and replays it to a client resuming from Last-Event-ID', async () => {
        const stream = await openEvents(`${base}/events`);
        const before = matchCount();
        const refused = await fetch(`${base}/api/matches`, { method: 'POST', body: JSON.stringify(MATCH_2026), headers: { 'content-type': 'application/json' } });
        expect(refused.status).toBe(401);
        expect(matchCount()).toBe(before);

        const posted = await fetch(`${base}/api/matches`, { method: 'POST', body: JSON.stringify(MATCH_2026), headers: { ...auth(), 'content-type': 'application/json' } });
        expect(posted.status).toBe(201);
        const written = (await posted.json()) as { id: number; facts: { text: string }[] };
        expect(matchCount()).toBe(before + 1);
        expect(written.facts.length).toBeGreaterThan(0);

        const event = await stream.next();
        stream.close();
        expect(event.event).toBe('match');
        const data = JSON.parse(event.data) as { id: number; match: { scoreLine: string }; facts: { text: string }[] };
        expect(data.id).toBe(written.id);
        expect(data.match.scoreLine).toBe('3-0');
        expect(data.facts.map((f) => f.text)).toEqual(written.facts.map((f) => f.text));
        // The same facts the read route gives.
        const facts = (await (await fetch(`${base}/api/matches/${written.id}/facts`)).json()) as { facts: { text: string }[] };
        expect(facts.facts.map((f) => f.text).sort()).toEqual(data.facts.map((f) => f.text).sort());

        // A client that saw nothing after the event before it is sent this one on reconnection.
        const resumed = await openEvents(`${base}/events`, { 'last-event-id': String(Number(event.id) - 1) });
        const replayed = await resumed.next();
        resumed.close();
        expect(replayed.id).toBe(event.id);
        expect(JSON.parse(replayed.data).id).toBe(written.id);

        // The same document again changes nothing: 200, not 201, and no new event.
        const again = await fetch(`${base}/api/matches`, { method: 'POST', body: JSON.stringify(MATCH_2026), headers: { ...auth(), 'content-type': 'application/json' } });
        expect(again.status).toBe(200);
        expect(matchCount()).toBe(before + 1);
      });

      it("changes a match's status and a competition's status with a token, and announces the match", async () => {
        const id = (await app.inject('/api/matches?date=2026-06-16&team=Argentina')).json().matches[0].id;
        const stream = await openEvents(`${base}/events`);
        const patched = await app.inject({ method: 'PATCH', url: `/api/matches/${id}/status`, payload: { behindClosedDoors: true, statusNote: 'stadium closed by the authorities' }, headers: auth() });
        expect(patched.statusCode).toBe(200);
        expect(patched.json().match).toMatchObject({ id, behindClosedDoors: true, statusNote: 'stadium closed by the authorities' });
        const event = await stream.next();
        stream.close();
        expect(JSON.parse(event.data)).toMatchObject({ id, match: { behindClosedDoors: true } });

        const { competitions } = (await app.inject('/api/competitions?q=World%20Cup')).json();
        const wc2026 = competitions.find((c: { competition: string; season: string }) => c.competition === 'FIFA World Cup' && c.season === '2026');
        expect((await app.inject({ method: 'POST', url: `/api/competitions/${wc2026.id}/status`, payload: { status: 'suspended', since: '2026-06-17' } })).statusCode).toBe(401);
        const suspended = await app.inject({ method: 'POST', url: `/api/competitions/${wc2026.id}/status`, payload: { status: 'suspended', since: '2026-06-17', reason: 'a test of the service' }, headers: auth() });
        expect(suspended.statusCode).toBe(201);
        expect((await app.inject(`/api/competitions/${wc2026.id}`)).json().status).toMatchObject({ status: 'suspended', since: '2026-06-17' });
        const wrong = await app.inject({ method: 'POST', url: `/api/competitions/${wc2026.id}/status`, payload: { status: 'postponed' }, headers: auth() });
        expect(wrong.statusCode).toBe(400);
        expect(wrong.json().field).toBe('body.status');
      });
      it('replaces a live match and its provisional facts when the final score is posted under the same source key, and /events carries both', async () => {
        // Germany 9-0 up in play: a provisional equal of the biggest World Cup win (Hungary 9-0 Korea, 1954).
        const live = { kind: 'match', competition: 'FIFA World Cup', season: '2026', stage: 'Group stage', group: 'E', date: '2026-06-14', home: 'Germany', away: 'Saudi Arabia', status: 'live', score: { fullTime: [9, 0] } };
        const final = { ...live, status: 'played', score: { halfTime: [5, 0], fullTime: [10, 0] } };
        const stream = await openEvents(`${base}/events`);
        const before = matchCount();
        const post = (document: unknown) => fetch(`${base}/api/matches`, { method: 'POST', body: JSON.stringify(document), headers: { ...auth(), 'content-type': 'application/json' } });
        type FactsBody = { match: { text: string }; facts: { definitionId: string; kind: string; value: string; provisional?: true }[] };
        const readFacts = async (id: number) => (await (await fetch(`${base}/api/matches/${id}/facts`)).json()) as FactsBody;

        const posted = (await (await post(live)).json()) as { id: number; match: { status: string; scoreLine: string } };
        expect(posted.match).toMatchObject({ status: 'live', scoreLine: '9-0 [live]' });
        const provisional = await readFacts(posted.id);
        const provisionalTag = (await fetch(`${base}/api/matches/${posted.id}/facts`)).headers.get('etag')!;
        // Read twice: the second answer comes from the cache the final result must not leave stale.
        expect(await readFacts(posted.id)).toEqual(provisional);
        const biggestWin = (body: FactsBody) => body.facts.find((f) => f.definitionId.includes('biggest-win') && f.definitionId.startsWith('wc-men'));
        expect(biggestWin(provisional)).toMatchObject({ kind: 'equals_record', provisional: true });
        expect(provisional.facts.every((f) => f.provisional === true)).toBe(true);

        const replaced = (await (await post(final)).json()) as { id: number; match: { status: string; scoreLine: string } };
        expect(replaced.id).toBe(posted.id);
        expect(replaced.match).toMatchObject({ status: 'played', scoreLine: '10-0' });
        expect(matchCount()).toBe(before + 1);
        const settled = await readFacts(posted.id);
        expect(settled.match.text).toBe('Germany 10-0 Saudi Arabia');
        // A client holding the provisional answer is sent the settled one, not a 304.
        expect((await fetch(`${base}/api/matches/${posted.id}/facts`, { headers: { 'if-none-match': provisionalTag } })).status).toBe(200);
        expect(biggestWin(settled)).toMatchObject({ kind: 'new_record' });
        expect(settled.facts.some((f) => f.provisional)).toBe(false);

        const first = await stream.next();
        const second = await stream.next();
        stream.close();
        const events = [first, second].map((e) => JSON.parse(e.data) as { id: number; match: { scoreLine: string; status: string }; facts: { provisional?: true }[] });
        expect(events.map((e) => [e.id, e.match.status, e.match.scoreLine])).toEqual([
          [posted.id, 'live', '9-0 [live]'],
          [posted.id, 'played', '10-0'],
        ]);
        expect(events[0]!.facts.length).toBeGreaterThan(0);
        expect(events[0]!.facts.every((f) => f.provisional)).toBe(true);
        expect(events[1]!.facts.some((f) => f.provisional)).toBe(false);

        // Another connection (a CLI import, another instance) corrects the score: the cached facts go too.
        const other = await openStore(database.location);
        try {
          const file = join(tempDir('matchfacts-api-correction-'), 'correction.json');
          writeFileSync(file, JSON.stringify({ ...final, score: { halfTime: [5, 0], fullTime: [10, 1] } }));
          await importPath(other, [file]);
        } finally {
          await other.close();
        }
        await new Promise((resolve) => setImmediate(resolve));
        expect((await readFacts(posted.id)).match.text).toBe('Germany 10-1 Saudi Arabia');
      });
    });
  });
}

interface SseEvent {
  id: string;
  event: string;
  data: string;
}

/** A minimal Server-Sent Events reader over a real connection. */
async function openEvents(url: string, headers: Record<string, string> = {}): Promise<{ next(): Promise<SseEvent>; close(): void }> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers } }, resolve);
    req.on('error', reject);
    req.end();
  });
  expect(response.headers['content-type']).toContain('text/event-stream');
  response.setEncoding('utf8');
  let buffer = '';
  const events: SseEvent[] = [];
  let waiting: ((event: SseEvent) => void) | undefined;
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((line) => line && !line.startsWith(':'))
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]),
      ) as Record<string, string>;
      if (fields.data === undefined) continue;
      const event = { id: fields.id ?? '', event: fields.event ?? 'message', data: fields.data };
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve(event);
      } else events.push(event);
    }
  });
  return {
    next: () => {
      const queued = events.shift();
      return queued ? Promise.resolve(queued) : new Promise((resolve) => (waiting = resolve));
    },
    close: () => response.destroy(),
  };
}
