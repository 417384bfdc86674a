// The order of a day's matches. Two matches are ordered only when both kick-off times are known
// with their UTC offsets; otherwise they are simultaneous, and facts say so.
import type { RecordMatch } from './record-match.js';

/** What places a match in time: a stored row's day and kick-off is enough. */
export type Kick = Pick<RecordMatch, 'date' | 'time' | 'utcOffset'>;

function kickOffUtc(match: Kick): number | undefined {
  if (match.time === null || match.utcOffset === null) return undefined;
  const instant = Date.parse(`${match.date}T${match.time}:00${match.utcOffset}`);
  return Number.isNaN(instant) ? undefined : instant;
}

/** Whether the data orders this match among others: its kick-off time and UTC offset are known. */
export function hasKickOff(match: Kick): boolean {
  return kickOffUtc(match) !== undefined;
}

/** A day's matches as instants in order: each instant's matches are simultaneous as far as the data says. */
export function orderDay(matches: readonly RecordMatch[]): RecordMatch[][] {
  if (matches.length <= 1) return matches.length === 0 ? [] : [[...matches]];
  const times = matches.map(kickOffUtc);
  if (times.some((t) => t === undefined)) return [[...matches]];
  const byTime = new Map<number, RecordMatch[]>();
  matches.forEach((match, i) => {
    const t = times[i] as number;
    const list = byTime.get(t) ?? [];
    list.push(match);
    byTime.set(t, list);
  });
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list);
}

/**
 * Where a match stands in the book's time, as text that sorts as time does:
 * `YYYY-MM-DD|YYYY-MM-DDTHH:MM` (the day, then its kick-off in UTC), or the day alone for a match
 * without a kick-off. The key means something only on a day where every match has one (`dayIsTimed`):
 * on any other day the day itself is the instant. A correction replays a book from the key of the
 * earliest match it changed; the store's change notes (migration 012) write the same keys.
 */
export function instantKey(match: Kick): string {
  const utc = kickOffUtc(match);
  return utc === undefined ? match.date : `${match.date}|${new Date(utc).toISOString().slice(0, 16)}`;
}

/** Whether every match of the day has a kick-off: only then does the day split into instants. */
export function dayIsTimed(matches: readonly Kick[]): boolean {
  return matches.every(hasKickOff);
}

/** The day of an instant key. */
export function dayOfInstant(key: string): string {
  return key.slice(0, 10);
}

/** Instant keys worked out once per match, however often asked (see `instantKeysOnce`). */
export interface InstantKeys {
  key(match: Kick): string;
  /** `dayIsTimed`, from the keys. */
  timed(matches: readonly Kick[]): boolean;
}

/**
 * Instant keys kept for the matches asked about: an update asks for a day's keys several times
 * (where each book's replay starts, which matches to replay, the book's last instant), and parsing
 * every kick-off each time cost a new match about 0.4 ms at a million matches.
 */
export function instantKeysOnce(): InstantKeys {
  const keys = new Map<Kick, string>();
  const key = (match: Kick): string => {
    let known = keys.get(match);
    if (known === undefined) keys.set(match, (known = instantKey(match)));
    return known;
  };
  // A match without a kick-off has its day as its key.
  return { key, timed: (matches) => matches.every((match) => key(match) !== match.date) };
}
