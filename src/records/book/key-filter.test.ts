// The filter that lets a rebuild skip reading a state key the store was never given: a "no" must
// always be right (else a spilled tally would be lost), a "maybe" should rarely be wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyFilter } from './key-filter.js';

describe('the filter of state keys handed to the store', () => {
  it('never says no to a key it was given, however many it grows to hold', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string(), fc.constantFrom('tally', 'top', 'seen'), fc.string()), { maxLength: 300 }), (keys) => {
        const filter = new KeyFilter(16);
        for (const [book, part, key] of keys) filter.add(book, part, key);
        return keys.every(([book, part, key]) => filter.mightHave(book, part, key));
      }),
    );
  });

  it('says maybe to about one key in a hundred it was not given (a season of league tallies)', () => {
    const filter = new KeyFilter(1_000);
    // 50,000 players' season tallies, so the filter grows past its first size several times.
    for (let player = 0; player < 50_000; player += 1) filter.add('league-men-most-goals-season|c1', 'tally', `p${player}@1159`);
    let wrong = 0;
    for (let player = 50_000; player < 150_000; player += 1) if (filter.mightHave('league-men-most-goals-season|c1', 'tally', `p${player}@1159`)) wrong += 1;
    expect(wrong / 100_000).toBeLessThan(0.03);
  });

  it("keeps the three parts of a key apart: ('a', 'tally', 'p1') is not ('a', 'tallyp1', '')", () => {
    const filter = new KeyFilter(16);
    filter.add('a', 'tally', 'p1');
    expect(filter.mightHave('a', 'tally', 'p1')).toBe(true);
    expect(filter.mightHave('a', 'tallyp1', '')).toBe(false);
  });
});
