// League tables read from a real SQLite store: a league found by its common name and season, and the
// deductions an import stored (migration 006) reaching the table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../domain/errors.js';
import { importPath } from '../ingest/import-path.js';
import { computeTable, tableRulesFor } from '../rules/tables/index.js';
import { openStore, type Store } from '../store/open-store.js';
import { findLeagueEdition } from './find-league-edition.js';
import { readTableInputs } from './tables.js';

const CORPUS = resolve(process.cwd(), '..', 'shared', 'corpus', 'openfootball');
const dir = mkdtempSync(join(tmpdir(), 'matchfacts-leagues-'));
let store: Store;

beforeAll(async () => {
  store = await openStore(join(dir, 'leagues.db'));
  await importPath(store, [
    join(CORPUS, 'deutschland/2024-25/1-bundesliga.txt'),
    join(CORPUS, 'deutschland/2024-25/2-bundesliga2.txt'),
    join(CORPUS, 'espana/2013-14/1-liga.txt'),
    join(CORPUS, 'england/rsssf/eng2024-premierleague.txt'),
  ]);
}, 120_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('findLeagueEdition', () => {
  it('"Bundesliga 2024/25" is the Deutsche Bundesliga, not the 2. Bundesliga; "2. Bundesliga" the other', async () => {
    expect(await findLeagueEdition(store.db, 'Bundesliga', '2024/25')).toMatchObject({ competition: 'Deutsche Bundesliga', season: '2024/25' });
    expect(await findLeagueEdition(store.db, '2. Bundesliga', '2024-25')).toMatchObject({ competition: 'Deutsche 2. Bundesliga' });
  });
  it('"La Liga 2013-14" is the Primera División; an unknown name or season is none', async () => {
    expect(await findLeagueEdition(store.db, 'La Liga', '2013-14')).toMatchObject({ competition: 'Primera División de España', season: '2013/14' });
    expect(await findLeagueEdition(store.db, 'Ligue 1', '2013/14')).toBeUndefined();
    expect(await findLeagueEdition(store.db, 'Bundesliga', '1999/00')).toBeUndefined();
  });
});

describe('readTableInputs for a league', () => {
  it('Bundesliga 2024/25: one table of all 34 rounds, 18 teams', async () => {
    const [league, ...others] = await readTableInputs(store.db, { competition: 'Bundesliga', season: '2024/25' });
    expect(others).toEqual([]);
    expect(league!.stageKind).toBe('league');
    expect(league!.matches).toHaveLength(306);
  });
  it('Premier League 2023/24: the stored deductions reach the table (Everton 40 points, 15th)', async () => {
    const [league] = await readTableInputs(store.db, { competition: 'Premier League', season: '2023/24' });
    expect(league!.deductions).toEqual([
      { team: 'Everton', points: 8, reason: 'for financial reasons' },
      { team: 'Nottingham Forest', points: 4, reason: 'for financial reasons' },
    ]);
    const first = league!.matches[0]!;
    const table = computeTable(league!.matches, tableRulesFor(first.competition, first.edition, first.stage), { deductions: league!.deductions });
    expect(table.rows.find((r) => r.team === 'Everton')).toMatchObject({ position: 15, points: 40, deducted: 8 });
  });
  it('a league that is not there is a NotFoundError naming what was asked', async () => {
    await expect(readTableInputs(store.db, { competition: 'Eredivisie', season: '2024/25' })).rejects.toThrow(NotFoundError);
  });
  it('importing the same file again stores its deductions once', async () => {
    await importPath(store, [join(CORPUS, 'england/rsssf/eng2024-premierleague.txt')]);
    const rows = await store.db.selectFrom('points_deduction').selectAll().execute();
    expect(rows.map((r) => [r.team_name, r.points, r.location.replace(/^.*\/rsssf\//, '')])).toEqual([
      ['Everton', 8, 'eng2024-premierleague.txt:32'],
      ['Nottingham Forest', 4, 'eng2024-premierleague.txt:33'],
    ]);
  });
});
