import { describe, expect, it } from 'vitest';
import { calendarDateProblem, isCalendarDate } from './calendar-date.js';

describe('calendar dates', () => {
  it('takes the days the calendar has, leap days included', () => {
    expect(isCalendarDate('2022-12-18')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });
  it('refuses impossible days and says why', () => {
    expect(calendarDateProblem('2022-02-30')).toBe('February 2022 has 28 days');
    expect(calendarDateProblem('1900-02-29')).toBe('February 1900 has 28 days');
    expect(calendarDateProblem('2022-04-31')).toBe('April 2022 has 30 days');
    expect(calendarDateProblem('2022-13-01')).toBe('there is no month 13');
    expect(calendarDateProblem('2022-00-10')).toBe('there is no month 00');
    expect(calendarDateProblem('2022-01-00')).toBe('January 2022 has 31 days');
    expect(calendarDateProblem('18/12/2022')).toBe('expected a date as YYYY-MM-DD');
  });
});
