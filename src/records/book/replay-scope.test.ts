// A correction a week back replays only the books it touches: on a seeded synthetic history (the
// generator the 1,000,000-match benchmark uses), a scorer changed in a league match one week
// before the last day rolls back exactly the keys the undo journal holds for that league's books
// from that match's kick-off, leaves every other book's state and facts as they were, and leaves the stored
// book equal to a rebuild. `bench/records.js` prints the same count (keys replayed) at 1,000,000.
// On SQLite and, where a server is given (MATCHFACTS_TEST_POSTGRES), on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBatches } from '../../ingest/ingest.js';
import type { Store } from '../../store/open-store.js';
import { DIALECTS, newStore, testSql, type TestDatabase, type TestSql } from '../../store/postgres/test-support/databases.js';
import { generateHistory } from '../../synthetic/generate-history.js';
import { loadBuiltInCatalogue } from '../definitions/load-definitions.js';
import { compileDefinition } from '../engine/record-book.js';
import { tallyBookOf } from '../engine/units.js';
import { matchCounterBookOf } from '../engine/coverage.js';
import type { RecordMatch } from '../engine/record-match.js';
import { recordBookAsOf } from './as-of.js';
import { rebuildRecordBook, snapshotRecordBook, updateRecordBook, type UpdateResult } from './record-book-store.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);

