// One store suite, run against every dialect (SQLite, and PostgreSQL where a server is given):
// the real World Cup database imported, the 2022 final read back with its facts, a late result
// and its correction withdrawing a fact, the API's reads and writes, the write lock, and the
// change counter caches rely on. Both stores must answer alike.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPath } from '../../src/ingest/import-path.js';
import { readMatchFacts, rebuildRecordBook, snapshotRecordBook, updateRecordBook, type UpdateResult } from '../../src/records/book/record-book-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { buildApp } from '../../src/server/app.js';
import { MatchfactsService } from '../../src/server/service.js';
import { createToken } from '../../src/server/tokens.js';
import { inWriteTransaction, openStore, StoreBusyError, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { distinctList, jsonField } from '../../src/store/sql-reader.js';
import { sharedPath, tempDir } from '../support/shared-data.js';
import { DIALECTS, newStore, type TestDatabase } from '../postgres/databases.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);

/** A World Cup match after everything in the Fjelstul database, in which `scorer` scores four. */
function lateResult(file: string, scorer: string): void {
  const goals = [12, 30, 61, 80].map((minute) => ({ team: 'home', scorer, minute }));
  writeFileSync(
    file,
    JSON.stringify({
      kind: 'match', competition: 'FIFA World Cup', season: '2026', stage: 'Group A', date: '2026-06-20', time: '18:00', utcOffset: '-04:00',
      home: 'Argentina', away: 'Scotland', score: { halfTime: [2, 0], fullTime: [4, 0] }, goals,
    }),
  );
}

const API_MATCH = {
  kind: 'match', competition: 'FIFA World Cup', season: '2026', stage: 'Group stage', group: 'J', date: '2026-06-16',
  home: 'Argentina', away: 'Algeria', score: { halfTime: [1, 0], fullTime: [3, 0] },
  goals: [17, 55, 78].map((minute) => ({ team: 'home', scorer: 'Lionel Messi', minute })),
};

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`the store on ${dialect.dialect}`, () => {
    let store: Store;
    let database: TestDatabase;
    const count = (table: string): number => (store.sql.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'contract'));
      await importPath(store, [sharedPath('worldcup-db')]);
      rebuildRecordBook(store, definitions);
    });

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it('holds the 2022 final: Argentina 3-3 a.e.t., 4-2 pen. France, with Messi, Di María and Mbappé’s goals', async () => {
      const [final] = await readMatches(store.db, { date: '2022-12-18', team: 'France' });
      expect(final?.data.home.name).toBe('Argentina');
      expect(final?.data.score).toMatchObject({ fullTime: [2, 2], extraTime: [3, 3], penalties: [4, 2] });
      const scorers = final!.data.goals.map((g) => g.scorer?.name);
      expect(scorers.filter((s) => s === 'Kylian Mbappé')).toHaveLength(3);
      expect(scorers.filter((s) => s === 'Lionel Messi')).toHaveLength(2);
      expect(scorers).toContain('Ángel Di María');
    });

    it('changes nothing when the same files are imported again', async () => {
      const before = count('match');
      const again = await importPath(store, [sharedPath('worldcup-db')]);
      expect(again.sources.every((s) => s.entities.every((e) => e.created === 0))).toBe(true);
      expect(count('match')).toBe(before);
    });

    it('gives the final’s facts: Mbappé’s fourth goal in World Cup finals beats Vavá, Hurst, Pelé and Zidane', async () => {
      const [final] = await readMatches(store.db, { date: '2022-12-18', team: 'France' });
      const facts = readMatchFacts(store, final!.id);
      const career = facts.find((f) => f.definitionId === 'wc-men-most-goals-finals-career' || f.text.includes("most goals in men's World Cup finals, career"));
      expect(career?.kind).toBe('new_record');
      expect(career?.subject.name).toBe('Kylian Mbappé');
      expect(career?.previous.map((p) => p.subject.name)).toEqual(expect.arrayContaining(['Geoff Hurst', 'Pelé']));
      // Most newsworthy first, as on SQLite.
      expect(facts.map((f) => f.score)).toEqual([...facts.map((f) => f.score)].sort((a, b) => b - a));
    });

    it('answers plain SQL with positional parameters, JSON fields and lists in its own words', () => {
      const [final] = store.sql.prepare(`SELECT id FROM match WHERE date = ? AND home_name = ?`).all('2022-12-18', 'Argentina') as { id: number }[];
      const goals = store.sql.prepare(`SELECT count(*) AS n, ${distinctList(store.sql, 'side')} AS "sides" FROM goal WHERE match_id = ?`).get(final!.id) as { n: number; sides: string };
      expect(goals.n).toBe(6);
      expect(goals.sides.split(',').sort()).toEqual(['away', 'home']);
      const fact = store.sql.prepare(`SELECT ${jsonField(store.sql, 'body', 'text')} AS "text" FROM record_fact WHERE match_id = ? ORDER BY score DESC LIMIT 1`).get(final!.id) as { text: string };
      expect(fact.text).toMatch(/Mbappé/);
    });

    describe('a late result, then its correction', () => {
      const file = join(tempDir('matchfacts-late-'), 'argentina-scotland.json');
      const importWithFacts = async (): Promise<UpdateResult> => {
        const before = snapshotRecordBook(store, definitions);
        const result = await importPath(store, [file]);
        const historyChanged = result.sources.some((s) => s.entities.some((e) => e.merged > 0 || e.corrected > 0));
        return updateRecordBook(store, definitions, before, { historyChanged });
      };

      it('extends the book: Messi’s 17th World Cup goal breaks Klose’s 16', async () => {
        lateResult(file, 'Lionel Messi');
        const update = await importWithFacts();
        expect(update.mode).toBe('extended');
        const career = update.facts.filter((f) => f.definitionId === 'wc-men-most-goals-career');
        expect(career.map((f) => [f.kind, f.amount, f.previous.map((p) => p.subject.name)])).toEqual([['new_record', 17, ['Miroslav Klose']]]);
      });

      it('withdraws that fact when the goals are corrected to Julián Álvarez', async () => {
        lateResult(file, 'Julián Álvarez');
        const update = await importWithFacts();
        expect(update.mode).toBe('corrected');
        expect(update.withdrawn.find((f) => f.definitionId === 'wc-men-most-goals-career')?.subject.name).toBe('Lionel Messi');
        const stored = store.sql.prepare(`SELECT count(*) AS n FROM record_fact WHERE definition_id = ? AND date = ?`).get('wc-men-most-goals-career', '2026-06-20') as { n: number };
        expect(stored.n).toBe(0);
      });
    });

    describe('the API over it', () => {
      let service: MatchfactsService;
      let app: FastifyInstance;
      let token: string;

      beforeAll(async () => {
        service = new MatchfactsService({ store, definitions });
        await service.recordBook();
        app = await buildApp({ service, writeRateLimit: { max: 1000, timeWindow: 60_000 } });
        token = await createToken(store.db, 'contract-desk');
      });

      afterAll(async () => {
        await app?.close();
        await service?.close();
      });

      it('reads the final and its facts', async () => {
        const list = (await app.inject('/api/matches?date=2022-12-18&team=France')).json();
        expect(list.matches.map((m: { scoreLine: string }) => m.scoreLine)).toEqual(['3-3 a.e.t., 4-2 pen.']);
        const facts = (await app.inject(`/api/matches/${list.matches[0].id}/facts`)).json();
        expect(facts.facts.some((f: { text: string }) => /Mbappé/.test(f.text))).toBe(true);
      });

      it('refuses a post without a token with 401 and writes nothing; with one, answers 201 with the facts and logs the event', async () => {
        const before = count('match');
        const refused = await app.inject({ method: 'POST', url: '/api/matches', payload: API_MATCH });
        expect(refused.statusCode).toBe(401);
        expect(count('match')).toBe(before);
        const eventsBefore = await service.events.since(0);
        const posted = await app.inject({ method: 'POST', url: '/api/matches', payload: API_MATCH, headers: { authorization: `Bearer ${token}` } });
        expect(posted.statusCode).toBe(201);
        const written = posted.json() as { id: number; facts: { text: string }[] };
        expect(count('match')).toBe(before + 1);
        const logged = (await service.events.since(eventsBefore.at(-1)?.id ?? 0)).map((e) => JSON.parse(e.data) as { id: number });
        expect(logged.map((e) => e.id)).toEqual([written.id]);
        expect(written.facts.length).toBeGreaterThan(0);
      });
    });

    it('lets one writer at a time: a second connection waits for the write lock, then gives up having written nothing', async () => {
      const other = await openStore(database.location);
      let release!: () => void;
      const holding = inWriteTransaction(store, () => new Promise<void>((resolve) => (release = resolve)));
      try {
        let waited = false;
        const attempt = inWriteTransaction(other, async () => 'written', { timeoutMs: 300, onWait: () => (waited = true) });
        await expect(attempt).rejects.toBeInstanceOf(StoreBusyError);
        expect(waited).toBe(true);
      } finally {
        release();
        await holding;
        await other.close();
      }
    });

    it('forgets the undo journal before a date, and nothing from that date on', () => {
      const records = store.records;
      const journalCount = (where: string): number => (store.sql.prepare(`SELECT count(*) AS n FROM record_undo WHERE ${where}`).get() as { n: number }).n;
      records.transaction(() => {
        const old = Array.from({ length: 5000 }, (_, i) => ['test-book', 'p', `old-${i}`, '1990-06-01', '1'] as const);
        const kept = Array.from({ length: 10 }, (_, i) => ['test-book', 'p', `kept-${i}`, '1990-07-01|1990-07-01T18:00', '2'] as const);
        records.writeUndo([...old, ...kept]);
      });
      expect(journalCount(`book = 'test-book'`)).toBe(5010);
      records.transaction(() => records.pruneUndo('1990-07-01'));
      expect(journalCount(`book = 'test-book' AND date < '1990-07-01'`)).toBe(0);
      expect(journalCount(`book = 'test-book'`)).toBe(10);
      records.transaction(() => records.deleteBook('test-book'));
    });

    it('tells a cache that another connection committed', async () => {
      const other = await openStore(database.location);
      try {
        const version = store.dataVersion();
        expect(store.dataVersion()).toBe(version);
        await createToken(other.db, 'another-desk');
        expect(store.dataVersion()).not.toBe(version);
      } finally {
        await other.close();
      }
    });
  });
}
