// Results as they happen, on the real World Cup history: a match in progress gives provisional
// facts, its final result replaces them, and a correction a week back replays only the books it
// touches, leaving the book equal to a rebuild. On SQLite and, where a server is given
// (MATCHFACTS_TEST_POSTGRES), on PostgreSQL.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPath } from '../../ingest/import-path.js';
import type { Store } from '../../store/open-store.js';
import { DIALECTS, newStore, testSql, type TestDatabase, type TestSql } from '../../store/postgres/test-support/databases.js';
import { loadBuiltInCatalogue } from '../definitions/load-definitions.js';
import { recordBookAsOf } from './as-of.js';
import { readMatchFacts, rebuildRecordBook, snapshotRecordBook, updateRecordBook, type UpdateResult } from './record-book-store.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);
const dir = mkdtempSync(join(tmpdir(), 'matchfacts-live-'));
const sharedData = process.env.MATCHFACTS_DATA ?? resolve(process.cwd(), '..', 'shared', 'data');

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`results as they happen, on ${dialect.dialect}`, () => {
    let store: Store;
    let database: TestDatabase;
    let s: TestSql;

    async function importWithFacts(document: object, name: string): Promise<UpdateResult> {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(document));
      const before = snapshotRecordBook(store, definitions);
      await importPath(store, [file]);
      return updateRecordBook(store, definitions, before);
    }

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'live'));
      s = testSql(store);
      await importPath(store, [join(sharedData, 'worldcup-db')]);
      rebuildRecordBook(store, definitions);
    }, 180_000);

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    describe('a week-old correction', () => {
      it('Giroud\'s goal against England (2022-12-10, eight days before the final) credited to Mbappé: only World Cup and international books replay, from that day', async () => {
        const goal = s.get<{ id: number; match_id: number }>(
          `SELECT g.id, g.match_id FROM goal g JOIN player p ON p.id = g.player_id JOIN match m ON m.id = g.match_id
           WHERE m.date = '2022-12-10' AND p.name = 'Olivier Giroud'`,
        )!;
        const mbappe = s.get<{ id: number }>(`SELECT id FROM player WHERE name = 'Kylian Mbappé'`)!;
        const stateBefore = s.get<{ n: number }>('SELECT count(*) AS n FROM record_state')!.n;
        const before = snapshotRecordBook(store, definitions);
        s.run('UPDATE goal SET player_id = ? WHERE id = ?', mbappe.id, goal.id);
        const update = updateRecordBook(store, definitions, before);

        expect(update.mode).toBe('corrected');
        expect(update.replayed?.from).toBe('2022-12-10');
        // The men's World Cup books and the internationals' — no women's, no club book.
        expect(update.replayed?.books.every((book) => book.startsWith('wc-men-') || book.startsWith('intl-'))).toBe(true);
        // Six matches replayed (two quarter-finals that day, the semi-finals, the third place, the final) and a sliver of the state rolled back.
        expect(update.replayed?.matches).toBe(6);
        expect(update.replayed?.keys).toBeGreaterThan(0);
        expect(update.replayed?.keys).toBeLessThan(stateBefore / 20);

        const stored = s.all<{ body: string }>('SELECT body FROM record_fact').map((r) => r.body).sort();
        const rebuilt = recordBookAsOf(store, definitions).facts.map((f) => JSON.stringify(f)).sort();
        expect(stored).toEqual(rebuilt);
      });
    });

    describe('a match in progress', () => {
      const live = {
        kind: 'match',
        competition: 'FIFA World Cup',
        season: '2026',
        stage: 'Group J',
        date: '2026-06-16',
        time: '21:00',
        utcOffset: '-05:00',
        home: 'Argentina',
        away: 'Algeria',
        status: 'live',
        score: { fullTime: [3, 0] },
        goals: [
          { team: 'home', scorer: 'Lionel Messi', minute: 12 },
          { team: 'home', scorer: 'Lionel Messi', minute: 30 },
          { team: 'home', scorer: 'Lionel Messi', minute: 61 },
        ],
      };
      let provisional: UpdateResult;

      beforeAll(async () => {
        provisional = await importWithFacts(live, 'argentina-algeria-live.json');
      });

      it('Messi level with Klose on 16 World Cup goals while the match is on: the fact is provisional, and says so', () => {
        const career = provisional.facts.find((f) => f.definitionId === 'wc-men-most-goals-career');
        expect(career?.kind).toBe('equals_record');
        expect(career?.amount).toBe(16);
        expect(career?.provisional).toBe(true);
        expect(career?.text).toContain('would become the record if the score stands');
        // A first is no record: its note says only that it stands if the result does.
        const firstMeeting = provisional.facts.find((f) => f.definitionId === 'wc-men-first-meeting');
        expect(firstMeeting?.text).toContain('Provisional: the match is in progress, and this stands only if the result does.');
        expect(firstMeeting?.text).not.toContain('record');
        expect(provisional.facts.length).toBeGreaterThan(0);
        expect(provisional.facts.every((f) => f.provisional === true)).toBe(true);
      });

      it('the final whistle replaces them: the same facts, no longer provisional', async () => {
        const final = await importWithFacts({ kind: 'status', date: '2026-06-16', team: 'Argentina', status: 'played' }, 'argentina-algeria-final.json');
        const matchId = provisional.newMatchIds[0]!;
        expect(final.mode).toBe('corrected');
        expect(final.withdrawn.map((f) => f.id).sort()).toEqual(provisional.facts.map((f) => f.id).sort());
        const stored = readMatchFacts(store, matchId);
        expect(stored.map((f) => f.id).sort()).toEqual(provisional.facts.map((f) => f.id).sort());
        expect(stored.some((f) => f.provisional)).toBe(false);
        expect(stored.find((f) => f.definitionId === 'wc-men-most-goals-career')?.text).not.toContain('score stands');
      });
    });

    describe('a live match posted again as played', () => {
      // The same JSON source key (date, home, away): the desk's live document, then its final version.
      const posted = (status: 'live' | 'played', fullTime: [number, number], goals: object[]) => ({
        kind: 'match',
        competition: 'FIFA World Cup',
        season: '2026',
        stage: 'Group C',
        date: '2026-06-13',
        time: '18:00',
        utcOffset: '-04:00',
        home: 'Brazil',
        away: 'Morocco',
        status,
        score: { fullTime },
        goals,
      });
      let live: UpdateResult;
      let final: UpdateResult;
      let matchId: number;

      beforeAll(async () => {
        live = await importWithFacts(posted('live', [1, 0], [{ team: 'home', scorer: 'Neymar', minute: 20 }]), 'brazil-morocco.json');
        matchId = live.newMatchIds[0]!;
        final = await importWithFacts(
          posted('played', [3, 1], [
            { team: 'home', scorer: 'Neymar', minute: 20 },
            { team: 'away', scorer: 'Youssef En-Nesyri', minute: 55 },
            { team: 'home', scorer: 'Neymar', minute: 70 },
            { team: 'home', scorer: 'Vinícius Júnior', minute: 88 },
          ]),
          'brazil-morocco.json',
        );
      });

      it('Brazil 1-0 Morocco in progress gives provisional facts only', () => {
        expect(live.facts.length).toBeGreaterThan(0);
        expect(live.facts.every((f) => f.provisional === true && f.matchId === matchId)).toBe(true);
      });

      it('the final 3-1 replaces the score and the status of the same match, not a second match', () => {
        expect(final.newMatchIds).toEqual([]);
        const row = s.get<{ status: string; ft_home: number; ft_away: number }>('SELECT status, ft_home, ft_away FROM match WHERE id = ?', matchId);
        expect(row).toEqual({ status: 'played', ft_home: 3, ft_away: 1 });
        const count = s.get<{ n: number }>(`SELECT count(*) AS n FROM match WHERE date = '2026-06-13' AND home_name = 'Brazil'`)!;
        expect(count.n).toBe(1);
      });

      it('withdraws every provisional fact and stores the final facts, none provisional, equal to a rebuild', () => {
        expect(final.mode).toBe('corrected');
        expect(final.withdrawn.map((f) => f.id).sort()).toEqual(expect.arrayContaining(live.facts.map((f) => f.id).sort()));
        const stored = readMatchFacts(store, matchId);
        expect(stored.length).toBeGreaterThan(0);
        expect(stored.some((f) => f.provisional)).toBe(false);
        expect(stored.every((f) => !f.text.includes('score stands'))).toBe(true);
        const bodies = s.all<{ body: string }>('SELECT body FROM record_fact').map((r) => r.body).sort();
        expect(bodies).toEqual(recordBookAsOf(store, definitions).facts.map((f) => JSON.stringify(f)).sort());
      });
    });
  });
}
