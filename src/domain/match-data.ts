// The neutral shape of one match as it travels between sources, the store and exporters.
// Names are as written by a source; identities (team ids, player ids) are resolved by the store.
import type { Card, CompetitionKind, MatchStatus, Period, Position, Sex, Side, StageKind } from './vocabulary.js';

/** A pair of goal counts, home first. */
export type ScorePair = readonly [home: number, away: number];

/**
 * The score at each point a match can end. `fullTime` is after 90 minutes (plus stoppage), never
 * after extra time: an extra-time win is not a draw.
 */
export interface Score {
  readonly halfTime?: ScorePair;
  readonly fullTime?: ScorePair;
  readonly extraTime?: ScorePair;
  readonly penalties?: ScorePair;
  /**
   * True when `fullTime` is only the final result: the source does not say whether extra time was
   * played, so `fullTime` may be the score after 120 minutes.
   */
  readonly resultOnly?: boolean;
  /** When a source says who won a shoot-out but not its score. */
  readonly shootoutWinner?: Side;
  readonly shootoutFirstKicker?: Side;
}

export interface CompetitionRef {
  readonly name: string;
  readonly sex: Sex;
  readonly kind: CompetitionKind;
}

/** One edition of a competition: a World Cup year (`2022`) or a club season (`2011/12`). */
export interface EditionRef {
  readonly name: string;
  readonly startYear: number;
  readonly endYear: number;
}

export interface StageRef {
  readonly name: string;
  readonly kind: StageKind;
  /** Position of the stage in the edition, 1 = first; sources may not know it. */
  readonly order?: number;
}

export interface TeamRef {
  readonly name: string;
  /** FIFA / UEFA country code where the source gives one (`ENG`, `ARG`). */
  readonly code?: string;
}

/** A person as a source names them. `sourceId` is the source's own stable id where it has one. */
export interface PersonRef {
  readonly name: string;
  readonly givenName?: string;
  readonly familyName?: string;
  readonly sourceId?: string;
}

export interface MinuteOfPlay {
  /** Regulation minute: 90 in `90+6'`. */
  readonly minute?: number;
  /** Stoppage-time minute: 6 in `90+6'`. */
  readonly stoppage?: number;
  readonly period?: Period;
}

export interface GoalData extends MinuteOfPlay {
  /** The side credited with the goal (for an own goal, the side that benefited). */
  readonly side: Side;
  /** Absent when the source records a goal without naming its scorer. */
  readonly scorer?: PersonRef;
  readonly penalty: boolean;
  readonly ownGoal: boolean;
}

export interface ShootoutKickData {
  readonly side: Side;
  readonly taker?: PersonRef;
  /** 1-based order of the kick in the shoot-out, when known. */
  readonly order?: number;
  readonly converted: boolean;
}

export interface BookingData extends MinuteOfPlay {
  readonly side: Side;
  readonly player: PersonRef;
  readonly card: Card;
}

export interface SubstitutionData extends MinuteOfPlay {
  readonly side: Side;
  readonly player: PersonRef;
  readonly direction: 'off' | 'on';
}

export interface MatchData {
  readonly competition: CompetitionRef;
  readonly edition: EditionRef;
  readonly stage?: StageRef;
  readonly group?: string;
  /** The round inside its stage as the source names it: `Matchday 12`, `Round 3`. */
  readonly round?: string;
  /** Local date of kick-off, `YYYY-MM-DD`. */
  readonly date: string;
  /** Local kick-off time `HH:MM`. */
  readonly time?: string;
  /** UTC offset of the kick-off time, `+03:00`. */
  readonly utcOffset?: string;
  readonly venue?: string;
  readonly city?: string;
  readonly country?: string;
  readonly home: TeamRef;
  readonly away: TeamRef;
  /** True when neither side plays at home; undefined when the source does not say. */
  readonly neutral?: boolean;
  readonly score: Score;
  readonly status: MatchStatus;
  readonly statusNote?: string;
  readonly behindClosedDoors?: boolean;
  readonly attendance?: number;
  /** The organiser's match number, `(77)` in Football.TXT. */
  readonly matchNumber?: number;
  readonly replay?: boolean;
  /** Undefined when the source carries no scorers; an empty list means a goalless match. */
  readonly goals?: readonly GoalData[];
  readonly shootout?: readonly ShootoutKickData[];
  readonly bookings?: readonly BookingData[];
  readonly substitutions?: readonly SubstitutionData[];
  /** Free-text notes a source attaches to the match (placeholders like `W73 v W75`). */
  readonly notes?: readonly string[];
}

/** A player as a source describes them, outside any match. */
export interface PlayerData {
  readonly person: PersonRef;
  readonly birthDate?: string;
  readonly sex?: 'men' | 'women';
  readonly positions: readonly Position[];
}
