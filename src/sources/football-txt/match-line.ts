// One match line: `[(77)] [date] [time [UTC±h]]  Home v Away  score  [status]  @ Venue, City`
// or `Home  score  Away ...`; a fixture has no score.
import type { Score, TeamRef } from '../../domain/match-data.js';
import type { Cursor } from './cursor.js';
import { readDate, type WrittenDate } from './dates.js';
import { readScore, readScoreNote, seesScore, seesScoreNote } from './score.js';
import { readStatusBracket, readStatusWord, seesStatusWord, type WrittenStatus } from './status.js';
import { teamOf } from './teams.js';

export interface MatchPrefix {
  readonly matchNumber?: number;
  readonly date?: WrittenDate;
  /** A lone year before the teams (`1930 @ Uruguay  Uruguay 4-2 Argentina`): the date is not given. */
  readonly year?: number;
  readonly time?: { readonly time: string; readonly utcOffset?: string; readonly pos: number };
  /** `@ venue` before the teams, or alone after the date (then it holds for the matches below). */
  readonly place?: Place;
}

export interface Place {
  readonly venue?: string;
  readonly city?: string;
}

export interface MatchLine {
  readonly home: TeamRef;
  readonly away: TeamRef;
  readonly score: Score;
  readonly status?: WrittenStatus;
  readonly venue?: string;
  readonly city?: string;
  /** `▪ Replay` after the match. */
  readonly replay?: boolean;
  /** Index of the `(` of scorers written on the match line after the away team (rsssf). */
  readonly goalsAt?: number;
}

