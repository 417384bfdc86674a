// Real league seasons from openfootball (../shared/corpus) under their own rules: the final tables as
// published, and the tie-breaker, deduction or awarded match that decided a place, named.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import { datedDeductions } from '../../sources/football-txt/deductions.js';
import { parseFootballTxt } from '../../sources/football-txt/parser.js';
import { computeTable, type ComputeTableOptions } from './compute-table.js';
import { tableRulesFor } from './rules-for.js';
import type { Table } from './table.js';
import { tableGroups } from './table-groups.js';

const CORPUS = resolve(process.cwd(), '..', 'shared', 'corpus', 'openfootball');

/** The league table of one corpus file, with the deductions its notes state. */
function leagueTable(path: string, options: ComputeTableOptions = {}): Table {
  const file = resolve(CORPUS, path);
  const text = readFileSync(file, 'utf8');
  const parsed = parseFootballTxt(text, file);
  const matches: MatchData[] = parsed.matches.map((m) => m.match);
  const league = tableGroups(matches).find((t) => t.stage.kind === 'league');
  if (league === undefined) throw new Error(`${path}: no league stage`);
  const first = league.matches[0]!;
  const deductions = datedDeductions(text, parsed.matches).map(({ team, points, reason }) => ({ team, points, ...(reason ? { reason } : {}) }));
  return computeTable(league.matches, tableRulesFor(first.competition, first.edition, first.stage), { deductions, ...options });
}

const order = (table: Table) => table.rows.map((r) => r.team);
const row = (table: Table, team: string) => {
  const found = table.rows.find((r) => r.team === team);
  if (found === undefined) throw new Error(`${team} not in the table`);
  return found;
};

describe('England', () => {
  it('Premier League 2024/25: Liverpool champions; Newcastle fifth above Aston Villa on goal difference, both on 66', () => {
    const table = leagueTable('england/2024-25/1-premierleague.txt');
    expect(table.rules.id).toBe('premier-league-2019');
    expect(order(table).slice(0, 6)).toEqual(['Liverpool FC', 'Arsenal FC', 'Manchester City FC', 'Chelsea FC', 'Newcastle United FC', 'Aston Villa FC']);
    expect(row(table, 'Liverpool FC')).toMatchObject({ played: 38, won: 25, drawn: 9, lost: 4, points: 84 });
    expect(row(table, 'Newcastle United FC').separatedFrom?.text).toBe('ahead of Aston Villa FC on goal difference, +21 to +7');
    expect(order(table).slice(-3)).toEqual(['Leicester City FC', 'Ipswich Town FC', 'Southampton FC']);
  });

  it('Premier League 2011/12: Manchester City champions on goal difference, +64 to +56, both on 89', () => {
    const table = leagueTable('england/2011-12/1-premierleague.txt');
    expect(table.rules.id).toBe('premier-league-1992');
    const city = table.rows[0]!;
    expect(city.team).toMatch(/^Manchester City/);
    expect(city.points).toBe(89);
    expect(city.separatedFrom?.text).toMatch(/^ahead of Manchester United\S* ?\S* on goal difference, \+64 to \+56$/);
  });

  it('Premier League 2023/24 (rsssf): Everton 8 and Nottingham Forest 4 points deducted, from the NB note, and said so where it decides a place', () => {
    const table = leagueTable('england/rsssf/eng2024-premierleague.txt');
    expect(row(table, 'Everton')).toMatchObject({ position: 15, points: 40, deducted: 8 });
    expect(row(table, 'Nottingham')).toMatchObject({ position: 17, points: 32, deducted: 4 });
    expect(row(table, 'Everton').separatedFrom?.text).toBe('ahead of Brentford on points, 40 to 39 (Everton: 8 points deducted for financial reasons)');
    expect(table.notes).toContain('Nottingham: 4 points deducted for financial reasons');
    // The abandoned Bournemouth–Luton (16 December) is out; its replay of 13 March counts.
    expect(row(table, 'Luton')).toMatchObject({ played: 38, points: 26, position: 18 });
    expect(table.notes.some((n) => n.startsWith('2023-12-16 Bournemouth v Luton: abandoned'))).toBe(true);
  });

  it('Football League 1888-89: two points for a win and goal average, Preston North End unbeaten champions', () => {
    const table = leagueTable('england/archive/1880s/1888-89/1-footballleague.txt');
    expect(table.rules).toMatchObject({ id: 'england-1888-goal-average', pointsForWin: 2 });
    expect(table.rows[0]).toMatchObject({ played: 22, won: 18, drawn: 4, lost: 0, points: 40 });
    expect(table.rows[0]!.team).toMatch(/^Preston/);
  });
});

