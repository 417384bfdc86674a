// Spain's Primera and Segunda División: head-to-head before goal difference.
import type { Era } from './fifa-world-cup-rules.js';
import type { TableRules } from './table-rules.js';

// Teams level on points: the matches between them (points, then goal difference, away goals not
// counting; a mini-league when more than two are level), then goal difference and goals scored in
// all matches, then LaLiga's fair-play table (not in the match data). Checked against 2017-18:
// Espanyol, Real Sociedad and Celta on 49; Espanyol top of their mini-league, Real Sociedad and
// Celta level in it on points and goal difference, so overall goal difference puts Real Sociedad 12th.
const CRITERIA = ['points', 'h2h_points', 'h2h_goal_difference', 'goal_difference', 'goals_for'] as const;

const TWO_POINTS: TableRules = {
  id: 'spain-two-points',
  source:
    'RFEF: two points for a win until 1994-95. The tie-breakers are those of the RFEF Reglamento General in force from 1995-96 (head-to-head first); ' +
    'the wording of earlier seasons’ regulations is not checked here.',
  pointsForWin: 2,
  pointsForDraw: 1,
  criteria: CRITERIA,
};

const THREE_POINTS: TableRules = {
  id: 'spain-1995-three-points',
  source:
    'RFEF Reglamento General (art. 201 in the 2014 text) and LaLiga’s competition rules, three points for a win from 1995-96: teams level on points are ' +
    'separated by the points, then the goal difference, in the matches between them, then goal difference and goals scored in all matches, ' +
    'then the fair-play table (not in the match data).',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: CRITERIA,
};

export const SPANISH_LEAGUES: readonly Era[] = [
  { from: 1929, to: 1994, rules: TWO_POINTS },
  { from: 1995, to: 9999, rules: THREE_POINTS },
];
