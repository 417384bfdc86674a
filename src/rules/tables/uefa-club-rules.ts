// UEFA club competitions (Champions League, Europa League, Conference League): group stages and the 2024– league phase.
import type { Criterion } from './criteria.js';
import type { TableRules, Zone } from './table-rules.js';

// Checked against the data: head-to-head before overall goal difference (2013/14 Group F, three teams
// on 12 points), head-to-head away goals until 2020/21 (2012/13 Group E, Shakhtar above Chelsea),
// overall away goals from 2021/22 (2022/23 Group H, Benfica above Paris Saint-Germain). The criteria
// after goals scored and the article numbers are as recalled from the regulations, not reached by the data.

// Until 2020-21 away goals counted among the teams level, as in two-legged ties.
const H2H_WITH_AWAY: readonly Criterion[] = [
  'h2h_points',
  'h2h_goal_difference',
  'h2h_goals_for',
  'h2h_away_goals_for',
  'h2h_reapply',
];
// From 2021-22 UEFA abolished the away-goals rule in ties and took away goals out of the
// head-to-head criteria; away goals in *all* group matches stayed, as the next overall criterion.
const H2H: readonly Criterion[] = ['h2h_points', 'h2h_goal_difference', 'h2h_goals_for', 'h2h_reapply'];

const GROUP_2011: TableRules = {
  id: 'uefa-group-2011',
  source:
    'UEFA Champions League / Europa League Regulations 2012-15 cycle, art. 7.06 (Champions League 2011/12 art. 7.06 likewise): points; then among the teams level ' +
    'head-to-head points, goal difference, goals scored, away goals scored, reapplied to teams still level; then goal difference and goals scored in all group matches; ' +
    'then club coefficient (not in the match data).',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: ['points', ...H2H_WITH_AWAY, 'goal_difference', 'goals_for', 'coefficient'],
};

const GROUP_2015: TableRules = {
  id: 'uefa-group-2015',
  source:
    'UEFA Champions League Regulations 2015-18 and 2018-21 cycles, art. 17.01: points; head-to-head points, goal difference, goals scored, away goals scored, ' +
    'reapplied to teams still level; then in all group matches goal difference, goals scored, away goals scored, wins, away wins; disciplinary points; club coefficient.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: [
    'points',
    ...H2H_WITH_AWAY,
    'goal_difference',
    'goals_for',
    'away_goals_for',
    'wins',
    'away_wins',
    'disciplinary_points',
    'coefficient',
  ],
};

const GROUP_2021: TableRules = {
  id: 'uefa-group-2021',
  source:
    'UEFA Champions League Regulations 2021-24 cycle, art. 17.01 (Europa League and Conference League alike): points; head-to-head points, goal difference, goals scored ' +
    '(away goals no longer count head-to-head), reapplied to teams still level; then in all group matches goal difference, goals scored, away goals scored, wins, ' +
    'away wins; disciplinary points; club coefficient. 2022/23 Group H: Benfica ahead of Paris Saint-Germain on away goals in all group matches.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: [
    'points',
    ...H2H,
    'goal_difference',
    'goals_for',
    'away_goals_for',
    'wins',
    'away_wins',
    'disciplinary_points',
    'coefficient',
  ],
};

/** The 36-team league phase: what each band of places leads to. */
export const LEAGUE_PHASE_ZONES: readonly Zone[] = [
  { from: 1, to: 8, label: 'round of 16' },
  { from: 9, to: 24, label: 'knockout phase play-offs' },
  { from: 25, to: 36, label: 'eliminated' },
];

const LEAGUE_PHASE_2024: TableRules = {
  id: 'uefa-league-phase-2024',
  source:
    'UEFA Champions League Regulations 2024/25, art. 18.01 (Europa League and Conference League alike): points, goal difference, goals scored, away goals scored, ' +
    "wins, away wins, league-phase opponents' points, goal difference and goals scored collectively, disciplinary points, club coefficient; " +
    'places 1–8 go to the round of 16, 9–24 to the knockout phase play-offs (art. 18.03).',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: [
    'points',
    'goal_difference',
    'goals_for',
    'away_goals_for',
    'wins',
    'away_wins',
    'opponents_points',
    'opponents_goal_difference',
    'opponents_goals_for',
    'disciplinary_points',
    'coefficient',
  ],
  zones: LEAGUE_PHASE_ZONES,
};

/** The UEFA rule set for a season (by its start year) and whether the stage is the league phase. */
export function uefaRules(startYear: number, leaguePhase: boolean): TableRules {
  if (leaguePhase || startYear >= 2024) return LEAGUE_PHASE_2024;
  if (startYear >= 2021) return GROUP_2021;
  if (startYear >= 2015) return GROUP_2015;
  return GROUP_2011;
}
