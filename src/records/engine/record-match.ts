// The neutral shape of one played match as the record engine sees it: ids resolved, scores after
// extra time, goals with their scorers' birth dates. Built from the store by `read-record-matches.ts`.
import type { Sex, StageKind } from '../../domain/vocabulary.js';

export type Side = 'home' | 'away';

export interface RecordTeam {
  readonly id: number;
  /** The team's name in the store (its current name: West Germany is Germany). */
  readonly name: string;
}

export interface RecordGoal {
  readonly id: number;
  readonly seq: number;
  /** The side credited with the goal: for an own goal, the side that benefited. */
  readonly side: Side;
  readonly playerId: number | null;
  readonly playerName: string | null;
  readonly birthDate: string | null;
  readonly minute: number | null;
  readonly stoppage: number | null;
  readonly period: string | null;
  readonly penalty: boolean;
  readonly ownGoal: boolean;
}

export interface RecordBooking {
  readonly side: Side;
  readonly playerId: number | null;
  readonly playerName: string;
  readonly birthDate: string | null;
  readonly card: string;
  /** Regulation minute of the card (90 for 90+2'); null where the source gives none. */
  readonly minute?: number | null;
  /** Stoppage-time minute: 2 for 90+2'. */
  readonly stoppage?: number | null;
}

export interface RecordCompetition {
  readonly id: number;
  readonly name: string;
  readonly sex: Sex;
  readonly kind: string;
}

export interface RecordMatch {
  readonly id: number;
  readonly date: string;
  /** In progress (`status: live`): the score so far, so its facts are provisional. */
  readonly live?: boolean;
  readonly time: string | null;
  readonly utcOffset: string | null;
  readonly city: string | null;
  readonly competition: RecordCompetition;
  readonly editionId: number;
  readonly editionName: string;
  readonly editionStartYear: number;
  readonly stageKind: StageKind | null;
  readonly stageName: string | null;
  readonly group: string | null;
  readonly home: RecordTeam;
  readonly away: RecordTeam;
  /** True on neutral ground; null when the source does not say (the side listed first is then at home). */
  readonly neutral: boolean | null;
  /** Goals after extra time (shoot-out excluded). */
  readonly homeGoals: number;
  readonly awayGoals: number;
  /** Goals after 90 minutes. */
  readonly fullTime: readonly [number, number];
  readonly extraTime: boolean;
  /** The shoot-out score where known. */
  readonly penalties: readonly [number, number] | null;
  readonly shootout: boolean;
  readonly shootoutWinner: Side | null;
  /** The goals rows are the match's goals (an empty list: goalless or no scorers known — see `scorersKnown`). */
  readonly scorersKnown: boolean;
  readonly goals: readonly RecordGoal[];
  readonly bookings: readonly RecordBooking[];
  /** Set on the match in which the edition's champion was decided: the champion's side. */
  readonly championSide: Side | null;
  /**
   * Whether each side is a host of the edition (home, away); null where the data names no hosts
   * for the edition (a league, a club competition, a source without them).
   */
  readonly hosts?: readonly [home: boolean, away: boolean] | null;
  /**
   * Whether each side's edition ended with this match in the group stage: its last group match, in
   * a group it did not get through, as the edition's published group standings say. Null where the
   * edition has no published group standings.
   */
  readonly outInGroupStage?: readonly [home: boolean, away: boolean] | null;
}

export function teamOf(match: RecordMatch, side: Side): RecordTeam {
  return side === 'home' ? match.home : match.away;
}

export function otherSide(side: Side): Side {
  return side === 'home' ? 'away' : 'home';
}

/** Goals of a side after extra time. */
export function goalsOf(match: RecordMatch, side: Side): number {
  return side === 'home' ? match.homeGoals : match.awayGoals;
}

/** The winner after extra time and shoot-out, or null for a draw that stands. */
export function winnerSide(match: RecordMatch): Side | null {
  if (match.homeGoals > match.awayGoals) return 'home';
  if (match.awayGoals > match.homeGoals) return 'away';
  return match.shootoutWinner;
}
