// Property: however results arrive — late, out of order, on the same day, corrected, deleted,
// their status changed, still in progress — the stored book after each step equals a book
// rebuilt from scratch: the same facts, word for word, and the same state, key for key. On SQLite
// and, where a server is given (MATCHFACTS_TEST_POSTGRES), on PostgreSQL.
// `npm test` runs a short version; `npm run test:long` (MATCHFACTS_PROPERTY_RUNS) a long one.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/open-store.js';
import { DIALECTS, emptyStore, newStore, testSql, type TestDatabase, type TestSql } from '../../store/postgres/test-support/databases.js';
import { loadBuiltInCatalogue } from '../definitions/load-definitions.js';
import { pruneRecordUndo, rebuildRecordBook, snapshotRecordBook, updateRecordBook } from './record-book-store.js';
import { rebuiltBook, storedBook } from './test-support/compare-books.js';

const RUNS = Number(process.env.MATCHFACTS_PROPERTY_RUNS ?? 25);
const definitions = loadBuiltInCatalogue().map((l) => l.definition);

/**
 * A small world: the men's World Cup (a group stage and a final), friendlies (which share the
 * World Cup's "all internationals" books) and the Champions League, over twelve days of 2026.
 */
const COMPETITIONS = [
  { id: 1, name: 'FIFA World Cup', kind: 'international_tournament', teams: [1, 2, 3, 4] },
  { id: 2, name: 'Friendly', kind: 'international_tournament', teams: [1, 2, 3, 4] },
  { id: 3, name: 'UEFA Champions League', kind: 'cup', teams: [5, 6, 7] },
] as const;
const TEAMS = ['Argentina', 'Brazil', 'Scotland', 'Japan', 'Porto', 'Valencia', 'Ajax'];
/** Players by team (index + 1), some without a birth date. */
const PLAYERS: readonly (readonly [team: number, name: string, birth: string | null])[] = [
  [1, 'Lionel Messi', '1987-06-24'],
  [1, 'Julián Álvarez', '2000-01-31'],
  [2, 'Vinícius Júnior', '2000-07-12'],
  [3, 'Scott McTominay', '1996-12-08'],
  [4, 'Kaoru Mitoma', null],
  [5, 'Samu Aghehowa', '2004-05-05'],
  [6, 'Hugo Duro', '1999-11-10'],
  [7, 'Wout Weghorst', '1992-08-07'],
];
const DAYS = 12;
const dayOf = (n: number): string => `2026-06-${String(10 + n).padStart(2, '0')}`;

/** The store emptied and the small world written into it: each run of the property starts from it. */
function newWorld(store: Store): void {
  emptyStore(store);
  const s = testSql(store);
  s.exec(`INSERT INTO source_file (id, format, path, sha256, rows, imported_at) VALUES (1, 'test', 'world', 'x', 0, '2026-06-01')`);
  for (const c of COMPETITIONS) {
    s.run('INSERT INTO competition (id, name, name_key, sex, kind) VALUES (?, ?, ?, ?, ?)', c.id, c.name, c.name.toLowerCase(), 'men', c.kind);
    s.run('INSERT INTO edition (id, competition_id, name, start_year, end_year, source_file_id) VALUES (?, ?, ?, 2026, 2026, 1)', c.id, c.id, c.id === 3 ? '2025-26' : '2026');
  }
  s.exec(`INSERT INTO stage (id, edition_id, name, stage_key, kind) VALUES (1, 1, 'Group A', 'group-a', 'group'), (2, 1, 'Final', 'final', 'final')`);
  TEAMS.forEach((name, i) => s.run('INSERT INTO team (id, name, national, source_file_id) VALUES (?, ?, ?, 1)', i + 1, name, i < 4 ? 1 : 0));
  PLAYERS.forEach(([, name, birth], i) => s.run('INSERT INTO player (id, name, birth_date, source_file_id) VALUES (?, ?, ?, 1)', i + 1, name, birth));
}

interface NewMatch {
  readonly kind: 'add';
  readonly competition: number;
  readonly day: number;
  /** Kick-off hour UTC, or null when the source gives no time (same-day matches are then simultaneous). */
  readonly hour: number | null;
  /** The kick-off's UTC offset (15:00 at +03:00 is 12:00 UTC); +00:00 when absent. */
  readonly offset?: string;
  readonly home: number;
  readonly away: number;
  readonly score: readonly [number, number];
  readonly scorers: readonly number[];
  readonly status: 'played' | 'scheduled' | 'live';
  readonly final: boolean;
}
type Step =
  | NewMatch
  | { readonly kind: 'rescore'; readonly pick: number; readonly score: readonly [number, number]; readonly scorers: readonly number[] }
  | { readonly kind: 'scorer'; readonly pick: number; readonly goal: number; readonly player: number }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'status'; readonly pick: number; readonly status: 'played' | 'abandoned' | 'awarded' | 'postponed' | 'live' }
  | { readonly kind: 'move'; readonly pick: number; readonly day: number }
  | { readonly kind: 'kickoff'; readonly pick: number; readonly hour: number | null; readonly offset: string }
  | { readonly kind: 'birth'; readonly player: number; readonly birth: string | null };

