// Argument checks shared by commands: a bad value is a clear error before any work starts.
import { InvalidArgumentError } from 'commander';
import { calendarDateProblem } from '../domain/calendar-date.js';

export function isoDate(value: string): string {
  const problem = calendarDateProblem(value);
  if (problem === undefined) return value;
  if (problem.startsWith('expected')) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  throw new InvalidArgumentError(`"${value}" is not a day of the calendar (${problem}): give a date as YYYY-MM-DD`);
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
}
