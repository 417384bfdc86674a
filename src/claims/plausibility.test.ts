// Entries set aside as impossible: the 2026 scorer joined by name to a 1962 player of the same name.
import { describe, expect, it } from 'vitest';
import { loadBuiltInCatalogue } from '../records/definitions/load-definitions.js';
import type { RecordEntry } from '../records/engine/fact.js';
import { setAsideImplausible } from './plausibility.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);
const oldest = definitions.find((d) => d.id === 'wc-men-oldest-scorer')!;
const mostGoals = definitions.find((d) => d.id === 'wc-men-most-goals-career')!;

function entry(name: string, years: number, days: number, date: string): RecordEntry {
  return { subject: { kind: 'player', key: `p${name.length}`, id: name.length, name }, amount: years * 1000 + days, value: `${years} years ${days} days`, matchId: 1, date };
}

describe('setAsideImplausible', () => {
  it('an 87-year-old scorer is set aside with a note; Roger Milla at 42 stays', () => {
    const { kept, setAside, notes } = setAsideImplausible(oldest, [entry('Jairo Arias', 87, 243, '2026-07-03'), entry('Roger Milla', 42, 39, '1994-06-28')]);
    expect(kept.map((e) => e.subject.name)).toEqual(['Roger Milla']);
    expect(setAside.map((e) => e.subject.name)).toEqual(['Jairo Arias']);
    expect(notes[0]).toContain('joined two players of the same name');
  });

  it('only ages are judged: a goal count is never set aside', () => {
    const many = { ...entry('Kylian Mbappé', 0, 0, '2026-07-18'), amount: 99_000, value: '99' };
    expect(setAsideImplausible(mostGoals, [many]).kept).toHaveLength(1);
  });
});
