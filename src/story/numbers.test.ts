import { describe, expect, it } from 'vitest';
import { ageWritten, countOf, dateWritten, numberWord, ordinal, thousands, yearsBetween } from './numbers.js';

describe('numbers as a desk writes them', () => {
  it('counts in words up to ten, digits above', () => {
    expect(countOf(4, 'goal')).toBe('four goals');
    expect(countOf(1, 'goal')).toBe('one goal');
    expect(countOf(16, 'goal')).toBe('16 goals');
    expect(numberWord(10)).toBe('ten');
    expect(numberWord(11)).toBe('11');
    // England's 2,386th goal in internationals, not "2386".
    expect(countOf(2386, 'goal')).toBe('2,386 goals');
  });

  it('ordinals, dates, ages, crowds and years between', () => {
    expect([ordinal(3), ordinal(16), ordinal(22), ordinal(111), ordinal(1000)]).toEqual(['third', '16th', '22nd', '111th', '1,000th']);
    expect(dateWritten('2014-07-08')).toBe('8 July 2014');
    expect(ageWritten('42 years 39 days')).toBe('42 years and 39 days');
    expect(thousands(58141)).toBe('58,141');
    expect(yearsBetween('2006-06-27', '2014-07-08')).toBe(8);
    expect(yearsBetween('2006-07-09', '2014-07-08')).toBe(7);
  });
});
