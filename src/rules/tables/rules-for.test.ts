// tableRulesFor picks the right era: points for a win, criteria and cited regulation.
import { describe, expect, it } from 'vitest';
import { tableRulesFor } from './rules-for.js';

const MEN = { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' } as const;
const WOMEN = { name: "FIFA Women's World Cup", sex: 'women', kind: 'international_tournament' } as const;
const UCL = { name: 'UEFA Champions League', sex: 'men', kind: 'cup' } as const;
const UECL = { name: 'UEFA Conference League', sex: 'men', kind: 'cup' } as const;
const RESULTS = { name: 'Copa América', sex: 'men', kind: 'international_tournament' } as const;
const year = (y: number) => ({ name: String(y), startYear: y, endYear: y });
const season = (y: number) => ({ name: `${y}/${String((y + 1) % 100).padStart(2, '0')}`, startYear: y, endYear: y + 1 });

describe('tableRulesFor', () => {
  it('World Cup: two points for a win until 1990 (men) and 1991 (women), three from 1994 and 1995', () => {
    expect(tableRulesFor(MEN, year(1990)).pointsForWin).toBe(2);
    expect(tableRulesFor(MEN, year(1994)).pointsForWin).toBe(3);
    expect(tableRulesFor(WOMEN, year(1991)).pointsForWin).toBe(2);
    expect(tableRulesFor(WOMEN, year(1995)).pointsForWin).toBe(3);
  });
  it('World Cup criteria by era', () => {
    expect(tableRulesFor(MEN, year(1962)).criteria).toEqual(['points', 'goal_average', 'lots']);
    expect(tableRulesFor(MEN, year(1970)).criteria).toEqual(['points', 'goal_difference', 'lots']);
    expect(tableRulesFor(MEN, year(1982)).criteria).toEqual(['points', 'goal_difference', 'goals_for', 'lots']);
    expect(tableRulesFor(MEN, year(2010)).criteria).toEqual([
      'points', 'goal_difference', 'goals_for', 'h2h_points', 'h2h_goal_difference', 'h2h_goals_for', 'lots',
    ]);
    expect(tableRulesFor(MEN, year(2022)).criteria).toContain('fair_play');
    expect(tableRulesFor(WOMEN, year(2019)).criteria).toContain('fair_play');
    expect(tableRulesFor(MEN, year(2018)).source).toContain('art. 32.5');
    expect(tableRulesFor(MEN, year(1958)).playOffMatches).toBe(true);
  });
  it('UEFA: head-to-head away goals until 2020/21, overall away goals kept from 2021/22, league phase with zones from 2024/25', () => {
    expect(tableRulesFor(UCL, season(2020)).criteria).toContain('h2h_away_goals_for');
    expect(tableRulesFor(UCL, season(2021)).criteria).not.toContain('h2h_away_goals_for');
    expect(tableRulesFor(UCL, season(2021)).criteria).toContain('away_goals_for');
    expect(tableRulesFor(UECL, season(2022)).id).toBe('uefa-group-2021');
    const league = tableRulesFor(UCL, season(2024), { name: 'League', kind: 'league_phase' });
    expect(league.criteria.slice(0, 7)).toEqual(['points', 'goal_difference', 'goals_for', 'away_goals_for', 'wins', 'away_wins', 'opponents_points']);
    expect(league.zones?.map((z) => z.label)).toEqual(['round of 16', 'knockout phase play-offs', 'eliminated']);
  });
  it('anything else: three points from 1994, two before; goal difference then goals scored', () => {
    expect(tableRulesFor(RESULTS, year(1993))).toMatchObject({ pointsForWin: 2, criteria: ['points', 'goal_difference', 'goals_for'] });
    expect(tableRulesFor(RESULTS, year(1994)).pointsForWin).toBe(3);
  });
  it('every rule set cites its source', () => {
    for (const y of [1930, 1950, 1954, 1958, 1966, 1970, 1978, 1994, 2002, 2018]) expect(tableRulesFor(MEN, year(y)).source.length).toBeGreaterThan(40);
  });
});
