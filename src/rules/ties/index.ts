// Knockout ties: the public API of the competition rules for knockout rounds.
export type { DecidedBy, Tie, TieFormat, TiePair, TieStatus } from './tie.js';
export type { LevelAfterExtraTime, SingleMatchRules, TieRules, TwoLegRules } from './tie-rules.js';
export {
  DEFAULT_TIE_RULES,
  UEFA_CLUB_AWAY_GOALS,
  UEFA_CLUB_NO_AWAY_GOALS,
  WORLD_CUP_LOTS,
  WORLD_CUP_PENALTIES,
  WORLD_CUP_REPLAYS,
} from './rule-sets.js';
export { tieRulesFor } from './tie-rules-for.js';
export { buildTies, type BuildTiesOptions } from './build-ties.js';
export { UNMARKED_EXTRA_TIME, type UnmarkedExtraTime } from './score-errata.js';
export { nextRound, type NextRound } from './next-round.js';
export { buildBracket, type Bracket, type BracketStage, type BracketTie } from './bracket.js';
export { openTies, possibleNextOpponents } from './open-ties.js';
