// The named fields of each unit that a predicate may test and a measure may read, with what data
// each needs. The README's field table mirrors this one (a test keeps them in step).
import type { Coverage, StreakMember, Unit } from './vocabulary.js';

export type FieldType = 'number' | 'minute' | 'boolean' | 'enum';

export interface FieldSpec {
  readonly type: FieldType;
  readonly description: string;
  /** The values of an `enum` field. */
  readonly values?: readonly string[];
  /** Data the field cannot be computed without, beyond what its unit needs. */
  readonly requires?: readonly Coverage[];
}

type FieldTable = Readonly<Record<string, FieldSpec>>;

const RESULTS = ['win', 'draw', 'loss'] as const;
const GOAL_PERIODS = ['first_half', 'second_half', 'extra_time_first', 'extra_time_second'] as const;

const num = (description: string, requires?: readonly Coverage[]): FieldSpec => ({ type: 'number', description, requires });
const bool = (description: string, requires?: readonly Coverage[]): FieldSpec => ({ type: 'boolean', description, requires });
const minute = (description: string): FieldSpec => ({ type: 'minute', description, requires: ['goal_minutes'] });

const GOAL: FieldTable = {
  minute: minute("regulation minute of the goal: 90 for 90+3'"),
  stoppage: { type: 'number', description: "stoppage-time minute: 3 for 90+3', 0 when none", requires: ['goal_minutes'] },
  period: { type: 'enum', values: GOAL_PERIODS, description: 'period of play', requires: ['goal_minutes'] },
  extraTime: bool('scored in extra time', ['goal_minutes']),
  penalty: bool('scored from the penalty spot during play (never a shoot-out kick)'),
  ownGoal: bool('an own goal (credited to the side that benefited)'),
  matchGoalNumber: num('order of the goal in the match: 1 is the opening goal', ['goal_minutes']),
  scorerGoalInMatch: num("the scorer's nth goal of the match: 3 completes a hat-trick", ['goal_minutes']),
};

const PLAYER_MATCH: FieldTable = {
  goals: num('goals scored, own goals excluded'),
  penaltyGoals: num('goals from the penalty spot during play'),
  nonPenaltyGoals: num('goals neither from the penalty spot nor own goals'),
  ownGoals: num('own goals conceded'),
  minuteOfFirstGoal: minute('minute of his first goal'),
  minuteOfThirdGoal: minute('minute of his third goal: when a hat-trick was complete'),
  result: { type: 'enum', values: RESULTS, description: "his team's result after extra time (a shoot-out is a draw)" },
  started: bool('in the starting line-up', ['lineups']),
  substitute: bool('came on as a substitute', ['lineups']),
  yellowCards: num('yellow cards shown to him', ['cards']),
  redCards: num('red cards shown to him (a second yellow counts)', ['cards']),
  minuteOfRedCard: { type: 'minute', description: 'minute he was sent off (a second yellow counts, when its first caution is a card of its own)', requires: ['goal_minutes', 'cards'] },
};

const PLAYER_EDITION: FieldTable = {
  goals: num('goals in the edition, own goals excluded'),
  penaltyGoals: num('penalty goals in the edition'),
  nonPenaltyGoals: num('goals neither from the penalty spot nor own goals'),
  matchesScoredIn: num('matches in which he scored'),
  hatTricks: num('matches in which he scored three or more'),
  matches: num('matches he played', ['lineups']),
  champion: bool('his team won the edition', ['stages']),
};

const PLAYER_CAREER: FieldTable = {
  goals: num('goals in every edition so far, own goals excluded'),
  penaltyGoals: num('penalty goals'),
  nonPenaltyGoals: num('goals neither from the penalty spot nor own goals'),
  matchesScoredIn: num('matches in which he scored'),
  hatTricks: num('matches in which he scored three or more'),
  editionsScoredIn: num('editions in which he scored'),
  matches: num('matches he played', ['lineups']),
  editions: num('editions he played in', ['lineups']),
  titles: num('editions his team won', ['stages']),
  consecutiveEditionsScoredIn: num('editions in a row, up to the latest he scored in, in each of which he scored'),
  yellowCards: num('yellow cards shown to him', ['cards']),
  redCards: num('red cards shown to him (a second yellow counts)', ['cards']),
};

const TEAM_MATCH: FieldTable = {
  goalsFor: num('goals scored, extra time included, shoot-out excluded'),
  goalsAgainst: num('goals conceded, extra time included, shoot-out excluded'),
  margin: num('goalsFor minus goalsAgainst (negative in a defeat)'),
  result: { type: 'enum', values: RESULTS, description: 'result after extra time (a shoot-out is a draw)' },
  cleanSheet: bool('conceded no goal'),
  extraTime: bool('the match went to extra time'),
  shootout: bool('the match was decided by a penalty shoot-out'),
  wonShootout: bool('won the penalty shoot-out', ['shootouts']),
  maxDeficit: num('most goals the team trailed by at any moment (0 if never behind)', ['scorers', 'goal_minutes']),
  holders: bool('won the previous edition: the defending champion', ['stages']),
  matchInEdition: num("the team's nth match of the edition: 1 is its opening match"),
  hosts: bool('a host of the edition (its host countries as published; unknown where the data names none)'),
  outInGroupStage: bool('its last match of the edition: out in the group stage (its last group match, not through by the published group standings)', ['stages']),
};

