// A match read once for writing: who won and how, the score from the winner's side, and its goals
// in the order they were scored with the score after each.
import type { ScorePair } from '../domain/match-data.js';
import { goalsInOrder } from '../store/queries/goal-order.js';
import type { Side } from '../domain/vocabulary.js';
import type { StoredGoal, StoredMatch } from '../store/queries/stored-match.js';

export interface GoalInOrder {
  readonly goal: StoredGoal;
  readonly ref: string;
  readonly team: string;
  /** Home goals, away goals after this goal. */
  readonly after: ScorePair;
}

export interface MatchView {
  readonly match: StoredMatch;
  readonly ref: string;
  readonly home: string;
  readonly away: string;
  /** The score when play ended (after extra time if played). */
  readonly final?: ScorePair;
  readonly extraTime: boolean;
  /** The side that won the match, a shoot-out included. */
  readonly winnerSide?: Side;
  readonly byPenalties: boolean;
  readonly penalties?: ScorePair;
  readonly goals: readonly GoalInOrder[];
  /** True when every goal of the score is in the data with a minute: a running score can be told. */
  readonly goalsComplete: boolean;
}

export function matchRef(id: number): string {
  return `match:${id}`;
}

export function goalRef(id: number): string {
  return `goal:${id}`;
}

export function viewMatch(match: StoredMatch): MatchView {
  const d = match.data;
  const final = d.score.extraTime ?? d.score.fullTime;
  const pens = d.score.penalties;
  let winnerSide: Side | undefined;
  let byPenalties = false;
  if (final && final[0] !== final[1]) winnerSide = final[0] > final[1] ? 'home' : 'away';
  else if (final) {
    if (pens && pens[0] !== pens[1]) winnerSide = pens[0] > pens[1] ? 'home' : 'away';
    else winnerSide = d.score.shootoutWinner;
    byPenalties = winnerSide !== undefined;
  }
  let h = 0;
  let a = 0;
  const goals = goalsInOrder(match.goals).map((goal): GoalInOrder => {
    if (goal.side === 'home') h += 1;
    else a += 1;
    return { goal, ref: goalRef(goal.id), team: goal.side === 'home' ? d.home.name : d.away.name, after: [h, a] };
  });
  const goalsComplete =
    final !== undefined && d.goals !== undefined && h === final[0] && a === final[1] && match.goals.every((g) => g.minute !== null);
  return {
    match,
    ref: matchRef(match.id),
    home: d.home.name,
    away: d.away.name,
    ...(final ? { final } : {}),
    extraTime: d.score.extraTime !== undefined,
    ...(winnerSide ? { winnerSide } : {}),
    byPenalties,
    ...(pens ? { penalties: pens } : {}),
    goals,
    goalsComplete,
  };
}

/** `7-1`: a pair written with the given side's number first. */
export function pairFrom(pair: ScorePair, first: Side): string {
  return first === 'home' ? `${pair[0]}-${pair[1]}` : `${pair[1]}-${pair[0]}`;
}

/** `2-1`: the larger number first, as a running score or a level score is said. */
export function pairLeaderFirst(pair: readonly [number, number]): string {
  return `${Math.max(pair[0], pair[1])}-${Math.min(pair[0], pair[1])}`;
}

export function other(side: Side): Side {
  return side === 'home' ? 'away' : 'home';
}

export function teamOf(view: MatchView, side: Side): string {
  return side === 'home' ? view.home : view.away;
}
