// Date tokens of Football.TXT (`Wed Sep/14 2011`, `Sun Nov 20`, `July 13`, `16 June`) and ranges.
import { MONTH_NAMES, WEEKDAY_NAMES, monthNumber, weekdayNumber } from './calendar.js';
import type { Cursor } from './cursor.js';

/** A date as written: the year and weekday are optional. */
export interface WrittenDate {
  readonly month: number;
  readonly day: number;
  readonly year?: number;
  readonly weekday?: number;
  /** The year was written with two digits (`24.3.21`): its century is inferred. */
  readonly shortYear?: boolean;
  /** Index in the line where the date starts, for error columns. */
  readonly pos: number;
}

const DATE = new RegExp(
  `(?:(${WEEKDAY_NAMES})\\.?,?\\s+)?` +
    `(?:(${MONTH_NAMES})\\.?(?:\\s*/\\s*|\\s+)(\\d{1,2})|(\\d{1,2})\\.?\\s+(${MONTH_NAMES})\\.?)` +
    // `16 Aug 92`: a two-digit year only after a day-first date, where no time can follow.
    `(?:,?\\s+(\\d{4})|(?<=[\\p{L}.])\\s+(\\d{2}))?(?=\\s|$|-|\\])`,
  'iuy',
);

// `14.10.`, `24.3.21`, `25.03.2023`: day and month with dots; a time (`20.45`) has no second dot.
const NUMERIC_DATE = /(?:(WEEKDAYS)\.?,?\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?=\s|$|\])/iy;
const NUMERIC = new RegExp(NUMERIC_DATE.source.replace('WEEKDAYS', WEEKDAY_NAMES), 'iy');

/** Reads a date at the cursor, or returns undefined (the cursor does not move). */
export function readDate(cursor: Cursor): WrittenDate | undefined {
  const pos = cursor.pos;
  const numeric = cursor.take(NUMERIC);
  if (numeric !== undefined) {
    const month = Number(numeric[3]);
    const weekday = numeric[1] === undefined ? undefined : weekdayNumber(numeric[1]);
    if (month < 1 || month > 12) {
      cursor.pos = pos;
      return undefined;
    }
    return {
      month,
      day: Number(numeric[2]),
      pos,
      ...(numeric[4] === undefined ? {} : { year: Number(numeric[4]), ...(numeric[4].length === 2 ? { shortYear: true } : {}) }),
      ...(weekday === undefined ? {} : { weekday }),
    };
  }
  const match = cursor.take(DATE);
  if (match === undefined) return undefined;
  const month = monthNumber(match[2] ?? match[5] ?? '');
  const day = Number(match[3] ?? match[4]);
  if (month === undefined) return undefined;
  const weekday = match[1] === undefined ? undefined : weekdayNumber(match[1]);
  const year = match[6] ?? match[7];
  return {
    month,
    day,
    pos,
    ...(year === undefined ? {} : { year: Number(year), ...(year.length === 2 ? { shortYear: true } : {}) }),
    ...(weekday === undefined ? {} : { weekday }),
  };
}

const RANGE_DASH = /\s*-\s*/y;
const DAY_ONLY = /(\d{1,2})(?=\s|$)/y;

/**
 * Reads `June 24 - July 2`, `July 26-27`, `Sat Jun 30 - Tue Jul 3` or a single date.
 * Throws a ParseError when the text is not a date range.
 */
export function readDateRange(cursor: Cursor): { from: WrittenDate; to: WrittenDate } {
  const from = readDate(cursor);
  if (from === undefined) throw cursor.error('expected a date like `July 13` or `Sun Nov 20`');
  if (cursor.take(RANGE_DASH) === undefined) return { from, to: from };
  const pos = cursor.pos;
  const day = cursor.take(DAY_ONLY);
  if (day !== undefined) return { from, to: { month: from.month, day: Number(day[1]), pos } };
  const to = readDate(cursor);
  if (to === undefined) throw cursor.error('expected the end of a date range like `July 2` or `27`');
  return { from, to };
}
