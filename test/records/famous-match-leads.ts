// How many of the desks' leads of famous matches the record book puts among a match's first facts.
import { nameKey } from '../../src/domain/names.js';
import type { Fact } from '../../src/records/engine/fact.js';
import type { FamousMatch } from './famous-matches.js';

/** The facts a reader sees first: highest score first, as every command lists them. */
export function firstFacts(facts: readonly Fact[], n = 8): Fact[] {
  return [...facts].sort((a, b) => b.score - a.score).slice(0, n);
}

/** A lead is found when a fact of its record names its holder (every word of it, "v" and "and" aside). */
export function leadFound(lead: FamousMatch['leads'][number], facts: readonly Fact[]): boolean {
  const words = nameKey(lead.subject).split(' ').filter((w) => w !== 'v' && w !== 'and');
  return facts.some((f) => {
    if (f.definitionId !== lead.definitionId) return false;
    const have = new Set(nameKey(`${f.subject.name} ${f.proof.after[0]?.team ?? ''} ${f.proof.after[0]?.opponent ?? ''}`).split(' '));
    return words.every((w) => have.has(w));
  });
}
