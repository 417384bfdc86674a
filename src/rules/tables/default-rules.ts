// The rules used when a competition has none of its own: the common league convention.
import { goalDifferenceRules, type TableRules } from './table-rules.js';

const TWO_POINTS = goalDifferenceRules(
  'default-2pts',
  2,
  'No competition-specific regulation known: two points for a win (the general rule before 1994), then goal difference and goals scored.',
);

const THREE_POINTS = goalDifferenceRules(
  'default-3pts',
  3,
  'No competition-specific regulation known: three points for a win (general from 1994, after the FIFA World Cup 1994), then goal difference and goals scored.',
);

export function defaultRules(startYear: number): TableRules {
  return startYear >= 1994 ? THREE_POINTS : TWO_POINTS;
}
