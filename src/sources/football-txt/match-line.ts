// One match line: `[(77)] [date] [time [UTC±h]]  Home v Away  score  [status]  @ Venue, City`
// or `Home  score  Away ...`; a fixture has no score.
import type { Score, TeamRef } from '../../domain/match-data.js';
import type { Cursor } from './cursor.js';
import { readDate, type WrittenDate } from './dates.js';
import { readScore, seesScore } from './score.js';
import { readStatusBracket, readStatusWord, seesStatusWord, type WrittenStatus } from './status.js';
import { teamOf } from './teams.js';

export interface MatchPrefix {
  readonly matchNumber?: number;
  readonly date?: WrittenDate;
  readonly time?: { readonly time: string; readonly utcOffset?: string; readonly pos: number };
}

export interface MatchLine {
  readonly home: TeamRef;
  readonly away: TeamRef;
  readonly score: Score;
  readonly status?: WrittenStatus;
  readonly venue?: string;
  readonly city?: string;
}

const MATCH_NUMBER = /\((\d{1,4})\)\s+/y;
const TIME = /(\d{1,2})[.:](\d{2})(?:\s+UTC\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?(?=\s|$)/iy;
const V = /(?:^|\s)v(?=\s)/g;
const GAP = /\s{2,}/;

/** Reads the optional match number, date and time that may open a match line. */
export function readPrefix(cursor: Cursor): MatchPrefix {
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
    cursor.skipSpaces();
  }
  return {
    ...(number === undefined ? {} : { matchNumber: Number(number[1]) }),
    ...(date === undefined ? {} : { date }),
    ...(written === undefined ? {} : { time: written }),
  };
}

/** Reads the teams, score, status and venue from the cursor to the end of the line. */
export function readMatchBody(cursor: Cursor): MatchLine {
  const text = cursor.text;
  const at = text.indexOf('@', cursor.pos);
  const end = at === -1 ? text.length : at;
  const place = at === -1 ? {} : venueOf(cursor, at);
  V.lastIndex = cursor.pos;
  const v = V.exec(text);
  if (v !== null && v.index < end) return { ...readVersus(cursor, v.index + v[0].length, end), ...place };
  return { ...readScoreBetween(cursor, end), ...place };
}

function venueOf(cursor: Cursor, at: number): { venue?: string; city?: string } {
  const written = cursor.text.slice(at + 1).trim();
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
    if (cursor.sees(/\s{2,}/y) || cursor.sees(/\[/y)) break;
    if (cursor.pos > awayStart && /\s/.test(cursor.text[cursor.pos - 1]!) && (seesScore(cursor) || seesStatusWord(cursor))) break;
    cursor.pos += 1;
  }
  const awayText = cursor.text.slice(awayStart, cursor.pos);
  if (awayText.trim() === '') throw cursor.error('expected the away team after v', awayStart);
  const away = team(cursor, awayText, awayStart);
  cursor.skipSpaces();
  const score = cursor.pos < end && seesScore(cursor) ? readScore(cursor) : {};
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
  if (scorePos === undefined) throw cursor.error('expected a score like 2-1 or a team name', suspiciousPos(cursor.text, start, end));
  const home = team(cursor, cursor.text.slice(start, scorePos), start);
  cursor.pos = scorePos;
  const statusWord = readStatusWord(cursor);
  const score = statusWord === undefined ? readScore(cursor) : {};
  cursor.skipSpaces();
  const awayStart = cursor.pos;
  while (cursor.pos < end && !cursor.sees(/\[/y)) cursor.pos += 1;
  const awayText = cursor.text.slice(awayStart, cursor.pos);
  if (awayText.trim() === '') throw cursor.error('expected the away team after the score', awayStart);
  const away = team(cursor, awayText, awayStart);
  const bracket = readStatus(cursor, end);
  const status = bracket ?? statusWord;
  return { home, away, score, ...(status === undefined ? {} : { status }) };
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
