// Every World Cup group table of worldcup-db, recomputed from its matches and checked against group_standings.csv.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import type { IncomingEdition, PublishedStanding, SourceBatch } from '../../sources/source-batch.js';
import { worldcupDbAdapter } from '../../sources/worldcup-db/adapter.js';
import { computeTable } from './compute-table.js';
import { tableRulesFor } from './rules-for.js';
import type { Table } from './table.js';

interface PublishedGroup {
  readonly label: string;
  readonly edition: IncomingEdition;
  readonly standings: readonly PublishedStanding[];
  readonly matches: readonly MatchData[];
}

let batch: SourceBatch;
let groups: PublishedGroup[];

beforeAll(async () => {
  batch = await worldcupDbAdapter.read(path.resolve(process.cwd(), '../shared/data/worldcup-db'));
  groups = [];
  for (const edition of batch.editions) {
    const byGroup = new Map<string, PublishedStanding[]>();
    for (const standing of edition.publishedGroupStandings) {
      const key = `${standing.stage.name}, ${standing.group}`;
      byGroup.set(key, [...(byGroup.get(key) ?? []), standing]);
    }
    for (const [key, standings] of byGroup) {
      const { stage } = standings[0] ?? expect.unreachable();
      // A group's matches are the stage's matches between its published teams. Group names cannot be
      // trusted to agree: matches.csv spells one 2015 women's group "Group c" (M-2015-06), calls the
      // 1982 second-stage groups 1–4 where group_standings.csv has A–D, and leaves the 1950 final round unnamed.
      const teams = new Set(standings.map((s) => s.team.name));
      const matches = batch.matches
        .map((m) => m.match)
        .filter(
          (m) =>
            m.competition.name === edition.competition.name &&
            m.edition.name === edition.edition.name &&
            m.stage?.name === stage.name &&
            teams.has(m.home.name) &&
            teams.has(m.away.name),
        );
      groups.push({
        label: `${edition.competition.sex} ${edition.edition.name} ${key}`,
        edition,
        standings: [...standings].sort((a, b) => a.position - b.position),
        matches,
      });
    }
  }
}, 60_000);

function tableOf(group: PublishedGroup, withLots: boolean): Table {
  const first = group.standings[0] ?? expect.unreachable();
  const rules = tableRulesFor(group.edition.competition, group.edition.edition, first.stage);
  return computeTable(group.matches, rules, withLots ? { lots: group.standings.map((s) => s.team.name) } : {});
}

