// Which league a competition name is, and its rules season by season: points for a win, tie-breakers, cited regulation.
import { describe, expect, it } from 'vitest';
import { leagueRulesFor } from './league-rules.js';
import { tableRulesFor } from './rules-for.js';

const rules = (name: string, startYear: number) => {
  const found = leagueRulesFor(name, startYear);
  if (found === undefined) throw new Error(`no rules for ${name} ${startYear}`);
  return found;
};

describe('leagueRulesFor', () => {
  it('England: goal average until 1975-76, goal difference from 1976-77, three points from 1981-82', () => {
    expect(rules('English Football League', 1888)).toMatchObject({ pointsForWin: 2, criteria: ['points', 'goal_average'] });
    expect(rules('English Division One', 1975).criteria).toContain('goal_average');
    expect(rules('English Division One', 1976)).toMatchObject({ pointsForWin: 2, criteria: ['points', 'goal_difference', 'goals_for'] });
    expect(rules('English Division One', 1980).pointsForWin).toBe(2);
    expect(rules('English Division One', 1981).pointsForWin).toBe(3);
  });
  it('Premier League: head-to-head points and away goals after goals scored from 2019-20', () => {
    expect(rules('English Premier League', 2018).criteria).toEqual(['points', 'goal_difference', 'goals_for']);
    expect(rules('Premier League', 2019).criteria).toEqual(['points', 'goal_difference', 'goals_for', 'h2h_points', 'h2h_away_goals_for']);
    expect(rules('Premier League', 2024).source).toContain('Premier League Handbook');
  });
  it('Football League below the top flight: goals scored before goal difference 1992-93 to 1998-99; League One 2019-20 on points per game if cut short', () => {
    expect(rules('English Division Two', 1998).criteria).toEqual(['points', 'goals_for', 'goal_difference']);
    expect(rules('English Division One', 1999).criteria).toEqual(['points', 'goal_difference', 'goals_for']);
    expect(rules('English League One', 2019).ifCutShort?.criteria[0]).toBe('points_per_game');
    expect(rules('English Championship', 2020).ifCutShort).toBeUndefined();
  });
  it('Germany: goal quotient until 1968-69, goal difference from 1969-70, three points from 1995-96', () => {
    expect(rules('Bundesliga', 1963).criteria).toEqual(['points', 'goal_average']);
    expect(rules('Deutsche Bundesliga', 1969).criteria).toEqual(['points', 'goal_difference', 'goals_for']);
    expect(rules('Deutsche 2. Bundesliga', 1994).pointsForWin).toBe(2);
    expect(rules('Deutsche Bundesliga', 1995).pointsForWin).toBe(3);
    expect(rules('Deutsche 3. Liga', 2024).criteria.slice(0, 4)).toEqual(['points', 'goal_difference', 'goals_for', 'h2h_points']);
  });
  it('Spain: three points from 1995-96, head-to-head first', () => {
    expect(rules('Primera División de España', 1994).pointsForWin).toBe(2);
    expect(rules('Spain Primera División', 1995)).toMatchObject({ pointsForWin: 3, criteria: ['points', 'h2h_points', 'h2h_goal_difference', 'goal_difference', 'goals_for'] });
    expect(rules('LaLiga', 2024).id).toBe('spain-1995-three-points');
  });
  it('Italy: three points from 1994-95; play-offs for the title and relegation until 2004-05, head-to-head from 2005-06, title play-off again from 2022-23', () => {
    expect(rules('Italian Serie A', 1993).pointsForWin).toBe(2);
    expect(rules('Italian Serie A', 1994).pointsForWin).toBe(3);
    expect(rules('Serie A', 2004).id).toBe('italy-1994-three-points');
    expect(rules('Serie A', 2005).criteria).toEqual(['points', 'h2h_points', 'h2h_goal_difference', 'goal_difference', 'goals_for', 'lots']);
    expect(rules('Italian Serie A', 2022)).toMatchObject({ id: 'italy-2022-spareggio', playOffPlaces: [1, 17] });
    expect(rules('Italian Serie B', 2022).playOffPlaces).toBeUndefined();
  });
  it('France and the Netherlands: three points from 1994-95 and 1995-96; Ligue 1 2019-20 on points per game', () => {
    expect(rules('Ligue 1', 1994).pointsForWin).toBe(3);
    expect(rules('Division 1', 1993).pointsForWin).toBe(2);
    expect(rules('French Ligue 1', 2019).ifCutShort?.source).toContain('30 April 2020');
    expect(rules('Eredivisie', 1994).pointsForWin).toBe(2);
    expect(rules('Eredivisie', 1995).pointsForWin).toBe(3);
  });
  it('other countries’ leagues of the same name are not these', () => {
    for (const name of ['Scottish Premiership', 'Russian Premier League', 'Campeonato Brasileiro Série A', 'Primera División', 'Österreichische Bundesliga']) {
      expect(leagueRulesFor(name, 2020), name).toBeUndefined();
    }
  });
  it('tableRulesFor uses them for league competitions and league stages; every league rule set cites its regulation', () => {
    const premierLeague = { name: 'English Premier League', sex: 'men', kind: 'league' } as const;
    expect(tableRulesFor(premierLeague, { name: '2024/25', startYear: 2024, endYear: 2025 }).id).toBe('premier-league-2019');
    const unknown = { name: 'Scottish Premiership', sex: 'men', kind: 'league' } as const;
    expect(tableRulesFor(unknown, { name: '2024/25', startYear: 2024, endYear: 2025 }).id).toBe('default-3pts');
    for (const name of ['Premier League', 'English League Two', 'Bundesliga', 'Serie A', 'LaLiga', 'Ligue 1', 'Eredivisie']) {
      for (const year of [1970, 1990, 2005, 2019, 2024]) {
        const found = leagueRulesFor(name, year);
        if (found !== undefined) expect(found.source.length, `${name} ${year}`).toBeGreaterThan(60);
      }
    }
  });
});
