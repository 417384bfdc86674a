// UEFA Champions League tables from the Football.TXT files: head-to-head, away goals, the 2024-25 league phase.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import { footballTxtAdapter } from '../../sources/football-txt/adapter.js';
import { computeTable } from './compute-table.js';
import { tableRulesFor } from './rules-for.js';
import { splitGroups } from './split-groups.js';
import type { Table } from './table.js';

async function tableStageMatches(season: string, file = 'cl.txt'): Promise<MatchData[]> {
  const batch = await footballTxtAdapter.read(path.resolve(process.cwd(), `../shared/data/football-txt/champions-league/${season}/${file}`));
  return batch.matches.map((m) => m.match).filter((m) => m.stage?.kind === 'group' || m.stage?.kind === 'league_phase');
}

async function groupTable(season: string, group: string): Promise<Table> {
  const matches = (await tableStageMatches(season)).filter((m) => m.group !== undefined);
  const groupMatches = splitGroups(matches).get(group) ?? expect.unreachable();
  const first = groupMatches[0] ?? expect.unreachable();
  return computeTable(groupMatches, tableRulesFor(first.competition, first.edition, first.stage));
}

describe('UEFA Champions League group stage', () => {
  it('2022/23 Group H: Benfica above Paris Saint-Germain on away goals in all group matches, 9 to 6', async () => {
    // Level on 14 points; 1–1 home and away, so level head-to-head; goal difference +9 and 16 goals each.
    // From 2021/22 away goals no longer count head-to-head but still count over all group matches (art. 17.01 g).
    const table = await groupTable('2022-23', 'Group H');
    expect(table.rules.id).toBe('uefa-group-2021');
    expect(table.rows.map((r) => [r.team, r.points])).toEqual([
      ['SL Benfica', 14],
      ['Paris Saint-Germain', 14],
      ['Juventus', 3],
      ['Maccabi Haifa', 3],
    ]);
    const benfica = table.rows[0] ?? expect.unreachable();
    expect(benfica.separatedFrom).toMatchObject({ team: 'Paris Saint-Germain', criterion: 'away_goals_for' });
    expect(benfica.separatedFrom?.text).toBe('ahead of Paris Saint-Germain on away goals scored, 9 to 6');
  });

  it('2012/13 Group E: Shakhtar Donetsk above Chelsea on head-to-head away goals, 2 to 1 (before 2021/22)', async () => {
    const table = await groupTable('2012-13', 'Group E');
    expect(table.rows.map((r) => r.team).slice(0, 3)).toEqual(['Juventus', 'Shakhtar Donetsk', 'Chelsea FC']);
    expect(table.rows[1]?.separatedFrom?.text).toBe('ahead of Chelsea FC on head-to-head away goals, 2 to 1 (matches between them)');
  });

  it('2013/14 Group F: three teams on 12 points ordered by their mini-table', async () => {
    const table = await groupTable('2013-14', 'Group F');
    expect(table.rows.map((r) => [r.team, r.points])).toEqual([
      ['Borussia Dortmund', 12],
      ['Arsenal FC', 12],
      ['SSC Napoli', 12],
      ['Olympique Marseille', 0],
    ]);
    expect(table.rows[0]?.separatedFrom?.criterion).toBe('h2h_goal_difference');
    expect(table.rows[0]?.separatedFrom?.text).toContain('(matches among Arsenal FC, SSC Napoli and Borussia Dortmund)');
  });

  it('2023/24: group matches without group names are split by who played whom into eight groups of four', async () => {
    const groups = splitGroups(await tableStageMatches('2023-24'));
    expect(groups.size).toBe(8);
    for (const matches of groups.values()) expect(matches).toHaveLength(12);
  });
});

describe('UEFA Champions League 2024/25 league phase', () => {
  it('has 36 teams in three zones; Liverpool first on 21 points, then Barcelona and Arsenal', async () => {
    const matches = await tableStageMatches('2024-25');
    const first = matches[0] ?? expect.unreachable();
    const table = computeTable(matches, tableRulesFor(first.competition, first.edition, first.stage));
    expect(table.rules.id).toBe('uefa-league-phase-2024');
    expect(table.rules.zones).toEqual([
      { from: 1, to: 8, label: 'round of 16' },
      { from: 9, to: 24, label: 'knockout phase play-offs' },
      { from: 25, to: 36, label: 'eliminated' },
    ]);
    expect(table.rows).toHaveLength(36);
    expect(table.rows.every((r) => r.played === 8)).toBe(true);
    expect(table.rows.slice(0, 3).map((r) => [r.team, r.points])).toEqual([
      ['Liverpool FC', 21],
      ['FC Barcelona', 19],
      ['Arsenal FC', 19],
    ]);
    expect(table.rows[1]?.separatedFrom?.text).toBe('ahead of Arsenal FC on goal difference, +15 to +13');
    const zones = (from: number, to: number) => new Set(table.rows.slice(from - 1, to).map((r) => r.zone));
    expect(zones(1, 8)).toEqual(new Set(['round of 16']));
    expect(zones(9, 24)).toEqual(new Set(['knockout phase play-offs']));
    expect(zones(25, 36)).toEqual(new Set(['eliminated']));
    // Real Madrid and Bayern: 15 points, goal difference +8, goals 20 each, away goals 8 each; Real Madrid won more away.
    expect(table.rows[10]).toMatchObject({ team: 'Real Madrid CF', separatedFrom: { team: 'FC Bayern München', criterion: 'away_wins' } });
    expect(table.rows[10]?.separatedFrom?.text).toBe('ahead of FC Bayern München on away wins, 2 to 1');
  });
});