const MATCH_NUMBER = /\((\d{1,4})\)\s+/y;
const TIME = /(\d{1,2})[.:](\d{2})(?:\s+UTC\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?(?=\s|$)/iy;
const V = /(?:^|\s)(?:v|vs\.?)(?=\s)/g;
/** `Att: 80000`, `att: 69_000` after a venue: read past, not stored. */
const ATTENDANCE = /att(?:endance|n)?\.?:?\s*[\d,._]+\s*$/iy;
const LONE_YEAR = /(\d{4})(?=\s)/y;
// `18:00 (19:00 EEST)`, `15:00 (17:00 UTC+4)`: the local kick-off after the file's own clock.
const LOCAL_TIME = /\s*\((\d{1,2})[.:](\d{2})(?:\s+([A-Z]{2,5})?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?\)/y;
/** UTC offsets of the zone names files write after a local time. */
const ZONES: Readonly<Record<string, string>> = {
  UTC: '+00:00', GMT: '+00:00', WET: '+00:00', BST: '+01:00', WEST: '+01:00', CET: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', AST: '+03:00', GST: '+04:00', AZT: '+04:00', AZST: '+05:00',
};
const GAP = /\s{2,}/;

/** Reads the optional match number, date (or lone year, with `yearFirst`), time and venue that may open a match line. */
export function readPrefix(cursor: Cursor, yearFirst = false): MatchPrefix {
  cursor.skipSpaces();
  const number = cursor.take(MATCH_NUMBER);
  cursor.skipSpaces();
  const dateStart = cursor.pos;
  let date = readDate(cursor);
  // A date only opens a match line when something follows it.
  if (date !== undefined && !cursor.sees(/\s+\S/y)) {
    cursor.pos = dateStart;
    date = undefined;
  }
  let year: number | undefined;
  // Only where the header names no season, so `1899 Hoffenheim` stays a team.
  if (yearFirst && date === undefined && number === undefined) {
    const lone = cursor.take(LONE_YEAR);
    if (lone !== undefined) year = Number(lone[1]);
  }
  cursor.skipSpaces();
  const timePos = cursor.pos;
  const time = cursor.take(TIME);
  let written: MatchPrefix['time'];
  if (time !== undefined) {
    const hours = Number(time[1]);
    const minutes = Number(time[2]);
    if (hours > 24 || minutes > 59) throw cursor.error('expected a kick-off time like 20:45 or 20.45', timePos);
    const clock = `${String(hours).padStart(2, '0')}:${time[2]}`;
    let utcOffset: string | undefined;
    if (/UTC/i.test(time[0])) {
      const offsetHours = Number(time[4] ?? 0);
      const offsetMinutes = Number(time[5] ?? 0);
      if (offsetHours > 14 || offsetMinutes > 59) throw cursor.error('expected a UTC offset like UTC+3 or UTC-4:30', timePos);
      utcOffset = `${time[3] ?? '+'}${String(offsetHours).padStart(2, '0')}:${String(offsetMinutes).padStart(2, '0')}`;
    }
    written = { time: clock, pos: timePos, ...(utcOffset === undefined ? {} : { utcOffset }) };
    const local = cursor.take(LOCAL_TIME);
    if (local !== undefined) written = localTime(cursor, local, timePos);
    cursor.skipSpaces();
  }
  let place: Place | undefined;
  if (cursor.text[cursor.pos] === '@') {
    // The venue ends at two spaces when the teams follow on the same line.
    const gap = /\s{2,}\S/g;
    gap.lastIndex = cursor.pos;
    const found = gap.exec(cursor.text);
    const end = found === null ? cursor.text.length : found.index;
    place = venueOf(cursor, cursor.pos, end);
    cursor.pos = end;
    cursor.skipSpaces();
    cursor.take(ATTENDANCE);
  }
  return {
    ...(number === undefined ? {} : { matchNumber: Number(number[1]) }),
    ...(date === undefined ? {} : { date }),
    ...(year === undefined ? {} : { year }),
    ...(written === undefined ? {} : { time: written }),
    ...(place === undefined ? {} : { place }),
  };
}

function localTime(cursor: Cursor, local: RegExpExecArray, timePos: number): NonNullable<MatchPrefix['time']> {
  const hours = Number(local[1]);
  if (hours > 24 || Number(local[2]) > 59) throw cursor.error('expected a local kick-off time like (19:00 EEST)', local.index);
  const clock = `${String(hours).padStart(2, '0')}:${local[2]}`;
  const zone = local[3]?.toUpperCase();
  let utcOffset: string | undefined;
  if (local[4] !== undefined) {
    const base = zone === undefined || zone === 'UTC' || zone === 'GMT' ? 0 : undefined;
    if (base !== undefined) utcOffset = `${local[4]}${local[5]!.padStart(2, '0')}:${(local[6] ?? '00').padStart(2, '0')}`;
  } else if (zone !== undefined) {
    utcOffset = ZONES[zone];
  }
  return { time: clock, pos: timePos, ...(utcOffset === undefined ? {} : { utcOffset }) };
}

/** Reads the teams, score, status and venue from the cursor to the end of the line. */
export function readMatchBody(cursor: Cursor): MatchLine {
  const text = cursor.text;
  const marker = text.indexOf('▪', cursor.pos);
  const lineEnd = marker === -1 ? text.length : marker;
  const replay = marker !== -1 && /replay/i.test(text.slice(marker));
  if (marker !== -1 && !replay) throw cursor.error('expected a heading marker only at the start of a line', marker);
  const at = text.indexOf('@', cursor.pos);
  const end = at === -1 || at > lineEnd ? lineEnd : at;
  const place = end === lineEnd ? {} : venueOf(cursor, at, lineEnd);
  const extra = replay ? { replay: true } : {};
  V.lastIndex = cursor.pos;
  const v = V.exec(text);
  if (v !== null && v.index < end) return { ...readVersus(cursor, v.index + v[0].length, end), ...place, ...extra };
  return { ...readScoreBetween(cursor, end), ...place, ...extra };
}

/** `@ Al Bayt Stadium, Al Khor, Att: 67372` from `at` to `end`: venue, then city; attendance dropped. */
export function venueOf(cursor: Cursor, at: number, end = cursor.text.length): Place {
  const written = cursor.text
    .slice(at + 1, end)
    .replace(/\s*,?\s*att(?:endance|n)?\.?:?\s*[\d,._]+\s*$/i, '')
    .replace(/\s*,\s*$/, '')
    .trim();
  if (written === '') throw cursor.error('expected a venue after @', at + 1);
  const comma = written.indexOf(',');
  if (comma === -1) return { venue: written };
  const venue = written.slice(0, comma).trim();
  const city = written.slice(comma + 1).trim();
  return { ...(venue === '' ? {} : { venue }), ...(city === '' ? {} : { city }) };
}

function team(cursor: Cursor, written: string, pos: number): TeamRef {
  const gap = GAP.exec(written.trim());
  if (gap !== null) {
    const offset = written.indexOf(written.trim()) + gap.index + gap[0].length;
    throw cursor.error('expected a score like 2-1 or a team name', pos + offset);
  }
  const ref = teamOf(written);
  if ('problem' in ref) throw cursor.error(ref.problem, pos + (written.length - written.trimStart().length));
  return ref;
}

/** `Home v Away [score] [status]` */
function readVersus(cursor: Cursor, afterV: number, end: number): Omit<MatchLine, 'venue' | 'city'> {
  const start = cursor.pos;
  const homeText = cursor.text.slice(start, afterV - 1);
  if (homeText.trim() === '') throw cursor.error('expected the home team before v', start);
  const home = team(cursor, homeText, start);
  cursor.pos = afterV;
  cursor.skipSpaces();
  const awayStart = cursor.pos;
  // The away name ends at two spaces, a score, a status or the venue.
  while (cursor.pos < end) {
    const ch = cursor.text[cursor.pos]!;
    if (ch === '[' || (isSpace(ch) && isSpace(cursor.text[cursor.pos + 1] ?? ''))) break;
    if (cursor.pos > awayStart && isSpace(cursor.text[cursor.pos - 1]!) && (seesScore(cursor) || seesStatusWord(cursor))) break;
    cursor.pos += 1;
  }
  const awayText = cursor.text.slice(awayStart, cursor.pos);
  if (awayText.trim() === '') throw cursor.error('expected the away team after v', awayStart);
  const away = team(cursor, awayText, awayStart);
  cursor.skipSpaces();
  let score = cursor.pos < end && seesScore(cursor) ? readScore(cursor) : {};
  // `Home v Away  -`: the dash of a score not known yet.
  if (score.fullTime === undefined && score.penalties === undefined) cursor.take(/-(?=\s|$|\[)/y);
  cursor.skipSpaces();
  const noted = cursor.pos < end ? readScoreNote(cursor, score) : undefined;
  if (noted !== undefined) score = noted;
  const status = readStatus(cursor, end);
  return { home, away, score, ...(status === undefined ? {} : { status }) };
}

/** `Home  score  Away [status]` */
function readScoreBetween(cursor: Cursor, end: number): Omit<MatchLine, 'venue' | 'city'> {
  const start = cursor.pos;
  let scorePos: number | undefined;
  const word = /\S+/g;
  word.lastIndex = start;
  let token: RegExpExecArray | null;
  let first = true;
  while ((token = word.exec(cursor.text)) !== null && token.index < end) {
    cursor.pos = token.index;
    if (!first && (seesScore(cursor) || seesStatusWord(cursor))) {
      scorePos = token.index;
      break;
    }
    first = false;
  }
  if (scorePos === undefined) {
    // `CD Cardassar  -  AD CF Épila`: a dash between the teams, no score yet.
    DASH.lastIndex = start;
    const dash = DASH.exec(cursor.text);
    if (dash !== null && dash.index < end) {
      cursor.pos = dash.index + dash[0].length;
      return readFixtureAfter(cursor, start, dash.index, end);
    }
    throw cursor.error('expected a score like 2-1 or a team name', suspiciousPos(cursor.text, start, end));
  }
  const home = team(cursor, cursor.text.slice(start, scorePos), start);
  cursor.pos = scorePos;
  let statusWord = readStatusWord(cursor);
  let score = statusWord === undefined ? readScore(cursor) : {};
  // `0-2awd`: a status word written against the score.
  statusWord ??= readStatusWord(cursor);
  cursor.skipSpaces();
  const awayStart = cursor.pos;
  let goalsAt: number | undefined;
  while (cursor.pos < end && cursor.text[cursor.pos] !== '[') {
    if (cursor.text[cursor.pos] === '(') {
      if (seesScoreNote(cursor)) break;
      if (!cursor.sees(NAME_BRACKET)) {
        goalsAt = cursor.pos;
        break;
      }
    }
    cursor.pos += 1;
  }
  const awayText = cursor.text.slice(awayStart, cursor.pos);
  if (awayText.trim() === '') throw cursor.error('expected the away team after the score', awayStart);
  const away = team(cursor, awayText, awayStart);
  if (goalsAt !== undefined) return { home, away, score, goalsAt, ...(statusWord === undefined ? {} : { status: statusWord }) };
  const noted = cursor.pos < end ? readScoreNote(cursor, score) : undefined;
  if (noted !== undefined) score = noted;
  const bracket = readStatus(cursor, end);
  const status = bracket ?? statusWord;
  return { home, away, score, ...(status === undefined ? {} : { status }) };
}

const DASH = /\s+-\s+/g;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}
/** Brackets that belong to a team name: a country code `(ESP)` or years `(1878-1896)`. */
const NAME_BRACKET = /\((?:[A-Z]{3}|\d{4}(?:\s*-\s*\d{4})?)\)/y;

/** `Home  -  Away [status]`: the away team runs to a status bracket. */
function readFixtureAfter(cursor: Cursor, start: number, dashAt: number, end: number): Omit<MatchLine, 'venue' | 'city'> {
  const home = team(cursor, cursor.text.slice(start, dashAt), start);
  const awayStart = cursor.pos;
  while (cursor.pos < end && cursor.text[cursor.pos] !== '[') cursor.pos += 1;
  const awayText = cursor.text.slice(awayStart, cursor.pos);
  if (awayText.trim() === '') throw cursor.error('expected the away team after -', awayStart);
  const away = team(cursor, awayText, awayStart);
  const status = readStatus(cursor, end);
  return { home, away, score: {}, ...(status === undefined ? {} : { status }) };
}

function readStatus(cursor: Cursor, end: number): WrittenStatus | undefined {
  cursor.skipSpaces();
  const word = cursor.pos < end ? readStatusWord(cursor) : undefined;
  cursor.skipSpaces();
  const bracket = cursor.pos < end ? readStatusBracket(cursor) : undefined;
  cursor.skipSpaces();
  if (cursor.pos < end) throw cursor.error('expected a score like 2-1, a status like [cancelled], @ venue or the end of the line');
  return bracket ?? word;
}

/** Where a line without a score most likely went wrong: a token no team name would contain. */
function suspiciousPos(text: string, start: number, end: number): number {
  const word = /\S+/g;
  word.lastIndex = start;
  let token: RegExpExecArray | null;
  let index = 0;
  while ((token = word.exec(text)) !== null && token.index < end) {
    if (index > 0 && /[^\p{L}\p{M}\d.'’&/\-]/u.test(token[0])) return token.index;
    index += 1;
  }
  const gap = /\s{2,}/g;
  gap.lastIndex = start;
  const found = gap.exec(text.slice(0, end));
  return found !== null ? found.index + found[0].length : start;
}
