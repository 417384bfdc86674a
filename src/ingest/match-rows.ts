// Converting between a source's MatchData and the columns of the match table.
import { createHash } from 'node:crypto';
import type { MatchData, ScorePair } from '../domain/match-data.js';
import type { Side } from '../domain/vocabulary.js';

/** A stable hash of a match as a source describes it; a change means the source corrected itself. */
export function matchContentHash(match: MatchData): string {
  return createHash('sha1').update(JSON.stringify(match)).digest('hex');
}

export function flag(value: boolean | undefined): 0 | 1 | null {
  return value === undefined ? null : value ? 1 : 0;
}

export function otherSide(side: Side): Side {
  return side === 'home' ? 'away' : 'home';
}

function swapPair(pair: ScorePair | undefined): ScorePair | undefined {
  return pair ? [pair[1], pair[0]] : undefined;
}

/** The same match told from the other side: home and away exchanged everywhere. */
export function swapSides(match: MatchData): MatchData {
  const s = match.score;
  return {
    ...match,
    home: match.away,
    away: match.home,
    score: {
      ...s,
      halfTime: swapPair(s.halfTime),
      fullTime: swapPair(s.fullTime),
      extraTime: swapPair(s.extraTime),
      penalties: swapPair(s.penalties),
      shootoutWinner: s.shootoutWinner && otherSide(s.shootoutWinner),
      shootoutFirstKicker: s.shootoutFirstKicker && otherSide(s.shootoutFirstKicker),
    },
    goals: match.goals?.map((g) => ({ ...g, side: otherSide(g.side) })),
    shootout: match.shootout?.map((k) => ({ ...k, side: otherSide(k.side) })),
    bookings: match.bookings?.map((b) => ({ ...b, side: otherSide(b.side) })),
    substitutions: match.substitutions?.map((b) => ({ ...b, side: otherSide(b.side) })),
  };
}

/** The group name without its `Group` / `Gruppe` prefix: `Group A` → `A`. */
export function normaliseGroup(name: string | undefined): string | null {
  if (name === undefined) return null;
  const bare = name.replace(/^(group|gruppe|groupe|grupo)\s+/i, '').trim();
  return bare === '' ? null : bare;
}

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function formatMinute(minute: number | null | undefined, stoppage: number | null | undefined): string {
  if (minute === null || minute === undefined) return '?';
  return stoppage ? `${minute}+${stoppage}'` : `${minute}'`;
}
