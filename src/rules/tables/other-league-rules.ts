// France's Ligue 1 and the Netherlands' Eredivisie: goal difference first, and how each ended 2019-20.
import type { Era } from './fifa-world-cup-rules.js';
import { goalDifferenceRules, type TableRules } from './table-rules.js';

const FRANCE_TWO_POINTS = goalDifferenceRules(
  'france-two-points',
  2,
  'LFP (Division 1): two points for a win until 1993-94; then goal difference and goals scored.',
);

const FRANCE_THREE_POINTS = goalDifferenceRules(
  'france-1994-three-points',
  3,
  'LFP Règlement des compétitions, three points for a win from 1994-95 (Division 1, Ligue 1 from 2002-03): then goal difference and goals scored.',
);

const FRANCE_2019: TableRules = {
  ...FRANCE_THREE_POINTS,
  id: 'france-2019',
  ifCutShort: {
    criteria: ['points_per_game', 'goal_difference', 'goals_for'],
    source:
      'LFP board decision of 30 April 2020, after the government ended the 2019-20 season: the final Ligue 1 and Ligue 2 tables are ranked on points per match played.',
  },
};

export const FRENCH_LEAGUES: readonly Era[] = [
  { from: 1932, to: 1993, rules: FRANCE_TWO_POINTS },
  { from: 1994, to: 2018, rules: FRANCE_THREE_POINTS },
  { from: 2019, to: 2019, rules: FRANCE_2019 },
  { from: 2020, to: 9999, rules: FRANCE_THREE_POINTS },
];

const DUTCH_TWO_POINTS = goalDifferenceRules(
  'eredivisie-two-points',
  2,
  'KNVB (Eredivisie from 1956-57): two points for a win until 1994-95; then goal difference and goals scored; a title, European or relegation place still level ' +
    'went to a play-off (beslissingswedstrijd), not in the match data.',
);

const DUTCH_THREE_POINTS = goalDifferenceRules(
  'eredivisie-1995-three-points',
  3,
  'KNVB competition rules, three points for a win from 1995-96: then goal difference and goals scored; a title, European or relegation place still level ' +
    'goes to a play-off (beslissingswedstrijd), not in the match data.',
);

const DUTCH_2019: TableRules = {
  ...DUTCH_THREE_POINTS,
  id: 'eredivisie-2019',
  ifCutShort: {
    criteria: ['points', 'goal_difference', 'goals_for'],
    source:
      'KNVB decision of 24 April 2020: the 2019-20 Eredivisie was abandoned with no champion, promotion or relegation; the table is the one that stood when play stopped.',
  },
};

export const DUTCH_LEAGUES: readonly Era[] = [
  { from: 1956, to: 1994, rules: DUTCH_TWO_POINTS },
  { from: 1995, to: 2018, rules: DUTCH_THREE_POINTS },
  { from: 2019, to: 2019, rules: DUTCH_2019 },
  { from: 2020, to: 9999, rules: DUTCH_THREE_POINTS },
];
