import { describe, expect, it } from 'vitest';
import { ByStateKey } from './by-state-key.js';

describe('entries by book, part and key', () => {
  const BOOK = 'most-goals-men-wc|world-cup';

  it('makes an entry once per key, and tells books, parts and keys apart', () => {
    const made: string[] = [];
    const entries = new ByStateKey((book, part, key) => {
      made.push(`${book} ${part} ${key}`);
      return { book, part, key };
    });
    const klose = entries.entry(BOOK, 'tally', 'player:Miroslav Klose');
    expect(entries.entry(BOOK, 'tally', 'player:Miroslav Klose')).toBe(klose);
    expect(entries.entry(BOOK, 'top', 'player:Miroslav Klose')).not.toBe(klose);
    expect(entries.entry('most-goals-women-wc|world-cup', 'tally', 'player:Miroslav Klose')).not.toBe(klose);
    expect(made).toHaveLength(3);
  });

  it('forgets a key deleted: the next ask makes it again, and leaves its neighbours alone', () => {
    const entries = new ByStateKey((book, part, key) => ({ book, part, key }));
    const ronaldo = entries.entry(BOOK, 'tally', 'player:Ronaldo');
    const klose = entries.entry(BOOK, 'tally', 'player:Miroslav Klose');
    entries.delete(BOOK, 'tally', 'player:Ronaldo');
    expect(entries.entry(BOOK, 'tally', 'player:Ronaldo')).not.toBe(ronaldo);
    expect(entries.entry(BOOK, 'tally', 'player:Miroslav Klose')).toBe(klose);
  });
});
