// Reading one leg's score from one team's side: after 90 minutes, after extra time, on penalties.
import type { MatchData, ScorePair } from '../../domain/match-data.js';
import type { MatchStatus } from '../../domain/vocabulary.js';
import type { TiePair } from './tie.js';

// A leg in these states has not produced a result yet, but still may.
const PENDING: ReadonlySet<MatchStatus> = new Set(['scheduled', 'postponed', 'suspended']);
// A leg in these states will never produce a played result.
const VOID: ReadonlySet<MatchStatus> = new Set(['cancelled', 'abandoned']);

export function isPending(match: MatchData): boolean {
  return PENDING.has(match.status);
}

export function isVoid(match: MatchData): boolean {
  return VOID.has(match.status);
}

/** `pair` (home first) turned round so that `team` comes first. */
export function forTeam(pair: ScorePair, match: MatchData, team: string): TiePair {
  return match.home.name === team ? [pair[0], pair[1]] : [pair[1], pair[0]];
}

export function afterNinety(match: MatchData): ScorePair | undefined {
  return match.score.fullTime;
}

/** The score when play ended: after extra time if it was played. */
export function finalScore(match: MatchData): ScorePair | undefined {
  return match.score.extraTime ?? match.score.fullTime;
}

export function isLevel(pair: TiePair | ScorePair): boolean {
  return pair[0] === pair[1];
}

export function sum(a: TiePair, b: TiePair): TiePair {
  return [a[0] + b[0], a[1] + b[1]];
}

/** `2021-03-09 Juventus 3-2 a.e.t. FC Porto`: how warnings name a match. */
export function describeLeg(match: MatchData): string {
  const final = finalScore(match);
  const score = final === undefined ? match.status : `${final[0]}-${final[1]}${match.score.extraTime ? ' a.e.t.' : ''}`;
  return `${match.date} ${match.home.name} ${score} ${match.away.name}`;
}

/** The shoot-out winner's name, from the score or from a source that only names the side. */
export function shootoutWinner(match: MatchData): string | undefined {
  const { penalties, shootoutWinner: side } = match.score;
  if (penalties !== undefined && penalties[0] !== penalties[1]) {
    return penalties[0] > penalties[1] ? match.home.name : match.away.name;
  }
  if (side !== undefined) return side === 'home' ? match.home.name : match.away.name;
  return undefined;
}
