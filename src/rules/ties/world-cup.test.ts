import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import { footballTxtAdapter } from '../../sources/football-txt/adapter.js';
import { worldcupDbAdapter } from '../../sources/worldcup-db/adapter.js';
import { buildBracket } from './bracket.js';
import { buildTies } from './build-ties.js';
import type { Tie } from './tie.js';
import { tieRulesFor } from './tie-rules-for.js';

const DATA = path.resolve(process.cwd(), '../shared/data');

function rulesOf(matches: readonly MatchData[]) {
  const first = matches[0];
  if (first === undefined) throw new Error('no matches');
  return tieRulesFor(first.competition, first.edition);
}
const tiesOf = (matches: readonly MatchData[]): Tie[] => buildTies(matches, rulesOf(matches));

let worldcupDb: MatchData[] = [];
beforeAll(async () => {
  worldcupDb = (await worldcupDbAdapter.read(path.join(DATA, 'worldcup-db'))).matches.map((m) => m.match);
});
const menEdition = (year: string) => worldcupDb.filter((m) => m.competition.name === 'FIFA World Cup' && m.edition.name === year);

describe('1934 quarter-final: Italy through against Spain after a 1-1 draw and a 1-0 replay', () => {
  const expectItalySpain = (ties: readonly Tie[]) => {
    const tie = ties.find((t) => t.teams.includes('Italy') && t.teams.includes('Spain'));
    expect(tie).toMatchObject({
      teams: ['Italy', 'Spain'],
      format: 'with_replay',
      winner: 'Italy',
      loser: 'Spain',
      decidedBy: 'replay',
      status: 'decided',
      warnings: [],
    });
    expect(tie?.stage.kind).toBe('quarter_final');
    expect(tie?.legs.map((m) => [m.date, m.score.extraTime ?? m.score.fullTime])).toEqual([
      ['1934-05-31', [1, 1]],
      ['1934-06-01', [1, 0]],
    ]);
    expect(tie?.text).toBe('Italy through in a replay, 1-0, after 1-1 a.e.t.');
  };
  it('in worldcup-db', () => expectItalySpain(tiesOf(menEdition('1934'))));
  it('in Football.TXT', async () => {
    const batch = await footballTxtAdapter.read(path.join(DATA, 'football-txt/worldcup/1934--italy'));
    expectItalySpain(tiesOf(batch.matches.map((m) => m.match)));
  });
});

describe('1938: three drawn matches replayed', () => {
  it('Switzerland, Cuba and Brazil went through in replays', () => {
    const replays = tiesOf(menEdition('1938')).filter((t) => t.format === 'with_replay');
    expect(replays.map((t) => t.text)).toEqual([
      'Switzerland through in a replay, 4-2, after 1-1 a.e.t.',
      'Cuba through in a replay, 2-1, after 3-3 a.e.t.',
      'Brazil through in a replay, 2-1, after 1-1 a.e.t.',
    ]);
  });
});

describe('2022 final', () => {
  it('Argentina won 4-2 on penalties after 3-3 a.e.t. against France, and are champions', () => {
    const matches = menEdition('2022');
    const final = tiesOf(matches).find((t) => t.stage.kind === 'final');
    expect(final).toMatchObject({
      teams: ['Argentina', 'France'],
      format: 'single_match',
      winner: 'Argentina',
      decidedBy: 'penalties',
      text: 'Argentina won 4-2 on penalties after 3-3 a.e.t.',
      warnings: [],
    });
    const bracket = buildBracket(matches, rulesOf(matches));
    expect(bracket.champion).toBe('Argentina');
    expect(bracket.stages.map((s) => s.stage.kind)).toEqual(['round_of_16', 'quarter_final', 'semi_final', 'third_place', 'final']);
  });
});

describe('every men\'s World Cup in worldcup-db', () => {
  it('every knockout tie is decided, with no warnings, and every final crowns the real champion', () => {
    const years = [...new Set(worldcupDb.filter((m) => m.competition.name === 'FIFA World Cup').map((m) => m.edition.name))];
    const champions: Record<string, string | undefined> = {};
    for (const year of years) {
      const matches = menEdition(year);
      const rules = rulesOf(matches);
      const ties = buildTies(matches, rules);
      expect(ties.filter((t) => t.status !== 'decided' || t.warnings.length > 0), year).toEqual([]);
      champions[year] = buildBracket(matches, rules).champion;
    }
    // 1950 ended in a final round (a group), so it has no knockout final.
    expect(champions).toMatchObject({ '1930': 'Uruguay', '1950': undefined, '1954': 'West Germany', '1966': 'England', '1982': 'Italy', '2010': 'Spain', '2014': 'Germany', '2018': 'France', '2022': 'Argentina' });
  });
});
