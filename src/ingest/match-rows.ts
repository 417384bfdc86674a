// Converting between a source's MatchData and the columns of the match table.
import * as crypto from 'node:crypto';
import type { MatchData, ScorePair } from '../domain/match-data.js';
import type { Side } from '../domain/vocabulary.js';

// The one-shot crypto.hash (Node 20.12+) costs half of a Hash object per call; the digest is the same.
const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha1', text, 'hex')
    : (text) => crypto.createHash('sha1').update(text).digest('hex');

/** A match as a source describes it, as stored text: its hash tells a correction, its text rebuilds the match. */
export function matchContent(match: MatchData): { text: string; hash: string } {
  const text = JSON.stringify(match);
  return { text, hash: sha1Hex(text) };
}

/** A stable hash of a match as a source describes it; a change means the source corrected itself. */
export function matchContentHash(match: MatchData): string {
  return matchContent(match).hash;
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


/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round(dayNumber(b) - dayNumber(a));
}

// Matching compares each incoming match with every stored one of the same two teams: the same few
// thousand dates would be parsed hundreds of thousands of times.
const dayNumbers = new Map<string, number>();

function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    if (dayNumbers.size > 100_000) dayNumbers.clear();
    day = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    dayNumbers.set(date, day);
  }
  return day;
}