const TEAM_EDITION: FieldTable = {
  matches: num('matches played in the edition'),
  wins: num('wins after extra time'),
  draws: num('draws after extra time (shoot-outs included)'),
  losses: num('defeats after extra time'),
  goalsFor: num('goals scored'),
  goalsAgainst: num('goals conceded'),
  goalDifference: num('goalsFor minus goalsAgainst'),
  points: num('three for a win, one for a draw (the rule since the 1990s; older seasons gave two for a win)'),
  cleanSheets: num('matches without conceding'),
  unbeaten: bool('no defeat in the edition so far'),
  champion: bool('won the edition', ['stages']),
  reachedFinal: bool('played the final', ['stages']),
  hosts: bool('a host of the edition (its host countries as published; unknown where the data names none)'),
};

const TEAM_CAREER: FieldTable = {
  editions: num('editions taken part in'),
  matches: num('matches played'),
  wins: num('wins after extra time'),
  draws: num('draws after extra time'),
  losses: num('defeats after extra time'),
  goalsFor: num('goals scored'),
  goalsAgainst: num('goals conceded'),
  titles: num('editions won', ['stages']),
  finals: num('finals played', ['stages']),
  semiFinals: num('editions in which it played a semi-final', ['stages']),
  consecutiveEditions: num('editions in a row, up to its latest, it took part in'),
  extraTimeMatches: num('matches that went to extra time'),
};

const MATCH: FieldTable = {
  totalGoals: num('goals by both sides, extra time included'),
  homeGoals: num('goals by the side listed first'),
  awayGoals: num('goals by the side listed second'),
  margin: num('difference between the two scores (never negative)'),
  draw: bool('level after extra time'),
  extraTime: bool('went to extra time'),
  shootout: bool('decided by a penalty shoot-out'),
  shootoutKicks: num('kicks taken in the shoot-out', ['shootouts']),
  minuteOfFirstGoal: minute('minute of the opening goal'),
  scorers: num('different players who scored', ['scorers']),
  redCards: num('red cards shown to both sides', ['cards']),
  yellowCards: num('yellow cards shown to both sides', ['cards']),
};

const EDITION: FieldTable = {
  matches: num('matches played in the edition so far'),
  goals: num('goals by every team, extra time included, shoot-outs excluded'),
  goalsPerMatch: num('goals per match so far, to two decimal places'),
  hatTricks: num('matches in which a player scored three or more', ['scorers']),
  redCards: num('red cards shown (a second yellow counts)', ['cards']),
  yellowCards: num('yellow cards shown', ['cards']),
  decided: bool("the edition's champion is decided: its figures are final", ['stages']),
  extraTimeMatches: num('matches that went to extra time'),
};

const TWO_LEGGED_TIE: FieldTable = {
  aggregateGoals: num('goals in both legs by both sides'),
  winnerGoals: num("the winner's aggregate"),
  loserGoals: num("the loser's aggregate"),
  margin: num('winner minus loser on aggregate (0 when level)'),
  extraTime: bool('the second leg went to extra time'),
  shootout: bool('decided by a penalty shoot-out'),
  awayGoals: bool('decided on away goals'),
  deficitOverturned: num('goals the winner trailed by after the first leg (0 if not behind)'),
};

/** Fields per unit. A streak tests the fields of its members (see `STREAK_MEMBER_FIELDS`). */
export const UNIT_FIELDS: Readonly<Record<Exclude<Unit, 'streak'>, FieldTable>> = {
  goal: GOAL,
  'player-match': PLAYER_MATCH,
  'player-edition': PLAYER_EDITION,
  'player-career': PLAYER_CAREER,
  'team-match': TEAM_MATCH,
  'team-edition': TEAM_EDITION,
  'team-career': TEAM_CAREER,
  match: MATCH,
  'two-legged-tie': TWO_LEGGED_TIE,
  edition: EDITION,
};

/** The units whose fields a definition's predicate and measure read. */
export function fieldsOf(unit: Unit, streakOf: StreakMember | undefined): FieldTable | undefined {
  if (unit !== 'streak') return UNIT_FIELDS[unit];
  return streakOf ? UNIT_FIELDS[streakOf] : undefined;
}

/** Data every row of a unit needs before any field is read: a goal row exists only with scorers. */
export const UNIT_REQUIRES: Readonly<Record<Unit, readonly Coverage[]>> = {
  goal: ['scorers'],
  'player-match': ['scorers'],
  'player-edition': ['scorers'],
  'player-career': ['scorers'],
  'team-match': [],
  'team-edition': [],
  'team-career': [],
  match: [],
  'two-legged-tie': ['stages'],
  edition: [],
  streak: [],
};
