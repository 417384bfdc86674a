import { describe, expect, it } from 'vitest';
import type { RecordEntry } from './fact.js';
import { MemoryState } from './state.js';
import { appendProgression, PROGRESSION_PAGE, readProgression } from './progression.js';

const BOOK = 'uefa-most-goals-career|all';

function entry(n: number, date: string, matchId = n): RecordEntry {
  return { subject: { kind: 'player', key: 'p7', id: 7, name: 'Cristiano Ronaldo' }, amount: n, value: String(n), matchId, date };
}

function book() {
  const state = new MemoryState();
  const get = <T>(key: string) => state.get<T>(BOOK, 'progression', key);
  const set = (key: string, value: unknown) => state.set(BOOK, 'progression', key, value);
  return { state, get, set, append: (e: RecordEntry) => appendProgression(get, set, e), read: () => readProgression(get) };
}

describe('a record progression kept in pages', () => {
  it('reads back every move in order across page boundaries, and a move rewrites only the last page', () => {
    const { append, read, get } = book();
    const moves = Array.from({ length: PROGRESSION_PAGE * 2 + 5 }, (_, i) => entry(i + 1, '', 1000 + i));
    const kept: RecordEntry[] = [];
    for (const move of moves) {
      // One move per day, as the engine appends them: give each its own day.
      const dated = { ...move, date: `${2000 + kept.length}-06-01` };
      append(dated);
      kept.push(dated);
    }
    expect(read()).toEqual(kept);
    expect(get<number>('#count')).toBe(kept.length);
    expect(get<RecordEntry[]>('p0')).toHaveLength(PROGRESSION_PAGE);
    expect(get<RecordEntry[]>('p2')).toHaveLength(5);
  });

  it('keeps the holder after an instant: a second match of the same day replaces the first, even just after a page boundary', () => {
    const { append, read } = book();
    for (let i = 0; i < PROGRESSION_PAGE; i++) append(entry(i + 1, `19${String(10 + i).padStart(2, '0')}-01-01`, i + 1));
    // Two matches of one day moved the record: 65 then 66 goals; the book keeps the day's last holder.
    append(entry(65, '2024-05-01', 500));
    append(entry(66, '2024-05-01', 501));
    const all = read();
    expect(all).toHaveLength(PROGRESSION_PAGE + 1);
    expect(all.at(-1)).toMatchObject({ amount: 66, matchId: 501 });
    // The same match moving it again that day is a new entry (a tally moves once per match, so this is a later instant).
    append(entry(67, '2024-05-01', 501));
    expect(read()).toHaveLength(PROGRESSION_PAGE + 2);
  });

  it('is empty for a book whose record never moved', () => {
    expect(book().read()).toEqual([]);
  });
});