const OFFSET = fc.constantFrom('+00:00', '+00:00', '+03:00');
const score = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }));
const scorers = fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 8 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('add' as const), competition: fc.constantFrom(1, 2, 3), day: fc.integer({ min: 0, max: DAYS - 1 }), hour: fc.option(fc.constantFrom(12, 15, 18), { nil: null }), offset: OFFSET, home: fc.nat(3), away: fc.nat(3), score, scorers, status: fc.constantFrom('played' as const, 'played' as const, 'scheduled' as const, 'live' as const), final: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rescore' as const), pick: fc.nat(), score, scorers }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('scorer' as const), pick: fc.nat(), goal: fc.nat(), player: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('played' as const, 'abandoned' as const, 'awarded' as const, 'postponed' as const, 'live' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), day: fc.integer({ min: 0, max: DAYS - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('kickoff' as const), pick: fc.nat(), hour: fc.option(fc.constantFrom(12, 15, 18), { nil: null }), offset: OFFSET }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('birth' as const), player: fc.nat(PLAYERS.length - 1), birth: fc.option(fc.constantFrom('1980-02-29', '2001-06-15', '2009-01-01'), { nil: null }) }) },
);

/**
 * Worlds the property once found a difference in, run first every time. A Champions League match
 * without a kick-off time moved onto a day of two World Cup matches at 12:00 and 18:00: the World
 * Cup's books, not replayed, kept the two in order while a rebuild took the whole day as one
 * instant (seed -1959925936, run 251 of 400). Order within a day is now judged per book.
 */
const FOUND_BEFORE: [Step[], number, boolean][] = [
  [
    [
      { kind: 'add', competition: 1, day: 0, hour: null, home: 0, away: 0, score: [0, 0], scorers: [], status: 'played', final: false },
      { kind: 'add', competition: 1, day: 5, hour: 12, home: 0, away: 0, score: [0, 0], scorers: [], status: 'played', final: false },
      { kind: 'add', competition: 3, day: 0, hour: null, home: 0, away: 0, score: [0, 0], scorers: [], status: 'played', final: false },
      { kind: 'add', competition: 1, day: 5, hour: 18, home: 0, away: 0, score: [0, 0], scorers: [], status: 'played', final: false },
      { kind: 'move', pick: 2, day: 5 },
      { kind: 'scorer', pick: 0, goal: 0, player: 0 },
    ],
    0,
    false,
  ],
];

/** Goals for a side: scorers drawn from the side's players (an unknown number means no scorers are known). */
function writeGoals(s: TestSql, matchId: number, homeTeam: number, awayTeam: number, goals: readonly [number, number], picks: readonly number[]): void {
  s.run('DELETE FROM goal WHERE match_id = ?', matchId);
  const known = picks.length >= goals[0] + goals[1];
  s.run('UPDATE match SET goals_known = ? WHERE id = ?', known ? 1 : 0, matchId);
  if (!known) return;
  let seq = 0;
  for (const [side, team, count] of [['home', homeTeam, goals[0]], ['away', awayTeam, goals[1]]] as const) {
    const squad = PLAYERS.map((p, i) => [p[0], i + 1] as const).filter(([t]) => t === team).map(([, id]) => id);
    for (let g = 0; g < count; g += 1) {
      const player = squad.length === 0 ? null : (squad[picks[seq]! % squad.length] ?? null);
      s.run('INSERT INTO goal (match_id, side, team_id, player_id, minute, seq, penalty, own_goal, source_file_id) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 1)', matchId, side, team, player, 10 + seq * 7, seq + 1);
      seq += 1;
    }
  }
}

