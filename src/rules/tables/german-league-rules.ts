// The Bundesliga (from 1963-64), 2. Bundesliga (from 1974-75) and 3. Liga (from 2008-09), era by era.
import type { Era } from './fifa-world-cup-rules.js';
import type { TableRules } from './table-rules.js';

const GOAL_QUOTIENT: TableRules = {
  id: 'bundesliga-1963-goal-quotient',
  source:
    'DFB Bundesliga-Statut 1963-64 to 1968-69: two points for a win, one for a draw; clubs level on points separated by the goal quotient ' +
    '(Torquotient: goals scored divided by goals conceded).',
  pointsForWin: 2,
  pointsForDraw: 1,
  criteria: ['points', 'goal_average'],
};

const GOAL_DIFFERENCE: TableRules = {
  id: 'bundesliga-1969-goal-difference',
  source:
    'DFB Bundesliga-Statut from 1969-70: goal difference (Tordifferenz) replaced the goal quotient, then goals scored; two points for a win until 1994-95.',
  pointsForWin: 2,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for'],
};

const THREE_POINTS: TableRules = {
  id: 'bundesliga-1995-three-points',
  source:
    'DFL Spielordnung (SpOL) § 5 and DFB Spielordnung for the 3. Liga, three points for a win from 1995-96: clubs level on points separated by goal difference, ' +
    'goals scored, points in the matches between them (direkter Vergleich), away goals in those matches, away goals in all matches; then a play-off ' +
    '(Entscheidungsspiel), not in the match data. The head-to-head steps are as the current Spielordnung words them; no Bundesliga table has reached them.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for', 'h2h_points', 'h2h_away_goals_for', 'away_goals_for'],
};

export const GERMAN_LEAGUES: readonly Era[] = [
  { from: 1963, to: 1968, rules: GOAL_QUOTIENT },
  { from: 1969, to: 1994, rules: GOAL_DIFFERENCE },
  { from: 1995, to: 9999, rules: THREE_POINTS },
];