describe('World Cup group tables: all of group_standings.csv recomputed from matches.csv', () => {
  it('has the 159 group tables of groups.csv, men and women, first, second and final-round groups', () => {
    expect(groups).toHaveLength(159);
    expect(new Set(groups.map((g) => g.standings[0]?.stage.kind))).toEqual(new Set(['group', 'second_group', 'final_group']));
    expect(new Set(groups.map((g) => g.edition.competition.sex))).toEqual(new Set(['men', 'women']));
  });

  it('reproduces every table position for position, with the same played, won, drawn, lost, goals and points', () => {
    for (const group of groups) {
      const table = tableOf(group, true);
      const computed = table.rows.map((r) => [r.team, r.played, r.won, r.drawn, r.lost, r.goalsFor, r.goalsAgainst, r.points]);
      const published = group.standings.map((s) => [s.team.name, s.played, s.wins, s.draws, s.losses, s.goalsFor, s.goalsAgainst, s.points]);
      expect(computed, group.label).toEqual(published);
      expect(table.rows.some((r) => r.undecided), group.label).toBe(false);
    }
  });

  it('needs the published order only for these eight places: four drawings of lots, four places never ranked', () => {
    const outside: string[] = [];
    for (const group of groups) {
      for (const row of tableOf(group, true).rows) {
        const sep = row.separatedFrom;
        if (sep !== undefined && sep.decidedBy !== 'criterion') outside.push(`${group.label}: ${row.team} above ${sep.team} (${sep.decidedBy})`);
      }
    }
    expect(outside).toEqual([
      // 1950: only the group winner went on; the three teams on 2 points were never ranked.
      'men 1950 group stage, Group 2: England above Chile (unranked)',
      'men 1950 group stage, Group 2: Chile above United States (unranked)',
      'men 1954 group stage, Group 1: Brazil above Yugoslavia (lots)',
      'men 1954 group stage, Group 3: Uruguay above Austria (lots)',
      // 1954: only the two qualifying places were ranked; both teams lost both matches without scoring.
      'men 1954 group stage, Group 3: Czechoslovakia above Scotland (unranked)',
      // 1970: goal difference then lots; goals scored (6 to 5) did not count.
      'men 1970 group stage, Group 1: Soviet Union above Mexico (lots)',
      'men 1970 group stage, Group 4: Bulgaria above Morocco (unranked)',
      'men 1990 group stage, Group F: Republic of Ireland above Netherlands (lots)',
    ]);
  });

  it('without the published order those places are flagged undecided and keep the input order, never silently ordered', () => {
    const undecided = groups.flatMap((group) =>
      tableOf(group, false)
        .rows.filter((r) => r.undecided)
        .map((r) => `${group.label}: ${r.team}`),
    );
    expect(undecided).toHaveLength(8);
    const italia = groups.find((g) => g.label === 'men 1990 group stage, Group F') ?? expect.unreachable();
    const row = tableOf(italia, false).rows.find((r) => r.undecided) ?? expect.unreachable();
    expect(row.separatedFrom?.text).toMatch(/level with .* on all criteria the data can check; next would be drawing of lots/);
  });

  it('1990 Group F: the Republic of Ireland above the Netherlands by drawing of lots', () => {
    const group = groups.find((g) => g.label === 'men 1990 group stage, Group F') ?? expect.unreachable();
    const row = tableOf(group, true).rows[1] ?? expect.unreachable();
    expect(row.separatedFrom?.text).toBe(
      'level with Netherlands on all criteria; drawing of lots placed Republic of Ireland first',
    );
  });

  it('2018 Group H: Japan above Senegal on fair-play points, −4 to −6', () => {
    const group = groups.find((g) => g.label === 'men 2018 group stage, Group H') ?? expect.unreachable();
    const table = tableOf(group, false);
    const japan = table.rows.find((r) => r.team === 'Japan') ?? expect.unreachable();
    const senegal = table.rows.find((r) => r.team === 'Senegal') ?? expect.unreachable();
    expect([japan.position, senegal.position]).toEqual([2, 3]);
    expect([japan.fairPlay, senegal.fairPlay]).toEqual([-4, -6]);
    expect(japan.separatedFrom).toMatchObject({ team: 'Senegal', criterion: 'fair_play' });
    expect(japan.separatedFrom?.text).toBe('ahead of Senegal on fair-play points, \u22124 to \u22126');
  });

  it('1958 Group 1: Northern Ireland above Czechoslovakia by the play-off, which is not in the table', () => {
    const group = groups.find((g) => g.label === 'men 1958 group stage, Group 1') ?? expect.unreachable();
    const table = tableOf(group, false);
    expect(table.rows.map((r) => r.team)).toEqual(['West Germany', 'Northern Ireland', 'Czechoslovakia', 'Argentina']);
    expect(table.rows[1]?.played).toBe(3);
    expect(table.rows[1]?.separatedFrom?.text).toBe(
      'ahead of Czechoslovakia by winning the play-off on 1958-06-17, 2\u20131 a.e.t. (not counted in the table)',
    );
    expect(table.notes.some((n) => n.includes('play-off'))).toBe(true);
  });

  it('1994 Group E: four teams on 4 points; the Republic of Ireland above Italy on their 1–0', () => {
    const group = groups.find((g) => g.label === 'men 1994 group stage, Group E') ?? expect.unreachable();
    const table = tableOf(group, false);
    expect(table.rows.map((r) => r.team)).toEqual(['Mexico', 'Republic of Ireland', 'Italy', 'Norway']);
    expect(table.rows[1]?.separatedFrom?.text).toBe('ahead of Italy on head-to-head points, 3 to 0 (matches between them)');
  });

  it('1966 Group 2: West Germany above Argentina on goal average, 7.000 to 4.000', () => {
    const group = groups.find((g) => g.label === 'men 1966 group stage, Group 2') ?? expect.unreachable();
    expect(tableOf(group, false).rows[0]?.separatedFrom?.text).toBe('ahead of Argentina on goal average, 7.000 to 4.000');
  });
});
