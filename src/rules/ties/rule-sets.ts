// The knockout rule sets matchfacts knows, each with the document it is taken from.
import type { TieRules } from './tie-rules.js';

const UEFA_SINGLE_MATCH = { extraTime: true, levelAfterExtraTime: 'penalties' } as const;

/** UEFA club competitions up to 2020-21: aggregate, away goals (also in extra time), penalties. */
export const UEFA_CLUB_AWAY_GOALS: TieRules = {
  id: 'uefa-club-away-goals',
  era: 'up to 2020-21',
  twoLegs: { awayGoals: true, awayGoalsInExtraTime: true, levelAfterExtraTime: 'penalties' },
  singleMatch: UEFA_SINGLE_MATCH,
  roundsUsuallyTwoLegged: true,
  source:
    'UEFA Champions League / UEFA Europa League regulations 2011/12 to 2020/21, knockout-phase article: ' +
    'aggregate, then away goals; if level, 30 minutes of extra time in which away goals count double, then kicks from the penalty mark',
};

/** UEFA club competitions from 2021-22: aggregate, extra time, penalties; no away goals. */
export const UEFA_CLUB_NO_AWAY_GOALS: TieRules = {
  id: 'uefa-club-no-away-goals',
  era: '2021-22 onwards',
  twoLegs: { awayGoals: false, awayGoalsInExtraTime: false, levelAfterExtraTime: 'penalties' },
  singleMatch: UEFA_SINGLE_MATCH,
  roundsUsuallyTwoLegged: true,
  source:
    'UEFA media release, 24 June 2021: "Abolition of the away goals rule in all UEFA club competitions" from 2021/22 ' +
    '(level on aggregate after 90 minutes of the second leg: extra time, then kicks from the penalty mark)',
};

/** FIFA World Cup 1934 and 1938: a match level after extra time was replayed. */
export const WORLD_CUP_REPLAYS: TieRules = {
  id: 'fifa-world-cup-replays',
  era: '1930 to 1950',
  twoLegs: { awayGoals: false, awayGoalsInExtraTime: false, levelAfterExtraTime: 'penalties' },
  singleMatch: { extraTime: true, levelAfterExtraTime: 'replay' },
  source:
    'FIFA World Cup regulations 1934 and 1938: knockout matches level after extra time replayed ' +
    '(Italy v Spain 1934, Switzerland v Germany, Cuba v Romania, Brazil v Czechoslovakia 1938)',
};

/** FIFA World Cup 1954 to 1974: drawing of lots after extra time, a drawn final replayed. */
export const WORLD_CUP_LOTS: TieRules = {
  id: 'fifa-world-cup-lots',
  era: '1954 to 1974',
  twoLegs: { awayGoals: false, awayGoalsInExtraTime: false, levelAfterExtraTime: 'penalties' },
  singleMatch: { extraTime: true, levelAfterExtraTime: 'lots', finalLevelAfterExtraTime: 'replay' },
  source:
    'FIFA World Cup regulations 1954 to 1974: knockout matches level after extra time decided by drawing of lots, ' +
    'a final replayed (never needed: no knockout match reached that point)',
};

/** FIFA World Cup from 1978: extra time, then penalties (first shoot-out 1982, West Germany v France). */
export const WORLD_CUP_PENALTIES: TieRules = {
  id: 'fifa-world-cup-penalties',
  era: '1978 onwards',
  twoLegs: { awayGoals: false, awayGoalsInExtraTime: false, levelAfterExtraTime: 'penalties' },
  singleMatch: { extraTime: true, levelAfterExtraTime: 'penalties' },
  source:
    'FIFA World Cup regulations from 1978: kicks from the penalty mark after extra time ' +
    '(IFAB Laws of the Game since 1970; first World Cup shoot-out 8 July 1982, West Germany v France)',
};

/** Anything else: single matches with extra time and penalties, the modern default. */
export const DEFAULT_TIE_RULES: TieRules = {
  id: 'default-single-match',
  era: 'any',
  twoLegs: { awayGoals: false, awayGoalsInExtraTime: false, levelAfterExtraTime: 'penalties' },
  singleMatch: { extraTime: true, levelAfterExtraTime: 'penalties' },
  source: 'IFAB Laws of the Game, "Procedures to determine the outcome of a match or home-and-away": extra time, then kicks from the penalty mark',
};
