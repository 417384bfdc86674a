// A match to be played: who, where, when, and under which edition and stage.
import type { CompetitionRef, EditionRef, MatchData, ScorePair, StageRef } from '../domain/match-data.js';
import type { Side } from '../domain/vocabulary.js';
import type { Squad } from './world-types.js';

export interface Fixture {
  readonly competition: CompetitionRef;
  readonly edition: EditionRef;
  readonly stage?: StageRef;
  readonly group?: string;
  /** Day number of the local date. */
  readonly day: number;
  /** Local kick-off, minutes after midnight. */
  readonly kickoff: number;
  /** Minutes east of UTC at the venue. */
  readonly utcOffset: number;
  readonly home: Squad;
  readonly away: Squad;
  readonly neutral: boolean;
  readonly venue: string;
  readonly city: string;
  readonly country: string;
  readonly matchNumber?: number;
}

/** When a level match goes to extra time, and then to a shoot-out (two-legged ties look at the aggregate). */
export interface DecidingRules {
  readonly extraTime: (fullTime: ScorePair) => boolean;
  readonly shootout: (afterExtraTime: ScorePair) => boolean;
}

export const LEAGUE_RULES: DecidingRules = { extraTime: () => false, shootout: () => false };
export const KNOCKOUT_RULES: DecidingRules = {
  extraTime: ([h, a]) => h === a,
  shootout: ([h, a]) => h === a,
};

export interface PlayedMatch {
  readonly fixture: Fixture;
  readonly match: MatchData;
  /** Goals after extra time if played, else after 90 minutes. */
  readonly final: ScorePair;
  readonly shootoutWinner?: Side;
}

/** The side that won the match or its shoot-out; undefined for a draw. */
export function winnerOf(played: PlayedMatch): Side | undefined {
  if (played.shootoutWinner) return played.shootoutWinner;
  const [h, a] = played.final;
  return h > a ? 'home' : a > h ? 'away' : undefined;
}
