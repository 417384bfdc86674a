import { describe, expect, it } from 'vitest';
import { ageAmount, formatAgeAmount, formatMinuteAmount, ordinalWord } from './compile.js';

describe('ages as the record book measures them', () => {
  it('Pelé against Wales, 1958-06-19: 17 years 239 days', () => {
    expect(formatAgeAmount(ageAmount('1940-10-23', '1958-06-19'))).toBe('17 years 239 days');
  });

  it('a 29 February birthday falls on 1 March in common years: Ferran Torres (born 2000-02-29) v Costa Rica, 2022-11-23', () => {
    expect(formatAgeAmount(ageAmount('2000-02-29', '2022-11-23'))).toBe('22 years 267 days');
    expect(formatAgeAmount(ageAmount('2000-02-29', '2001-02-28'))).toBe('0 years 365 days');
    expect(formatAgeAmount(ageAmount('2000-02-29', '2001-03-01'))).toBe('1 year 0 days');
  });

  it('orders ages by years, then days: older is a bigger amount', () => {
    expect(ageAmount('1952-05-20', '1994-06-28')).toBeGreaterThan(ageAmount('1952-05-20', '1990-06-23'));
  });
});

describe('numbers as a desk writes them', () => {
  it('ordinals in words to ten, then figures', () => {
    expect([1, 2, 4, 10, 11, 12, 13, 16, 21, 22, 23, 101, 111, 1000].map(ordinalWord)).toEqual([
      'first', 'second', 'fourth', 'tenth', '11th', '12th', '13th', '16th', '21st', '22nd', '23rd', '101st', '111th', '1,000th',
    ]);
  });

  it("minutes with stoppage time: 90+3'", () => {
    expect(formatMinuteAmount(90.03)).toBe("90+3'");
    expect(formatMinuteAmount(1)).toBe("1'");
  });
});