interface Target {
  readonly matchId: number;
  readonly date: string;
  readonly goalId: number;
  readonly otherScorer: number;
  readonly competition: { id: number; name: string; sex: string; kind: string };
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`a correction on ${dialect.dialect}`, () => {
    const rowsOf = (sql: string, ...params: (string | number)[]): string[] =>
      s.all(sql, ...params).map((row) => Object.values(row).map(String).join('\u0000'));

    let target: Target;
    let touched: string[];
    let stateBooks: string[];
    let journalKeys: number;
    let dayKeys: number;
    let untouchedState: string[];
    let untouchedFacts: string[];
    let stateTotal: number;
    let update: UpdateResult;
    let store: Store;
    let database: TestDatabase;
    let s: TestSql;

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'replay-scope'));
      s = testSql(store);
      await ingestBatches(store, generateHistory({ seed: 11, matches: 2500 }));
      rebuildRecordBook(store, definitions);
      const lastDay = s.get<{ d: string }>(`SELECT max(date) AS d FROM match WHERE status = 'played'`)!.d;
      const weekBefore = new Date(Date.parse(`${lastDay}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
      // The latest league match a week back whose first goal has a scorer, and another scorer of that team.
      const found = s.get<{ matchId: number; date: string; goalId: number; scorer: number; teamId: number; cid: number; name: string; sex: string; kind: string }>(
        `SELECT m.id AS "matchId", m.date, g.id AS "goalId", g.player_id AS scorer, g.team_id AS "teamId", c.id AS cid, c.name, c.sex, c.kind
         FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id JOIN goal g ON g.match_id = m.id
         WHERE m.status = 'played' AND m.date <= ? AND c.kind = 'league' AND g.player_id IS NOT NULL AND g.own_goal = 0
         ORDER BY m.date DESC, m.id DESC, g.seq LIMIT 1`,
        weekBefore,
      )!;
      const other = s.get<{ id: number }>(
        `SELECT player_id AS id FROM goal WHERE team_id = ? AND player_id IS NOT NULL AND player_id != ? AND match_id != ? ORDER BY match_id DESC LIMIT 1`,
        found.teamId,
        found.scorer,
        found.matchId,
      )!;
      target = {
        matchId: found.matchId,
        date: found.date,
        goalId: found.goalId,
        otherScorer: other.id,
        competition: { id: found.cid, name: found.name, sex: found.sex, kind: found.kind },
      };
      // The books a match of that league counts in: every evaluated definition whose scope covers it.
      const competition = { ...target.competition, sex: target.competition.sex === 'women' ? 'women' : 'men' } as RecordMatch['competition'];
      const books = definitions
        .map(compileDefinition)
        .filter((c) => !c.refused)
        .flatMap((c) => {
          const stateKey = c.scope.bookOfCompetition(competition)?.stateKey;
          return stateKey === undefined ? [] : [{ stateKey, shared: [tallyBookOf(c.definition, stateKey), matchCounterBookOf(c.definition, stateKey)] }];
        });
      touched = [...new Set(books.map((b) => b.stateKey))].sort();
      // With the tallies and match counters those books share (kept once for the definitions alike): where the state changes.
      stateBooks = [...new Set(books.flatMap((b) => [b.stateKey, ...b.shared]))].sort();
      const marks = stateBooks.map(() => '?').join(', ');
      // What the journal holds for those books from that match's kick-off (every synthetic match has
      // one, so the day is ordered): the keys a correction must roll back.
      const kickOff = s.get<{ time: string; offset: string }>('SELECT time, utc_offset AS "offset" FROM match WHERE id = ?', target.matchId)!;
      const instant = `${target.date}|${new Date(`${target.date}T${kickOff.time}:00${kickOff.offset}`).toISOString().slice(0, 16)}`;
      const journalFrom = (from: string): number =>
        s.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT DISTINCT book, part, key FROM record_undo WHERE book IN (${marks}) AND date >= ?) AS journal`, ...stateBooks, from)!.n;
      journalKeys = journalFrom(instant);
      dayKeys = journalFrom(target.date);
      untouchedState = rowsOf(`SELECT book, part, key, value FROM record_state WHERE book NOT IN (${marks}) ORDER BY 1, 2, 3`, ...stateBooks);
      untouchedFacts = rowsOf(`SELECT id, body FROM record_fact WHERE book NOT IN (${touched.map(() => '?').join(', ')}) ORDER BY id`, ...touched);
      stateTotal = s.get<{ n: number }>('SELECT count(*) AS n FROM record_state')!.n;

      const before = snapshotRecordBook(store, definitions);
      s.run('UPDATE goal SET player_id = ? WHERE id = ?', target.otherScorer, target.goalId);
      update = updateRecordBook(store, definitions, before);
    }, 300_000);

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    describe('a scorer corrected in a league match a week before the last day', () => {
      it('replays that league\'s books from that day, and no other book', () => {
        expect(update.mode).toBe('corrected');
        expect(update.replayed?.from).toBe(target.date);
        expect(update.replayed?.books).toEqual(touched);
        // The league's own books and the books of every domestic league: a small part of the catalogue's.
        const allBooks = s.get<{ n: number }>('SELECT count(DISTINCT book) AS n FROM record_state')!.n;
        expect(touched.length).toBeLessThan(allBooks / 2);
      });

      it('rolls back exactly the keys the journal holds for those books from that match\'s kick-off: a sliver of the state', () => {
        expect(journalKeys).toBeGreaterThan(0);
        expect(update.replayed?.keys).toBe(journalKeys);
        // The day's earlier kick-offs stand: not rolled back.
        expect(journalKeys).toBeLessThanOrEqual(dayKeys);
        expect(update.replayed?.keys).toBeLessThan(stateTotal / 10);
      });

      it('leaves every other book\'s state and facts as they were, byte for byte', () => {
        const marks = stateBooks.map(() => '?').join(', ');
        expect(rowsOf(`SELECT book, part, key, value FROM record_state WHERE book NOT IN (${marks}) ORDER BY 1, 2, 3`, ...stateBooks)).toEqual(untouchedState);
        expect(rowsOf(`SELECT id, body FROM record_fact WHERE book NOT IN (${touched.map(() => '?').join(', ')}) ORDER BY id`, ...touched)).toEqual(untouchedFacts);
      });

      it('leaves the stored book equal to a rebuild from scratch', () => {
        const stored = s.all<{ body: string }>('SELECT body FROM record_fact').map((r) => r.body).sort();
        const rebuilt = recordBookAsOf(store, definitions).facts.map((f) => JSON.stringify(f)).sort();
        expect(stored).toEqual(rebuilt);
      });
    });
  });
}
