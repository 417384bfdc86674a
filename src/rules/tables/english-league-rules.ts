// English league football, era by era: the Football League from 1888 and the Premier League from 1992-93.
import type { Era } from './fifa-world-cup-rules.js';
import type { TableRules } from './table-rules.js';

// Eras are by the season's start year: 1981 is 1981-82.
// Checked against the data: 2011-12 Manchester City above Manchester United on goal difference (+64 to
// +56, both 89 points); 2023-24 Everton 8 and Nottingham Forest 4 points deducted (rsssf file, its NB
// note); 2019-20 League One stopped in March 2020 and ranked on points per game.

const GOAL_AVERAGE: TableRules = {
  id: 'england-1888-goal-average',
  source:
    'Football League regulations, 1888-89 to 1975-76: two points for a win, one for a draw; clubs level on points separated by goal average ' +
    '(goals scored divided by goals conceded). A title or relegation still level was for the League to settle (test matches, a play-off), not in the match data.',
  pointsForWin: 2,
  pointsForDraw: 1,
  criteria: ['points', 'goal_average'],
};

const GOAL_DIFFERENCE_TWO_POINTS: TableRules = {
  id: 'england-1976-goal-difference',
  source:
    'Football League regulations from 1976-77: goal difference replaced goal average, then goals scored; two points for a win until 1980-81.',
  pointsForWin: 2,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for'],
};

const THREE_POINTS: TableRules = {
  id: 'england-1981-three-points',
  source:
    'Football League regulations from 1981-82: three points for a win (the first league to adopt it), one for a draw; then goal difference and goals scored.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for'],
};

const FOOTBALL_LEAGUE_GOALS_FIRST: TableRules = {
  id: 'football-league-1992-goals-scored',
  source:
    'Football League regulations 1992-93 to 1998-99 (Divisions One to Three below the Premier League): three points for a win; clubs level on points ' +
    'separated by goals scored, then goal difference. Goal difference came first again from 1999-2000.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: ['points', 'goals_for', 'goal_difference'],
};

/** EFL League One and Two 2019-20, stopped on 9 June 2020. */
const EFL_2019_CUT_SHORT = {
  criteria: ['points_per_game', 'goal_difference', 'goals_for'],
  source:
    'EFL decision of 9 June 2020 (clubs’ vote to end League One and League Two 2019-20): the final table is ranked on unweighted points per game ' +
    'over the matches played, then goal difference and goals scored.',
} as const;

const FOOTBALL_LEAGUE_1999: TableRules = {
  id: 'football-league-1999',
  source:
    'Football League (EFL from 2016) Regulations, Section 3, regulation 9: three points for a win; clubs level on points separated by goal difference, ' +
    'then goals scored; a promotion or relegation place still level goes to a play-off, not in the match data.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for'],
};

const FOOTBALL_LEAGUE_2019: TableRules = { ...FOOTBALL_LEAGUE_1999, id: 'football-league-2019', ifCutShort: EFL_2019_CUT_SHORT };

const PREMIER_LEAGUE_1992: TableRules = {
  id: 'premier-league-1992',
  source:
    'Premier League Handbook, Section C (rule C.17 in later editions), 1992-93 to 2018-19: three points for a win; clubs level on points separated by goal difference, ' +
    'then goals scored; a title, relegation or European place still level was to be settled by a play-off at a neutral ground (never needed).',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for'],
};

const PREMIER_LEAGUE_2019: TableRules = {
  id: 'premier-league-2019',
  source:
    'Premier League Handbook from 2019-20, Section C (rules C.17 and C.18): three points for a win; clubs level on points separated by goal difference, ' +
    'then goals scored, then points in the matches between them, then away goals in those matches; a title, relegation or European place still level goes to a play-off.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for', 'h2h_points', 'h2h_away_goals_for'],
};

/** The top flight: the Football League (1888-89 to 1891-92), its First Division (to 1991-92), the Premier League. */
export const ENGLISH_TOP_FLIGHT: readonly Era[] = [
  { from: 1888, to: 1975, rules: GOAL_AVERAGE },
  { from: 1976, to: 1980, rules: GOAL_DIFFERENCE_TWO_POINTS },
  { from: 1981, to: 1991, rules: THREE_POINTS },
  { from: 1992, to: 2018, rules: PREMIER_LEAGUE_1992 },
  { from: 2019, to: 9999, rules: PREMIER_LEAGUE_2019 },
];

/** The Football League's lower divisions: Second Division from 1892-93, Third and Fourth, then Championship, League One and Two. */
export const ENGLISH_FOOTBALL_LEAGUE: readonly Era[] = [
  { from: 1888, to: 1975, rules: GOAL_AVERAGE },
  { from: 1976, to: 1980, rules: GOAL_DIFFERENCE_TWO_POINTS },
  { from: 1981, to: 1991, rules: THREE_POINTS },
  { from: 1992, to: 1998, rules: FOOTBALL_LEAGUE_GOALS_FIRST },
  { from: 1999, to: 2018, rules: FOOTBALL_LEAGUE_1999 },
  { from: 2019, to: 2019, rules: FOOTBALL_LEAGUE_2019 },
  { from: 2020, to: 9999, rules: FOOTBALL_LEAGUE_1999 },
];

const NATIONAL_LEAGUE: TableRules = {
  id: 'national-league',
  source:
    'National League (Conference until 2015) rules: three points for a win; clubs level on points separated by goal difference, then goals scored.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for'],
};

/** The National League (fifth tier): 2019-20 was stopped in March 2020 and ranked on points per game. */
export const ENGLISH_NATIONAL_LEAGUE: readonly Era[] = [
  { from: 1992, to: 2018, rules: NATIONAL_LEAGUE },
  {
    from: 2019,
    to: 2019,
    rules: {
      ...NATIONAL_LEAGUE,
      id: 'national-league-2019',
      ifCutShort: {
        criteria: ['points_per_game', 'goal_difference', 'goals_for'],
        source: 'National League decision of June 2020: the 2019-20 table, stopped in March 2020, is ranked on unweighted points per game.',
      },
    },
  },
  { from: 2020, to: 9999, rules: NATIONAL_LEAGUE },
];
