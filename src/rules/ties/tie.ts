// A knockout tie: the legs two teams played against each other in one round, and its outcome.
import type { MatchData, StageRef } from '../../domain/match-data.js';

/** `one_leg_known`: one meeting of a round two-legged as a rule, its other leg perhaps not in the data (see `knockoutPairings`). */
export type TieFormat = 'two_legs' | 'single_match' | 'with_replay' | 'one_leg_known';

export type DecidedBy =
  | 'aggregate'
  | 'away_goals'
  | 'away_goals_in_extra_time'
  | 'extra_time'
  | 'penalties'
  | 'single_match'
  | 'replay'
  | 'awarded'
  | 'walkover';

/** `open`: a leg is still to be played; `undecidable`: the data cannot say who went through. */
export type TieStatus = 'decided' | 'open' | 'undecidable';

/** A pair of counts for the two teams of a tie, in `Tie.teams` order. */
export type TiePair = readonly [first: number, second: number];

export interface Tie {
  readonly stage: StageRef;
  /** First-leg home team, first-leg away team (as `TeamRef.name`). */
  readonly teams: readonly [string, string];
  /** Every match of the tie in date order, replays included. */
  readonly legs: readonly MatchData[];
  readonly format: TieFormat;
  /** Two-legged ties: goals over both legs, after extra time. */
  readonly aggregate?: TiePair;
  /** Two-legged ties under away goals: away goals of each team, counted as the rules count them. */
  readonly awayGoals?: TiePair;
  readonly winner?: string;
  readonly loser?: string;
  readonly decidedBy?: DecidedBy;
  readonly status: TieStatus;
  /** How a desk would say it: `FC Porto through on away goals scored in extra time, 4-4 on aggregate`. */
  readonly text: string;
  /** Where the data contradicts itself or the rules. */
  readonly warnings: readonly string[];
}

/** What deciding a tie adds to its pairing. */
export type TieOutcome = Pick<Tie, 'aggregate' | 'awayGoals' | 'winner' | 'loser' | 'decidedBy' | 'status' | 'text' | 'warnings'>;