describe('Germany', () => {
  it('Bundesliga 2024/25: Union Berlin 0-2 Bochum counted as awarded; Bayern champions on 82; Kiel above Bochum on goal difference, both on 25', () => {
    const table = leagueTable('deutschland/2024-25/1-bundesliga.txt');
    expect(table.rules.id).toBe('bundesliga-1995-three-points');
    expect(row(table, 'FC Bayern München')).toMatchObject({ position: 1, points: 82 });
    expect(row(table, '1. FC Union Berlin')).toMatchObject({ position: 13, points: 40 });
    expect(table.notes).toContain('2024-12-14 1. FC Union Berlin 0\u20132 VfL Bochum 1848: awarded, counted with the awarded score');
    expect(row(table, 'Holstein Kiel').separatedFrom?.text).toBe('ahead of VfL Bochum 1848 on goal difference, \u221231 to \u221234');
  });
});

describe('Spain: head-to-head before goal difference', () => {
  it('La Liga 2013/14: Barcelona above Real Madrid on their meetings, both on 87, though Real Madrid scored more', () => {
    const table = leagueTable('espana/2013-14/1-liga.txt');
    expect(table.rules.id).toBe('spain-1995-three-points');
    expect(order(table).slice(0, 3)).toEqual(['Atlético Madrid', 'FC Barcelona', 'Real Madrid']);
    expect(row(table, 'FC Barcelona').separatedFrom?.text).toBe('ahead of Real Madrid on head-to-head points, 6 to 0 (matches between them)');
  });

  it('La Liga 2017/18: Espanyol, Real Sociedad, Celta on 49; Real Sociedad above Celta on goal difference once their mini-league leaves them level', () => {
    const table = leagueTable('espana/2017-18/1-liga.txt');
    expect(order(table).slice(10, 13)).toEqual(['Espanyol Barcelona', 'Real Sociedad', 'RC Celta']);
    expect(row(table, 'Real Sociedad').separatedFrom?.text).toBe('ahead of RC Celta on goal difference, +7 to \u22121');
  });
});

describe('Italy: classifica avulsa', () => {
  it('Serie A 2018/19: Parma, Cagliari, Fiorentina on 41, ordered by the points among the three', () => {
    const table = leagueTable('italy/2018-19/1-seriea.txt');
    expect(table.rules.id).toBe('italy-2005-classifica-avulsa');
    expect(order(table).slice(13, 16)).toEqual(['Parma Calcio 1913', 'Cagliari Calcio', 'ACF Fiorentina']);
    expect(row(table, 'Parma Calcio 1913').separatedFrom?.text).toBe(
      'ahead of Cagliari Calcio on head-to-head points, 9 to 7 (matches among Cagliari Calcio, Parma Calcio 1913 and ACF Fiorentina)',
    );
  });

  it('Serie A 2022/23: Spezia and Hellas Verona level on 31 above the relegation places, which a play-off decides (Verona won it, not in the file)', () => {
    const table = leagueTable('italy/2022-23/1-seriea.txt');
    expect(row(table, 'Spezia Calcio')).toMatchObject({ position: 17, points: 31 });
    expect(row(table, 'Spezia Calcio').separatedFrom?.text).toBe(
      'ahead of Hellas Verona FC on head-to-head points, 4 to 1 (matches between them); level on points for this place: under these rules a play-off decides it (not in this table)',
    );
    expect(row(table, 'SSC Napoli').separatedFrom?.text).toBe('ahead of SS Lazio on points, 90 to 74');
  });

  it('Serie A 2016/17: Sassuolo–Pescara counted as awarded 0-3', () => {
    const table = leagueTable('italy/2016-17/1-seriea.txt');
    expect(table.notes.some((n) => /Sassuolo Calcio 0\u20133 Delfino Pescara: awarded/.test(n))).toBe(true);
  });
});

describe('a season cut short', () => {
  it('League One 2019/20, stopped in March 2020: ranked on points per game, as the EFL decided', () => {
    const table = leagueTable('england/2019-20/3-league1.txt');
    expect(table.rules.id).toBe('football-league-2019-cut-short');
    expect(table.rules.criteria[0]).toBe('points_per_game');
    expect(table.notes[0]).toMatch(/^season cut short: \d+ of \d+ matches not played; EFL decision of 9 June 2020/);
    expect(order(table).slice(0, 3).map((t) => t.split(' ')[0])).toEqual(['Coventry', 'Rotherham', 'Wycombe']);
  });
  it('the same season asked as of a day before the stop is ranked on points', () => {
    const table = leagueTable('england/2019-20/3-league1.txt', { asOf: '2020-02-01' });
    expect(table.rules.criteria[0]).toBe('points');
  });
});
