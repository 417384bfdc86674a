import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageOn, formatAge } from './age.js';

describe('ageOn: years and days by the calendar', () => {
  it('Pelé, born 1940-10-23, was 17 years 239 days old in the 1958 quarter-final against Wales', () => {
    expect(formatAge(ageOn('1940-10-23', '1958-06-19'))).toBe('17 years 239 days');
  });
  it('Roger Milla, born 1952-05-20, scored against Russia on 1994-06-28 aged 42 years 39 days', () => {
    expect(formatAge(ageOn('1952-05-20', '1994-06-28'))).toBe('42 years 39 days');
  });
  it('on the birthday itself the days are zero', () => {
    expect(ageOn('1987-06-24', '2022-06-24')).toEqual({ years: 35, days: 0 });
  });
  it('a 29 February birth has its birthday on 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2001-02-28')).toEqual({ years: 0, days: 365 });
    expect(ageOn('2000-02-29', '2001-03-01')).toEqual({ years: 1, days: 0 });
    expect(ageOn('2000-02-29', '2004-02-29')).toEqual({ years: 4, days: 0 });
    expect(ageOn('2000-02-29', '2004-02-28')).toEqual({ years: 3, days: 364 });
  });
  it('days are always less than a year and ages never go backwards', () => {
    const day = fc.integer({ min: 0, max: 40_000 });
    fc.assert(
      fc.property(day, day, (a, span) => {
        const birth = new Date(Date.UTC(1900, 0, 1) + a * 86_400_000).toISOString().slice(0, 10);
        const on = new Date(Date.UTC(1900, 0, 1) + (a + span) * 86_400_000).toISOString().slice(0, 10);
        const next = new Date(Date.UTC(1900, 0, 1) + (a + span + 1) * 86_400_000).toISOString().slice(0, 10);
        const age = ageOn(birth, on);
        const later = ageOn(birth, next);
        expect(age.days).toBeGreaterThanOrEqual(0);
        expect(age.days).toBeLessThan(366);
        expect(later.years * 1000 + later.days).toBeGreaterThan(age.years * 1000 + age.days);
      }),
    );
  });
});
