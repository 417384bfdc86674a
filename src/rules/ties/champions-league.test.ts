import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import { footballTxtAdapter } from '../../sources/football-txt/adapter.js';
import { buildBracket } from './bracket.js';
import { buildTies } from './build-ties.js';
import { nextRound } from './next-round.js';
import type { Tie } from './tie.js';
import { tieRulesFor } from './tie-rules-for.js';

const ROOT = path.resolve(process.cwd(), '../shared/data/football-txt/champions-league');
const SEASONS = readdirSync(ROOT).filter((s) => /^\d{4}-\d{2}$/.test(s)).sort();

async function read(season: string, file = 'cl.txt'): Promise<MatchData[]> {
  return (await footballTxtAdapter.read(path.join(ROOT, season, file))).matches.map((m) => m.match);
}

function rulesOf(matches: readonly MatchData[]) {
  const first = matches[0];
  if (first === undefined) throw new Error('no matches');
  return tieRulesFor(first.competition, first.edition);
}
const tiesOf = (matches: readonly MatchData[]): Tie[] => buildTies(matches, rulesOf(matches));

function find(ties: readonly Tie[], a: string, b: string, stageKind: string): Tie {
  const tie = ties.find((t) => t.stage.kind === stageKind && t.teams.includes(a) && t.teams.includes(b));
  if (tie === undefined) throw new Error(`no ${stageKind} tie ${a} v ${b}`);
  return tie;
}

const matchesBySeason = new Map<string, MatchData[]>();
const tiesBySeason = new Map<string, Tie[]>();
beforeAll(async () => {
  for (const season of SEASONS) {
    const matches = await read(season);
    matchesBySeason.set(season, matches);
    tiesBySeason.set(season, tiesOf(matches));
  }
});
const ties = (season: string): Tie[] => tiesBySeason.get(season) ?? [];

describe('every two-legged Champions League tie in the shared cl.txt files', () => {
  // Counted: knockout ties of the main competition (cl.txt: knockout play-offs from 2024-25, round
  // of 16 to semi-finals), 2011-12 to 2025-26 without 2019-20; clq.txt qualifying and the
  // single-match finals are not counted.
  it('there are 212, and every one is decided', () => {
    const twoLegged = SEASONS.flatMap((s) => ties(s).filter((t) => t.format === 'two_legs'));
    expect(SEASONS).toHaveLength(14);
    expect(twoLegged).toHaveLength(212);
    expect(twoLegged.filter((t) => t.status !== 'decided')).toEqual([]);
    expect(twoLegged.every((t) => t.legs.length === 2)).toBe(true);
  });

  it('every winner of a round before the final plays in the next round', () => {
    for (const season of SEASONS) {
      const all = ties(season);
      for (const tie of all.filter((t) => t.stage.kind !== 'final')) {
        const next = nextRound(tie, all);
        expect(next?.tie, `${season} ${tie.text}`).toBeDefined();
        expect(next?.stage?.order, `${season} ${tie.text}`).toBe((tie.stage.order ?? 0) + 1);
        // The loser is never seen again in the knockout rounds.
        const later = all.filter((t) => (t.stage.order ?? 0) > (tie.stage.order ?? 0));
        expect(later.some((t) => tie.loser !== undefined && t.teams.includes(tie.loser))).toBe(false);
      }
    }
  });

  it('the finals crown the real champions, as the files spell them; 2025-26 is still to be played', () => {
    const champions = Object.fromEntries(
      SEASONS.map((s) => {
        const matches = matchesBySeason.get(s) ?? [];
        return [s, buildBracket(matches, rulesOf(matches)).champion];
      }),
    );
    expect(champions).toEqual({
      '2011-12': 'Chelsea FC',
      '2012-13': 'Bayern München',
      '2013-14': 'Real Madrid',
      '2014-15': 'FC Barcelona',
      '2015-16': 'Real Madrid',
      '2016-17': 'Real Madrid',
      '2017-18': 'Real Madrid',
      '2018-19': 'Liverpool FC',
      '2020-21': 'Chelsea FC',
      '2021-22': 'Real Madrid',
      '2022-23': 'Manchester City',
      '2023-24': 'Real Madrid CF',
      '2024-25': 'Paris Saint-Germain FC',
      '2025-26': undefined,
    });
    const final = ties('2025-26').find((t) => t.stage.kind === 'final');
    expect(final).toMatchObject({ status: 'open', format: 'single_match', teams: ['Paris Saint-Germain FC', 'Arsenal FC'] });
  });
});

