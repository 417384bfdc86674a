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
  return { get, append: (e: RecordEntry) => appendProgression(get, set, e), read: () => readProgression(get) };
}

describe('a record progression kept in pages', () => {
  it('reads back every move in order across page boundaries, and a move rewrites only the last page', () => {
    const { append, read, get } = book();
    // One move per day, as the engine appends a career record's moves.
    const moves = Array.from({ length: PROGRESSION_PAGE * 2 + 5 }, (_, i) => entry(i + 1, `${2000 + i}-06-01`, 1000 + i));
    moves.slice(0, PROGRESSION_PAGE * 2 + 1).forEach(append);
    const fullPages = [get<RecordEntry[]>('p0'), get<RecordEntry[]>('p1')];
    moves.slice(PROGRESSION_PAGE * 2 + 1).forEach(append);
    expect(read()).toEqual(moves);
    expect(get<number>('#count')).toBe(moves.length);
    expect(fullPages.map((page) => page?.length)).toEqual([PROGRESSION_PAGE, PROGRESSION_PAGE]);
    // The full pages are the very values stored before the later moves: nothing rewrote them.
    expect([get('p0'), get('p1')]).toEqual(fullPages);
    expect(get('p0')).toBe(fullPages[0]);
    expect(get('p1')).toBe(fullPages[1]);
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
