// Spain's Primera and Segunda División: head-to-head before goal difference.
import type { Era } from './fifa-world-cup-rules.js';
import type { TableRules } from './table-rules.js';

// Two teams level: their two meetings (points, then goal difference, away goals not counting); more
// than two: a mini-league of their meetings (points, goal difference, goals scored); then goal
// difference and goals scored in all matches; then LaLiga's fair-play table, not in the match data.
// For two teams the mini-league's goals scored never separates what its goal difference left level.
const CRITERIA = ['points', 'h2h_points', 'h2h_goal_difference', 'h2h_goals_for', 'goal_difference', 'goals_for'] as const;

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
    'separated by the matches between them (points, goal difference, goals scored among three or more), then goal difference and goals scored in all matches, ' +
    'then the fair-play table (not in the match data).',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: CRITERIA,
};

export const SPANISH_LEAGUES: readonly Era[] = [
  { from: 1929, to: 1994, rules: TWO_POINTS },
  { from: 1995, to: 9999, rules: THREE_POINTS },
];
