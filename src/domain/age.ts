// Ages in calendar years and days, as a desk writes them: "17 years 239 days".
//
// Convention for 29 February births: in a year without 29 February the birthday falls on
// 1 March (the day after 28 February), as in UK and Hong Kong law. So someone born 2000-02-29
// is 1 year 0 days old on 2001-03-01, and 0 years 365 days old on 2001-02-28.

export interface Age {
  readonly years: number;
  readonly days: number;
}

/** The digits of `YYYY-MM-DD` as a number (20010301), or -1 when the text has another form. */
function isoDigits(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function parse(date: string): { y: number; m: number; d: number } {
  // The record book asks the age of every scorer of every match: the usual form is read without splitting.
  const n = isoDigits(date);
  if (n >= 0) return { y: Math.floor(n / 10000), m: Math.floor(n / 100) % 100, d: n % 100 };
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) {
    throw new RangeError(`not an ISO date: ${date}`);
  }
  return { y, m, d };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

/** The birthday in a given year, under the 1 March convention for 29 February births. */
function birthdayIn(year: number, birth: { m: number; d: number }): number {
  if (birth.m === 2 && birth.d === 29 && !isLeap(year)) return utc(year, 3, 1);
  return utc(year, birth.m, birth.d);
}

/**
 * Age on `onDate` of someone born on `birthDate` (both `YYYY-MM-DD`).
 *
 * @example ageOn('1940-10-23', '1958-06-19') // { years: 17, days: 239 } — Pelé in the 1958 quarter-final
 */
export function ageOn(birthDate: string, onDate: string): Age {
  const birth = parse(birthDate);
  const on = parse(onDate);
  const target = utc(on.y, on.m, on.d);
  if (target < utc(birth.y, birth.m, birth.d)) throw new RangeError(`${onDate} is before the birth date ${birthDate}`);
  let years = on.y - birth.y;
  if (birthdayIn(on.y, birth) > target) years -= 1;
  const lastBirthday = birthdayIn(birth.y + years, birth);
  const days = Math.round((target - lastBirthday) / 86_400_000);
  return { years, days };
}

export function formatAge(age: Age): string {
  return `${age.years} ${age.years === 1 ? 'year' : 'years'} ${age.days} ${age.days === 1 ? 'day' : 'days'}`;
}

/**
 * Ages, in whole years, at which a player can be on the pitch in a senior match. Outside them the
 * data is wrong — typically two players of one name joined — so identity matching refuses such a
 * pairing, the record book treats the age as unknown and a claim check sets the entry aside.
 */
export const PLAYING_AGE = { min: 13, max: 46 } as const;
