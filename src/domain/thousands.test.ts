import { describe, expect, it } from 'vitest';
import { thousands } from './thousands.js';

describe('thousands', () => {
  it('groups whole numbers as an English desk writes them: the Maracanã 1950 crowd, 173,850', () => {
    expect(thousands(173_850)).toBe('173,850');
    expect(thousands(999)).toBe('999');
    expect(thousands(1000)).toBe('1,000');
    expect(thousands(2_495_412)).toBe('2,495,412');
    expect(thousands(-1234)).toBe('-1,234');
    expect(thousands(0)).toBe('0');
  });

  it('writes the same as the locale rules, without loading them, for every whole number tried', () => {
    for (const n of [1, 12, 123, 1234, 12_345, 123_456, 1_234_567, 10_000_000, 101, 1_000_001]) expect(thousands(n)).toBe(n.toLocaleString('en-US'));
  });

  it('leaves a number with decimals to the locale rules', () => {
    expect(thousands(1234.5)).toBe('1,234.5');
  });
});
