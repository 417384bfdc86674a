// Numbers, dates and counts the way a sports desk writes them: "four goals", "8 July 2014", "16th", "2,386".
import { ordinalSuffix } from '../domain/ordinal.js';
import { thousands } from '../domain/thousands.js';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A count in words up to ten, in digits above, grouped by thousands: what a desk writes in running text.
 *
 * @example numberWord(4) // 'four'
 * @example numberWord(16) // '16'
 * @example numberWord(2386) // '2,386'
 */
export function numberWord(n: number): string {
  return n >= 0 && n <= 10 && Number.isInteger(n) ? (WORDS[n] ?? String(n)) : thousands(n);
}

/**
 * A count with its noun: "four goals", "one goal", "16 goals".
 *
 * @example countOf(4, 'goal') // 'four goals'
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${numberWord(n)} ${n === 1 ? singular : plural}`;
}

/**
 * "first" … "tenth", then "16th", "101st".
 *
 * @example ordinal(3) // 'third'
 */
export function ordinal(n: number): string {
  if (n >= 1 && n <= 10) return ORDINAL_WORDS[n] ?? `${n}th`;
  return ordinalDigits(n);
}

/** "1st", "16th", "22nd", "111th", "1,000th": ordinals always in digits. */
export function ordinalDigits(n: number): string {
  return `${thousands(n)}${ordinalSuffix(n)}`;
}

/**
 * A date as a desk writes it.
 *
 * @example dateWritten('2014-07-08') // '8 July 2014'
 */
export function dateWritten(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) return iso;
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** Whole years from one ISO date to another (calendar years, not rounded). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  if ([fy, fm, fd, ty, tm, td].some((v) => v === undefined || Number.isNaN(v))) return 0;
  let years = (ty ?? 0) - (fy ?? 0);
  if ((tm ?? 0) < (fm ?? 0) || ((tm ?? 0) === (fm ?? 0) && (td ?? 0) < (fd ?? 0))) years -= 1;
  return Math.max(0, years);
}

/** Days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An attendance: "58,141". */
export { thousands } from '../domain/thousands.js';

/**
 * An age as the engine writes it ("42 years 39 days") the way a sentence says it.
 *
 * @example ageWritten('42 years 39 days') // '42 years and 39 days'
 */
export function ageWritten(value: string): string {
  return value.replace(/^(\d+ years?) (\d+ days?)$/, '$1 and $2');
}

/** "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
