import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantKey, kickOffUtc } from './instants.js';

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const day = fc.tuple(fc.integer({ min: 1850, max: 2100 }), two(13), two(32)).map(([y, m, d]) => `${y}-${m}-${d}`);
const clock = fc.oneof(fc.tuple(two(25), two(61)).map(([h, m]) => `${h}:${m}`), fc.constantFrom('7:30', '15:00:00', '', 'noon', '1a:00', '-1:00'), fc.string({ minLength: 5, maxLength: 5 }));
const offset = fc.oneof(fc.tuple(fc.constantFrom('+', '-'), two(25), two(61)).map(([s, h, m]) => `${s}${h}:${m}`), fc.constantFrom('Z', '+0100', '', '+1:00', '+1a:00', '*01:00', '+01-00'), fc.string({ minLength: 6, maxLength: 6 }));

describe('kick-off times', () => {
  it('are read as Date.parse reads the day, the clock and the UTC offset written together', () => {
    fc.assert(
      fc.property(day, clock, offset, (date, time, utcOffset) => {
        const parsed = Date.parse(`${date}T${time}:00${utcOffset}`);
        expect(kickOffUtc({ date, time, utcOffset })).toBe(Number.isNaN(parsed) ? undefined : parsed);
      }),
      { numRuns: 3000 },
    );
  });

  it('give instant keys in UTC that sort as time does, across midnight too', () => {
    // Argentina v France, Lusail, 18 December 2022, 18:00 local (+03:00): 15:00 UTC.
    expect(instantKey({ date: '2022-12-18', time: '18:00', utcOffset: '+03:00' })).toBe('2022-12-18|2022-12-18T15:00');
    // A 21:00 kick-off in Buenos Aires (-03:00) is past midnight in UTC.
    expect(instantKey({ date: '2024-07-01', time: '21:00', utcOffset: '-03:00' })).toBe('2024-07-01|2024-07-02T00:00');
    expect(instantKey({ date: '2024-07-01', time: null, utcOffset: null })).toBe('2024-07-01');
    fc.assert(
      fc.property(day, two(23), two(59), offset, (date, h, m, utcOffset) => {
        const time = `${h}:${m}`;
        const parsed = Date.parse(`${date}T${time}:00${utcOffset}`);
        const expected = Number.isNaN(parsed) ? date : `${date}|${new Date(parsed).toISOString().slice(0, 16)}`;
        expect(instantKey({ date, time, utcOffset })).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
