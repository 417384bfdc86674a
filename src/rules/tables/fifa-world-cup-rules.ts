// FIFA World Cup group tables, era by era, men and women; each era names the regulation it follows.
import type { Criterion } from './criteria.js';
import type { TableRules } from './table-rules.js';

/** One era of rules: applies to editions whose start year is within `from`–`to`. */
export interface Era {
  readonly from: number;
  readonly to: number;
  readonly rules: TableRules;
}

const HEAD_TO_HEAD: readonly Criterion[] = ['h2h_points', 'h2h_goal_difference', 'h2h_goals_for'];
const MODERN: readonly Criterion[] = ['points', 'goal_difference', 'goals_for', ...HEAD_TO_HEAD];

// Every era below was checked against all 159 tables of worldcup-db group_standings.csv
// (world-cup-tables.test.ts): with the published order standing in for the drawings of lots, each
// table comes out position for position, and only the places listed in that test need the outside order.
export const MEN: readonly Era[] = [
  {
    from: 1930,
    to: 1930,
    rules: {
      id: 'fifa-wc-men-1930',
      source:
        'FIFA World Cup 1930 regulations: only the group winner went on to the semi-finals, and teams level on points for it were to meet in a play-off. ' +
        'group_standings.csv ranks the other teams too; no two of them are level on points.',
      pointsForWin: 2,
      pointsForDraw: 1,
      criteria: ['points', 'play_off', 'lots'],
      rankedPlaces: 1,
      playOffMatches: true,
    },
  },
  {
    from: 1950,
    to: 1950,
    rules: {
      id: 'fifa-wc-men-1950',
      source:
        'FIFA World Cup 1950 regulations: only the group winner went on to the final round (and the final-round winner took the title); a play-off settled a tie for first place. ' +
        'group_standings.csv lists England, Chile and the United States (Group 2, 2 points each) in goal-difference order, a place the organiser never ranked.',
      pointsForWin: 2,
      pointsForDraw: 1,
      criteria: ['points', 'play_off', 'lots'],
      rankedPlaces: 1,
      playOffMatches: true,
    },
  },
  {
    from: 1954,
    to: 1954,
    rules: {
      id: 'fifa-wc-men-1954',
      source:
        'FIFA World Cup 1954 regulations: teams level on points for the second qualifying place met in a play-off (West Germany–Turkey, Switzerland–Italy: ' +
        'the second meetings in matches.csv, not counted in group_standings.csv); a tie for first place was settled by drawing lots (Brazil–Yugoslavia, Uruguay–Austria). ' +
        'Places below second were never ranked.',
      pointsForWin: 2,
      pointsForDraw: 1,
      criteria: ['points', 'play_off', 'lots'],
      rankedPlaces: 2,
      playOffMatches: true,
    },
  },
  {
    from: 1958,
    to: 1958,
    rules: {
      id: 'fifa-wc-men-1958',
      source:
        'FIFA World Cup 1958 regulations: a play-off between teams level on points for the second qualifying place (Northern Ireland–Czechoslovakia, ' +
        'Wales–Hungary, Soviet Union–England: the second meetings in matches.csv, not counted in group_standings.csv); goal average settled first place (France ahead of Yugoslavia).',
      pointsForWin: 2,
      pointsForDraw: 1,
      criteria: ['points', 'play_off', 'goal_average', 'lots'],
      playOffMatches: true,
    },
  },
  {
    from: 1962,
    to: 1966,
    rules: {
      id: 'fifa-wc-men-1962',
      source: 'FIFA World Cup 1962 and 1966 regulations: points, then goal average (goals scored divided by goals conceded), then drawing of lots.',
      pointsForWin: 2,
      pointsForDraw: 1,
      criteria: ['points', 'goal_average', 'lots'],
    },
  },
  {
    from: 1970,
    to: 1970,
    rules: {
      id: 'fifa-wc-men-1970',
      source:
        'FIFA World Cup 1970 regulations: points, goal difference, then drawing of lots — goals scored was not a criterion: ' +
        'the Soviet Union (6–1) and Mexico (5–0) were separated by lots for first place in Group 1. Only the two qualifying places mattered: ' +
        'Bulgaria and Morocco (Group 4, 1 point, −4 each) were never separated; group_standings.csv lists them by goals scored.',
      pointsForWin: 2,
      pointsForDraw: 1,
      criteria: ['points', 'goal_difference', 'lots'],
      rankedPlaces: 2,
    },
  },
  {
    from: 1974,
    to: 1990,
    rules: {
      id: 'fifa-wc-men-1974',
      source:
        'FIFA World Cup regulations 1974–1990 (first and second group stages): points, goal difference, goals scored, then drawing of lots ' +
        '(1990 Group F: the Republic of Ireland and the Netherlands).',
      pointsForWin: 2,
      pointsForDraw: 1,
      criteria: ['points', 'goal_difference', 'goals_for', 'lots'],
    },
  },
  {
    from: 1994,
    to: 1994,
    rules: {
      id: 'fifa-wc-men-1994',
      source:
        'FIFA World Cup USA 1994 regulations: three points for a win for the first time; points, goal difference, goals scored, then the result between the teams level ' +
        '(Group E: Republic of Ireland ahead of Italy on their 1–0 win), then drawing of lots.',
      pointsForWin: 3,
      pointsForDraw: 1,
      criteria: [...MODERN, 'lots'],
    },
  },
  {
    from: 1998,
    to: 2014,
    rules: {
      id: 'fifa-wc-men-1998',
      source:
        'FIFA World Cup regulations 1998–2014 (e.g. 2014 Regulations, art. 41.5): points, goal difference, goals scored in all group matches; then points, goal difference ' +
        'and goals scored in the matches among the teams concerned; then drawing of lots.',
      pointsForWin: 3,
      pointsForDraw: 1,
      criteria: [...MODERN, 'lots'],
    },
  },
  {
    from: 2018,
    to: 9999,
    rules: {
      id: 'fifa-wc-men-2018',
      source:
        'FIFA World Cup Russia 2018 Regulations, art. 32.5 (same in Qatar 2022): points, goal difference, goals scored; head-to-head points, goal difference, goals scored; ' +
        'fair-play points (yellow −1, indirect red −3, direct red −4, yellow and direct red −5, one deduction per player per match); drawing of lots.',
      pointsForWin: 3,
      pointsForDraw: 1,
      criteria: [...MODERN, 'fair_play', 'lots'],
    },
  },
];

