// Dates as sources and people write them, YYYY-MM-DD: only days the calendar has. (JavaScript's
// Date.parse turns 2022-02-30 into 2 March, so a shape check alone lets impossible days through.)

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `text` is not a calendar day as YYYY-MM-DD, or undefined when it is one.
 *
 * @example calendarDateProblem('2022-02-30') // 'February 2022 has 28 days'
 */
export function calendarDateProblem(text: string): string | undefined {
  const parts = ISO_DATE.exec(text);
  if (!parts) return 'expected a date as YYYY-MM-DD';
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12) return `there is no month ${parts[2]}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return `${name} ${year} has ${days} days`;
  }
  return undefined;
}

export function isCalendarDate(text: string): boolean {
  return calendarDateProblem(text) === undefined;
}
