// The order of a day's matches. Two matches are ordered only when both kick-off times are known
// with their UTC offsets; otherwise they are simultaneous, and facts say so.
import type { RecordMatch } from './record-match.js';

/** What places a match in time: a stored row's day and kick-off is enough. */
export type Kick = Pick<RecordMatch, 'date' | 'time' | 'utcOffset'>;

const MINUTE_MS = 60_000;
const COLON = 58;
const PLUS = 43;
const MINUS = 45;
const ZERO = 48;

/** Two decimal digits at `at` as a number, or 99 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const ones = text.charCodeAt(at + 1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : 99;
}

interface Midnight {
  /** Midnight UTC (NaN for a day that is no date). */
  readonly ms: number;
  /** Whether the day is written as UTC writes it (Date.parse takes 31 September as 1 October). */
  readonly canonical: boolean;
}

/** Each day asked about: a rebuild asks for each day's dozens of kick-offs. */
const MIDNIGHTS = new Map<string, Midnight>();

function midnightOf(date: string): Midnight {
  let midnight = MIDNIGHTS.get(date);
  if (midnight === undefined) {
    if (MIDNIGHTS.size >= 100_000) MIDNIGHTS.clear();
    const ms = Date.parse(`${date}T00:00:00Z`);
    midnight = { ms, canonical: !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date };
    MIDNIGHTS.set(date, midnight);
  }
  return midnight;
}

/**
 * The kick-off in UTC (ms), as `Date.parse` reads `dayTtime:00offset`. The usual shapes (`15:00`,
 * `+01:00`) are worked out from the day's midnight: parsing the whole text for each of a million
 * matches, several times over, cost a rebuild about a second. Anything else is left to `Date.parse`.
 */
export function kickOffUtc(match: Kick): number | undefined {
  const time = match.time;
  const offset = match.utcOffset;
  if (time === null || offset === null) return undefined;
  if (time.length === 5 && offset.length === 6 && time.charCodeAt(2) === COLON && offset.charCodeAt(3) === COLON) {
    const sign = offset.charCodeAt(0) === PLUS ? 1 : offset.charCodeAt(0) === MINUS ? -1 : 0;
    const hours = twoDigits(time, 0);
    const minutes = twoDigits(time, 3);
    const offsetHours = twoDigits(offset, 1);
    const offsetMinutes = twoDigits(offset, 4);
    if (sign !== 0 && hours < 24 && minutes < 60 && offsetHours < 24 && offsetMinutes < 60) {
      const midnight = midnightOf(match.date).ms;
      if (!Number.isNaN(midnight)) return midnight + (hours * 60 + minutes - sign * (offsetHours * 60 + offsetMinutes)) * MINUTE_MS;
    }
  }
  const instant = Date.parse(`${match.date}T${time}:00${offset}`);
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
  if (utc === undefined) return match.date;
  // Most kick-offs fall on their own day in UTC too: the clock is written from the minutes.
  const midnight = midnightOf(match.date);
  const minutes = (utc - midnight.ms) / MINUTE_MS;
  if (midnight.canonical && minutes >= 0 && minutes < 1440) return `${match.date}|${match.date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  return `${match.date}|${new Date(utc).toISOString().slice(0, 16)}`;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Whether every match of the day has a kick-off: only then does the day split into instants. */
export function dayIsTimed(matches: readonly Kick[]): boolean {
  return matches.every(hasKickOff);
}

/**
 * How a day's matches are taken in: `timed`, every match has a kick-off, so each kick-off is an
 * instant; `whole`, some match lacks one, so the day is one instant; `mixed`, some lack one and
 * the others kick off at different times (more than two matches), so a book holding a match
 * without a time takes the day whole and the other books take the kick-offs in order.
 */
export type DayMode = 'timed' | 'whole' | 'mixed';

export function dayModeOf(matches: readonly Kick[]): DayMode {
  if (dayIsTimed(matches)) return 'timed';
  if (matches.length <= 2) return 'whole';
  const kickOffs = new Set<number>();
  for (const match of matches) {
    const utc = kickOffUtc(match);
    if (utc !== undefined) kickOffs.add(utc);
  }
  return kickOffs.size > 1 ? 'mixed' : 'whole';
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