export const WOMEN: readonly Era[] = [
  {
    from: 1991,
    to: 1991,
    rules: {
      id: 'fifa-wc-women-1991',
      source: 'FIFA Women\'s World Cup China 1991 regulations: two points for a win; points, goal difference, goals scored, then drawing of lots.',
      pointsForWin: 2,
      pointsForDraw: 1,
      criteria: ['points', 'goal_difference', 'goals_for', 'lots'],
    },
  },
  {
    from: 1995,
    to: 2015,
    rules: {
      id: 'fifa-wc-women-1995',
      source:
        'FIFA Women\'s World Cup regulations 1995–2015: three points for a win from Sweden 1995; points, goal difference, goals scored; then points, goal difference ' +
        'and goals scored among the teams concerned; then drawing of lots.',
      pointsForWin: 3,
      pointsForDraw: 1,
      criteria: [...MODERN, 'lots'],
    },
  },
  {
    from: 2019,
    to: 9999,
    rules: {
      id: 'fifa-wc-women-2019',
      source:
        'FIFA Women\'s World Cup France 2019 Regulations (group-stage ranking, as the men\'s 2018 art. 32.5): points, goal difference, goals scored; head-to-head; ' +
        'fair-play points from the bookings; drawing of lots.',
      pointsForWin: 3,
      pointsForDraw: 1,
      criteria: [...MODERN, 'fair_play', 'lots'],
    },
  },
];
