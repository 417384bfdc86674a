// Calendar arithmetic for Football.TXT dates: month and weekday names, ISO dates, weekdays.

const MONTHS: readonly (readonly [string, number])[] = [
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sept', 9], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];

const WEEKDAYS: readonly (readonly [string, number])[] = [
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['sun', 0], ['mon', 1], ['tues', 2], ['tue', 2], ['wed', 3], ['thurs', 4], ['thur', 4], ['thu', 4], ['fri', 5], ['sat', 6],
  // Two-letter weekdays (`Th Jun 19`) of some files.
  ['su', 0], ['mo', 1], ['tu', 2], ['we', 3], ['th', 4], ['fr', 5], ['sa', 6],
];

/** Regex alternation of every month spelling, longest first. */
export const MONTH_NAMES = MONTHS.map(([name]) => name).join('|');
export const WEEKDAY_NAMES = WEEKDAYS.map(([name]) => name).join('|');

export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const WEEKDAY_ABBREVIATIONS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTHS.find(([spelling]) => spelling === key)?.[1];
}

/** 0 = Sunday. */
export function weekdayNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return WEEKDAYS.find(([spelling]) => spelling === key)?.[1];
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01; `setUTCFullYear` keeps years below 100 literal. */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

/** 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

export function parseIso(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}
