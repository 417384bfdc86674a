import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import { footballTxtAdapter } from '../../sources/football-txt/adapter.js';
import { buildBracket } from './bracket.js';
import { openTies, possibleNextOpponents } from './open-ties.js';
import { tieRulesFor } from './tie-rules-for.js';

const FILE = path.resolve(process.cwd(), '../shared/data/football-txt/champions-league/2020-21/cl.txt');
const rules = tieRulesFor({ name: 'UEFA Champions League', sex: 'men', kind: 'cup' }, { name: '2020/21', startYear: 2020, endYear: 2021 });

let season: MatchData[] = [];
beforeAll(async () => {
  season = (await footballTxtAdapter.read(FILE)).matches.map((m) => m.match);
});

/** The 2020-21 Champions League as if suspended after the round-of-16 second legs of 10 March 2021. */
const suspended = (): MatchData[] => season.filter((m) => m.date <= '2021-03-10');

describe('2020-21 Champions League suspended after 10 March 2021', () => {
  it('the bracket has the round of 16 only, half of its ties still open', () => {
    const bracket = buildBracket(suspended(), rules);
    expect(bracket.stages.map((s) => s.stage.name)).toEqual(['Round of 16']);
    expect(bracket.champion).toBeUndefined();
    const decided = bracket.stages[0]?.ties.filter((b) => b.tie.status === 'decided').map((b) => b.tie.winner);
    expect(decided).toEqual(['Liverpool FC', 'Paris Saint-Germain', 'FC Porto', 'Borussia Dortmund']);
  });

  it('openTies lists the four round-of-16 ties whose second legs were still to come', () => {
    const open = openTies(buildBracket(suspended(), rules));
    expect(open.map((t) => [t.teams, t.format, t.aggregate])).toEqual([
      [['Lazio Roma', 'Bayern München'], 'two_legs', [1, 4]],
      [['Atlético Madrid', 'Chelsea FC'], 'two_legs', [0, 1]],
      [['Bor. Mönchengladbach', 'Manchester City'], 'two_legs', [0, 2]],
      [['Atalanta', 'Real Madrid'], 'two_legs', [0, 1]],
    ]);
    expect(open[1]?.text).toBe('Chelsea FC lead 1-0 after the first leg; second leg to come');
  });

  it('FC Porto, through on away goals in extra time, can meet the three other winners or any team of an open tie', () => {
    const opponents = possibleNextOpponents(buildBracket(suspended(), rules), 'FC Porto');
    expect(opponents.sort()).toEqual(
      [
        'Liverpool FC',
        'Paris Saint-Germain',
        'Borussia Dortmund',
        'Lazio Roma',
        'Bayern München',
        'Atlético Madrid',
        'Chelsea FC',
        'Bor. Mönchengladbach',
        'Manchester City',
        'Atalanta',
        'Real Madrid',
      ].sort(),
    );
  });

  it('a team already out has no next opponent', () => {
    expect(possibleNextOpponents(buildBracket(suspended(), rules), 'Juventus')).toEqual([]);
  });

  it('once the quarter-final draw is in the data, Porto can only meet the winner of Atlético v Chelsea', () => {
    // The real draw (19 March 2021) paired FC Porto with the winner of Atlético Madrid v Chelsea FC:
    // the two quarter-final legs are added here as fixtures not played yet.
    const quarterFinals = season
      .filter((m) => m.stage?.kind === 'quarter_final' && m.home.name !== m.away.name)
      .filter((m) => [m.home.name, m.away.name].includes('FC Porto'))
      .map((m): MatchData => ({ ...m, status: 'scheduled', score: {} }));
    expect(quarterFinals).toHaveLength(2);
    const bracket = buildBracket([...suspended(), ...quarterFinals], rules);
    expect(possibleNextOpponents(bracket, 'FC Porto').sort()).toEqual(['Atlético Madrid', 'Chelsea FC']);
    // Everyone else can no longer meet Chelsea or Atlético, who are drawn against Porto.
    expect(possibleNextOpponents(bracket, 'Liverpool FC')).not.toContain('Chelsea FC');
  });

  it('the complete season links every winner to its next tie', () => {
    const bracket = buildBracket(season, rules);
    const porto = bracket.stages[0]?.ties.find((b) => b.tie.winner === 'FC Porto');
    const next = porto?.next === undefined ? undefined : bracket.stages[porto.next.stage]?.ties[porto.next.tie]?.tie;
    expect(next?.teams).toEqual(['FC Porto', 'Chelsea FC']);
    expect(bracket.stages.flatMap((s) => s.ties).filter((b) => b.tie.stage.kind !== 'final' && b.next === undefined)).toEqual([]);
  });
});
