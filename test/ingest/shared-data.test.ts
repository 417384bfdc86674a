// The whole of ../shared/data goes in, once, with every World Cup match stored once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { sql } from 'kysely';
import { importPath, type ImportResult } from '../../src/ingest/import-path.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { findPlayerIds, readPlayerProfile } from '../../src/store/queries/players.js';
import { SHARED_DATA, tempDir } from '../support/shared-data.js';

let store: Store;
let first: ImportResult;

beforeAll(async () => {
  store = await openStore(join(tempDir(), 'shared.db'));
  first = await importPath(store, [SHARED_DATA]);
});

afterAll(async () => {
  await store?.close();
});

function entity(result: ImportResult, format: string, name: string) {
  const found = result.sources.find((s) => s.format === format)?.entities.find((e) => e.entity === name);
  if (!found) throw new Error(`no ${format} ${name} in the summary`);
  return found;
}

describe('importing all of ../shared/data', () => {
  it('reads every World Cup database row the data README lists', () => {
    expect(entity(first, 'worldcup-db', 'matches').read).toBe(1248);
    expect(entity(first, 'worldcup-db', 'players').read).toBe(10401);
    expect(entity(first, 'worldcup-db', 'editions').read).toBe(30);
  });

  it('stores 3,637 World Cup database goals, 79 of them own goals, and 396 shoot-out kicks', async () => {
    const wcdb = await store.db
      .selectFrom('goal')
      .innerJoin('source_file as f', 'f.id', 'goal.source_file_id')
      .select([sql<number>`count(*)`.as('n'), sql<number>`sum(own_goal)`.as('own')])
      .where('f.format', '=', 'worldcup-db')
      .executeTakeFirstOrThrow();
    expect(Number(wcdb.n)).toBe(3637);
    expect(Number(wcdb.own)).toBe(79);
    const kicks = await store.db.selectFrom('shootout_kick').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(Number(kicks.n)).toBe(396);
  });

  it('reads all 49,520 international results and reports the shoot-out whose match results.csv lacks', () => {
    expect(entity(first, 'international-results', 'matches').read).toBe(49520);
    const ir = first.sources.find((s) => s.format === 'international-results');
    expect(ir?.notices.some((n) => /shootouts\.csv/.test(n.location))).toBe(true);
  });

  it('keeps the 44 international goals with an unknown scorer (all in Oceania Nations Cup matches), as goals without a scorer', async () => {
    const row = await store.db
      .selectFrom('goal')
      .innerJoin('source_file as f', 'f.id', 'goal.source_file_id')
      .select(sql<number>`count(*)`.as('n'))
      .where('f.format', '=', 'international-results')
      .where('goal.scorer_name', 'is', null)
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(44);
  });

  it('stores each men\'s World Cup match 1930–2022 once, though three sources describe it', async () => {
    const rows = await store.db
      .selectFrom('match as m')
      .innerJoin('edition as e', 'e.id', 'm.edition_id')
      .innerJoin('competition as c', 'c.id', 'e.competition_id')
      .select(['m.status', sql<number>`count(*)`.as('n')])
      .where('c.name_key', '=', 'fifa world cup')
      .where('e.start_year', '<=', 2022)
      .groupBy('m.status')
      .execute();
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(byStatus.played).toBe(964);
    // Sweden v Austria, 1938: listed by Football.TXT as not played (Austria withdrew).
    expect(byStatus.cancelled).toBe(1);
    const sources = await store.db
      .selectFrom('match_source as s')
      .innerJoin('match as m', 'm.id', 's.match_id')
      .innerJoin('edition as e', 'e.id', 'm.edition_id')
      .innerJoin('competition as c', 'c.id', 'e.competition_id')
      .select(['s.format', sql<number>`count(*)`.as('n')])
      .where('c.name_key', '=', 'fifa world cup')
      .where('e.start_year', '<=', 2022)
      .groupBy('s.format')
      .execute();
    const byFormat = Object.fromEntries(sources.map((r) => [r.format, Number(r.n)]));
    expect(byFormat).toMatchObject({ 'worldcup-db': 964, 'international-results': 964 });
  });

  it('adds the 2026 World Cup from international results', async () => {
    const matches = await readMatches(store.db, { competition: 'FIFA World Cup', season: '2026' });
    expect(matches.length).toBe(104);
  });

  it('2022 final: Argentina 3-3 France a.e.t., 4-2 on penalties, six goals in order', async () => {
    const [final] = await readMatches(store.db, { date: '2022-12-18', team: 'France' });
    expect(final?.data.score).toMatchObject({ fullTime: [2, 2], extraTime: [3, 3], penalties: [4, 2] });
    const goals = [...(final?.goals ?? [])]
      .sort((a, b) => (a.minute ?? 0) + (a.stoppage ?? 0) / 100 - ((b.minute ?? 0) + (b.stoppage ?? 0) / 100))
      .map((g) => `${g.scorer} ${g.minute}${g.penalty ? ' pen' : ''}`);
    expect(goals).toEqual([
      'Lionel Messi 23 pen',
      'Ángel Di María 36',
      'Kylian Mbappé 80 pen',
      'Kylian Mbappé 81',
      'Lionel Messi 108',
      'Kylian Mbappé 118 pen',
    ]);
    expect(final?.sources.map((s) => s.format).sort()).toEqual(['football-txt', 'international-results', 'worldcup-db']);
  });

  it('Pelé is one player, born 1940-10-23, whatever source names him', async () => {
    const ids = await findPlayerIds(store.db, 'Pele');
    expect(ids.length).toBeGreaterThanOrEqual(1);
    const profile = await readPlayerProfile(store.db, ids[0]!);
    expect(profile?.birthDate).toBe('1940-10-23');
    const worldCupGoals = profile?.goals.filter((g) => g.competition === 'FIFA World Cup').reduce((n, g) => n + g.goals, 0);
    expect(worldCupGoals).toBe(12);
  });

  it('a namesake decades apart is another player: the 2026 scorer "Jhon Arias" is not Jairo Arias (born 1938)', async () => {
    const rows = (await sql<{ name: string; birth_date: string | null; year: string }>`
      SELECT p.name, p.birth_date, substr(m.date, 1, 4) AS year FROM goal g JOIN player p ON p.id = g.player_id JOIN match m ON m.id = g.match_id
      WHERE g.scorer_name = 'Jhon Arias' AND m.date >= '2026-01-01'`.execute(store.db)).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.birth_date === null || row.birth_date > '1980').toBe(true);
  });

  it('a second import of the same data adds nothing and says so', async () => {
    const before = await store.db.selectFrom('match').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const again = await importPath(store, [SHARED_DATA]);
    expect(again.changed).toBe(false);
    expect(again.sources.every((s) => s.filesAlreadyImported === s.files)).toBe(true);
    const after = await store.db.selectFrom('match').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