function apply(store: Store, next: Step): void {
  const s = testSql(store);
  const ids = s.all<{ id: number }>('SELECT id FROM match ORDER BY id').map((r) => r.id);
  const pick = (n: number): number | undefined => (ids.length === 0 ? undefined : ids[n % ids.length]);
  const matchOf = (id: number) => s.get<{ home: number; away: number }>('SELECT home_team_id AS home, away_team_id AS away FROM match WHERE id = ?', id)!;
  switch (next.kind) {
    case 'add': {
      const competition = COMPETITIONS.find((c) => c.id === next.competition)!;
      const home = competition.teams[next.home % competition.teams.length]!;
      let away = competition.teams[next.away % competition.teams.length]!;
      if (away === home) away = competition.teams[(next.away + 1) % competition.teams.length]!;
      const stage = competition.id === 1 ? (next.final ? 2 : 1) : null;
      const counted = next.status !== 'scheduled';
      const inserted = s.get<{ id: number }>(
        `INSERT INTO match (edition_id, stage_id, date, time, utc_offset, home_team_id, away_team_id, home_name, away_name, neutral, ft_home, ft_away, result_only, status, replay, goals_known, source_file_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 0, ?, 0, 0, 1) RETURNING id`,
        competition.id, stage, dayOf(next.day), next.hour === null ? null : `${next.hour}:00`, next.hour === null ? null : (next.offset ?? '+00:00'), home, away, TEAMS[home - 1]!, TEAMS[away - 1]!, counted ? next.score[0] : null, counted ? next.score[1] : null, next.status,
      )!;
      if (counted) writeGoals(s, inserted.id, home, away, next.score, next.scorers);
      return;
    }
    case 'rescore': {
      const id = pick(next.pick);
      if (id === undefined) return;
      s.run('UPDATE match SET ft_home = ?, ft_away = ? WHERE id = ?', next.score[0], next.score[1], id);
      const m = matchOf(id);
      writeGoals(s, id, m.home, m.away, next.score, next.scorers);
      return;
    }
    case 'scorer': {
      const id = pick(next.pick);
      if (id === undefined) return;
      const goals = s.all<{ id: number }>('SELECT id FROM goal WHERE match_id = ? ORDER BY seq', id);
      const goal = goals[next.goal % Math.max(1, goals.length)];
      if (goal) s.run('UPDATE goal SET player_id = ? WHERE id = ?', (next.player % PLAYERS.length) + 1, goal.id);
      return;
    }
    case 'delete': {
      const id = pick(next.pick);
      if (id === undefined) return;
      s.run('DELETE FROM goal WHERE match_id = ?', id);
      s.run('DELETE FROM match WHERE id = ?', id);
      return;
    }
    case 'status': {
      const id = pick(next.pick);
      if (id === undefined) return;
      // A match that becomes played or live needs a score; one postponed keeps none.
      if (next.status === 'postponed') s.run(`UPDATE match SET status = ?, ft_home = NULL, ft_away = NULL WHERE id = ?`, next.status, id);
      else s.run(`UPDATE match SET status = ?, ft_home = coalesce(ft_home, 1), ft_away = coalesce(ft_away, 0) WHERE id = ?`, next.status, id);
      return;
    }
    case 'move': {
      const id = pick(next.pick);
      if (id === undefined) return;
      s.run('UPDATE match SET date = ? WHERE id = ?', dayOf(next.day), id);
      return;
    }
    case 'kickoff': {
      const id = pick(next.pick);
      if (id === undefined) return;
      s.run('UPDATE match SET time = ?, utc_offset = ? WHERE id = ?', next.hour === null ? null : `${next.hour}:00`, next.hour === null ? null : next.offset, id);
      return;
    }
    case 'birth':
      s.run('UPDATE player SET birth_date = ? WHERE id = ?', next.birth, next.player + 1);
      return;
  }
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`the stored record book on ${dialect.dialect} after late results, corrections, deletions and status changes`, () => {
    // One database per dialect, emptied for each run: a PostgreSQL database per run would cost more than the run.
    let store: Store;
    let database: TestDatabase;

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'corrections'));
    });

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it('equals a rebuild from scratch after every step', async () => {
      // How the steps were taken in: the property must have exercised rollbacks, not only extensions.
      const seen = { facts: 0, corrected: 0, rolledBack: 0, fromScratch: 0 };
      await fc.assert(
        // `pruneLater`: as the server's writer, the journal's expired days are let go between steps, not in the update.
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), fc.constantFrom(0, 2, 5, 60), fc.boolean(), async (steps, undoDays, pruneLater) => {
          // Every run is synchronous work: let the event loop turn between runs, or the test runner's
          // worker cannot report to its parent for minutes and the run fails on its RPC timeout.
          await new Promise((resume) => setImmediate(resume));
          newWorld(store);
          rebuildRecordBook(store, definitions, { undoDays });
          for (const [index, next] of steps.entries()) {
            const before = snapshotRecordBook(store, definitions);
            apply(store, next);
            const update = updateRecordBook(store, definitions, before, { undoPrune: pruneLater ? 'later' : 'now' });
            // Every other step: some corrections then meet expired days still in the journal.
            if (pruneLater && index % 2 === 1) pruneRecordUndo(store);
            if (update.mode === 'corrected') seen.corrected += 1;
            if ((update.replayed?.keys ?? 0) > 0) seen.rolledBack += 1;
            if (update.replayed?.from === '' && update.mode === 'corrected') seen.fromScratch += 1;
            const stored = storedBook(store);
            seen.facts += stored.facts.length;
            const rebuilt = rebuiltBook(store, definitions);
            expect(stored.facts).toEqual(rebuilt.facts);
            expect(stored.state).toEqual(rebuilt.state);
          }
        }),
        { numRuns: RUNS, examples: FOUND_BEFORE, ...(process.env.MATCHFACTS_PROPERTY_SEED ? { seed: Number(process.env.MATCHFACTS_PROPERTY_SEED) } : {}) },
      );
      expect(seen.facts).toBeGreaterThan(0);
      expect(seen.corrected).toBeGreaterThan(0);
      expect(seen.rolledBack).toBeGreaterThan(0);
    }, Math.max(120_000, RUNS * 3_000));
  });
}
