// The rules used when a competition has none of its own: the common league convention.
import type { TableRules } from './table-rules.js';

const TWO_POINTS: TableRules = {
  id: 'default-2pts',
  source: 'No competition-specific regulation known: two points for a win (the general rule before 1994), then goal difference and goals scored.',
  pointsForWin: 2,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for'],
};

const THREE_POINTS: TableRules = {
  id: 'default-3pts',
  source: 'No competition-specific regulation known: three points for a win (general from 1994, after the FIFA World Cup 1994), then goal difference and goals scored.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: ['points', 'goal_difference', 'goals_for'],
};

export function defaultRules(startYear: number): TableRules {
  return startYear >= 1994 ? THREE_POINTS : TWO_POINTS;
}
