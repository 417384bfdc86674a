// Italy's Serie A and Serie B: head-to-head ("classifica avulsa") before goal difference.
import type { Era } from './fifa-world-cup-rules.js';
import type { TableRules } from './table-rules.js';

const AVULSA = ['points', 'h2h_points', 'h2h_goal_difference', 'goal_difference', 'goals_for', 'lots'] as const;

const TWO_POINTS: TableRules = {
  id: 'italy-two-points',
  source:
    'FIGC: two points for a win until 1993-94. A title or relegation place level on points was settled by a play-off (spareggio: Bologna 2–0 Inter, 7 June 1964), ' +
    'kept out of the table; other places as in the FIGC rules of 2005-06 (head-to-head first), which the older regulations are not checked against.',
  pointsForWin: 2,
  pointsForDraw: 1,
  criteria: AVULSA,
};

const THREE_POINTS_SPAREGGIO: TableRules = {
  id: 'italy-1994-three-points',
  source:
    'FIGC, three points for a win from 1994-95; until 2004-05 a title or relegation place level on points was settled by a play-off (spareggio), ' +
    'kept out of the table; other places by the matches between the teams level.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: AVULSA,
};

const AVULSA_2005: TableRules = {
  id: 'italy-2005-classifica-avulsa',
  source:
    'FIGC NOIF art. 51 from 2005-06 (play-offs abolished): teams level on points are ranked by the points in the matches between them (classifica avulsa), ' +
    'then goal difference in those matches, then goal difference and goals scored in all matches, then a drawing of lots.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: AVULSA,
};

const SPAREGGIO_2022: TableRules = {
  id: 'italy-2022-spareggio',
  source:
    'FIGC Consiglio Federale, June 2022, from 2022-23 (Serie A): two teams level on points for the title or the last relegation place meet in a one-match play-off ' +
    '(spareggio: Spezia–Hellas Verona, 11 June 2023), which decides that place and is kept out of the table; otherwise NOIF art. 51 as from 2005-06: ' +
    'head-to-head points, head-to-head goal difference, goal difference, goals scored, lots.',
  pointsForWin: 3,
  pointsForDraw: 1,
  criteria: AVULSA,
  playOffPlaces: [1, 17],
};

/** Serie A: the title and relegation play-off came back from 2022-23. */
export const SERIE_A: readonly Era[] = [
  { from: 1929, to: 1993, rules: TWO_POINTS },
  { from: 1994, to: 2004, rules: THREE_POINTS_SPAREGGIO },
  { from: 2005, to: 2021, rules: AVULSA_2005 },
  { from: 2022, to: 9999, rules: SPAREGGIO_2022 },
];

/** Serie B: the FIGC rules of 2005-06 still apply (its promotion and relegation play-offs are matches of their own). */
export const SERIE_B: readonly Era[] = [
  { from: 1929, to: 1993, rules: TWO_POINTS },
  { from: 1994, to: 2004, rules: THREE_POINTS_SPAREGGIO },
  { from: 2005, to: 9999, rules: AVULSA_2005 },
];