describe('named ties', () => {
  it('2020-21 round of 16: FC Porto through on away goals scored in extra time after Juventus 3-2 a.e.t.', () => {
    const tie = find(ties('2020-21'), 'FC Porto', 'Juventus', 'round_of_16');
    const second = tie.legs[1];
    expect(second?.date).toBe('2021-03-09');
    expect(second?.score).toMatchObject({ fullTime: [2, 1], extraTime: [3, 2] });
    expect(tie).toMatchObject({
      teams: ['FC Porto', 'Juventus'],
      format: 'two_legs',
      aggregate: [4, 4],
      awayGoals: [2, 1],
      winner: 'FC Porto',
      loser: 'Juventus',
      decidedBy: 'away_goals_in_extra_time',
      status: 'decided',
      warnings: [],
    });
    expect(tie.text).toBe('FC Porto through on away goals scored in extra time, 4-4 on aggregate');
    expect(nextRound(tie, ties('2020-21'))).toMatchObject({ stageKind: 'quarter_final', opponent: 'Chelsea FC' });
  });

  it('2014-15 round of 16: Paris Saint-Germain through on away goals scored in extra time at Chelsea (2-2 a.e.t.)', () => {
    const tie = find(ties('2014-15'), 'Paris Saint-Germain', 'Chelsea FC', 'round_of_16');
    expect(tie).toMatchObject({ winner: 'Paris Saint-Germain', decidedBy: 'away_goals_in_extra_time', aggregate: [3, 3] });
  });

  it('2012-13 quarter-final: FC Barcelona through on away goals against Paris Saint-Germain, 3-3 on aggregate', () => {
    const tie = find(ties('2012-13'), 'FC Barcelona', 'Paris Saint-Germain', 'quarter_final');
    expect(tie).toMatchObject({
      teams: ['Paris Saint-Germain', 'FC Barcelona'],
      aggregate: [3, 3],
      awayGoals: [1, 2],
      winner: 'FC Barcelona',
      decidedBy: 'away_goals',
      text: 'FC Barcelona through on away goals, 3-3 on aggregate',
    });
  });

  it('2015-16 round of 16: Atlético Madrid through 8-7 on penalties against PSV Eindhoven after 0-0 on aggregate', () => {
    const tie = find(ties('2015-16'), 'Atlético Madrid', 'PSV Eindhoven', 'round_of_16');
    expect(tie).toMatchObject({ aggregate: [0, 0], awayGoals: [0, 0], winner: 'Atlético Madrid', decidedBy: 'penalties' });
    expect(tie.text).toBe('Atlético Madrid through 8-7 on penalties after 0-0 on aggregate');
  });

  it('2021-22 quarter-final: Real Madrid through 5-4 after extra time at Chelsea — level on aggregate, no away goals any more', () => {
    const tie = find(ties('2021-22'), 'Chelsea FC', 'Real Madrid', 'quarter_final');
    // Chelsea led 3-0 at the Bernabéu after 90 minutes: 4-4 on aggregate, Chelsea with more away goals.
    expect(tie.legs[1]?.score).toMatchObject({ fullTime: [1, 3], extraTime: [2, 3] });
    expect(tie).toMatchObject({ aggregate: [4, 5], winner: 'Real Madrid', decidedBy: 'extra_time', text: 'Real Madrid through 5-4 on aggregate after extra time' });
    expect(tie.awayGoals).toBeUndefined();
  });
});

describe('consistency warnings', () => {
  it('2024-25: two second legs went to extra time but the file shows none — PSV v Juventus and Inter v Barcelona', () => {
    const warned = ties('2024-25').filter((t) => t.warnings.length > 0);
    expect(warned.map((t) => [t.stage.name, t.teams, t.winner, t.decidedBy])).toEqual([
      ['Playoffs', ['Juventus FC', 'PSV'], 'PSV', 'extra_time'],
      ['Finals, Semifinals', ['FC Barcelona', 'FC Internazionale Milano'], 'FC Internazionale Milano', 'extra_time'],
    ]);
    expect(warned[0]?.warnings[0]).toMatch(/^2025-02-19 PSV 3-1 Juventus FC: the file shows no extra time, but it was 2-1 after 90 minutes/);
    expect(warned[1]?.warnings[0]).toMatch(/^2025-05-06 FC Internazionale Milano 4-3 FC Barcelona: the file shows no extra time, but it was 3-3 after 90 minutes/);
  });

  it('nothing in the scores of the files alone reveals them: without the errata both ties read as plain aggregate wins', () => {
    const matches = matchesBySeason.get('2024-25') ?? [];
    const plain = buildTies(matches, rulesOf(matches), { errata: [] });
    expect(plain.filter((t) => t.warnings.length > 0)).toEqual([]);
    expect(find(plain, 'PSV', 'Juventus FC', 'playoff')).toMatchObject({ decidedBy: 'aggregate', aggregate: [3, 4] });
  });

  it('every other cl.txt season is free of warnings', () => {
    for (const season of SEASONS.filter((s) => s !== '2024-25')) {
      expect(ties(season).flatMap((t) => t.warnings), season).toEqual([]);
    }
  });
});

describe('other UEFA files', () => {
  it('2021-22 Europa League: RB Leipzig through on a walkover after both legs against Spartak Moskva were cancelled', async () => {
    const tie = find(tiesOf(await read('2021-22', 'el.txt')), 'RB Leipzig', 'Spartak Moskva', 'round_of_16');
    expect(tie).toMatchObject({ winner: 'RB Leipzig', decidedBy: 'walkover', status: 'decided' });
  });

  it('2025-26 Conference League qualifying: a second leg with extra time although the aggregate was not level is reported', async () => {
    const tie = find(tiesOf(await read('2025-26', 'confq.txt')), 'FC Dinamo City', 'Atlétic Escaldes', 'qualifying');
    expect(tie.winner).toBe('FC Dinamo City');
    expect(tie.warnings).toEqual(['2025-07-31 FC Dinamo City 1-1 a.e.t. Atlétic Escaldes: extra time although the aggregate was 2-3 after 90 minutes']);
  });
});
