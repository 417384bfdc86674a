// The PRNG is the root of every synthetic value: same seed, same numbers, on any platform.
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate, weekday } from './calendar.js';
import { Random } from './random.js';

describe('Random', () => {
  it('gives the same sequence for the same seed and keys, and another for another seed', () => {
    const draw = (seed: number, key: number) => {
      const rng = Random.from(seed, key);
      return Array.from({ length: 8 }, () => rng.uint32());
    };
    expect(draw(42, 1)).toEqual(draw(42, 1));
    expect(draw(42, 1)).not.toEqual(draw(43, 1));
    expect(draw(42, 1)).not.toEqual(draw(42, 2));
  });

  it('pins the first outputs of seed 42, so a change to the generator is noticed', () => {
    const rng = Random.from(42);
    const first = [rng.uint32(), rng.uint32(), rng.uint32()];
    // Recorded from this implementation; any platform must give the same three numbers.
    expect(first).toEqual(PINNED_SEED_42);
  });

  it('keeps draws within their bounds', () => {
    const rng = Random.from(7);
    for (let i = 0; i < 10_000; i++) {
      const n = rng.int(-3, 5);
      expect(n).toBeGreaterThanOrEqual(-3);
      expect(n).toBeLessThanOrEqual(5);
      expect(rng.weightedIndex([0, 5, 0, 1])).not.toBe(0);
      expect(rng.binomial(24, 50_000)).toBeLessThanOrEqual(24);
    }
  });

  it('has a binomial mean of trials × rate', () => {
    const rng = Random.from(3);
    let total = 0;
    for (let i = 0; i < 20_000; i++) total += rng.binomial(24, 55_000);
    expect(total / 20_000).toBeCloseTo(1.32, 1);
  });
});

describe('calendar', () => {
  it('round-trips day numbers, 29 February included', () => {
    expect(isoDate(dayNumber(1970, 1, 1))).toBe('1970-01-01');
    expect(isoDate(dayNumber(1904, 2, 29))).toBe('1904-02-29');
    expect(isoDate(dayNumber(1900, 3, 1) - 1)).toBe('1900-02-28');
    expect(isoDate(dayNumber(2000, 3, 1) - 1)).toBe('2000-02-29');
    expect(weekday(dayNumber(2022, 12, 18))).toBe(0);
  });
});

const PINNED_SEED_42: readonly number[] = [2324485793, 2291379298, 3450299756];
