// The record facts of a match, most newsworthy first: each in the record book's own sentence, then
// its context — who held the record before and for how long, who now shares it, what the data misses.
import type { Fact } from '../records/engine/fact.js';
import type { Sentence } from './story.js';
import type { MatchView } from './match-view.js';
import { ageWritten, countOf, dateWritten, daysBetween, joinAnd, yearsBetween } from './numbers.js';
import type { StoryWriter } from './writer.js';

/** A value that is an age: "42 years 39 days". */
const AGE = /^\d+ years? \d+ days?$/;

/** Facts below this score are left to `matchfacts facts`. */
export const MIN_STORY_SCORE = 20;
/** At most this many facts in a story. */
export const MAX_STORY_FACTS = 5;

/** The facts a story tells, in the order it tells them: the most newsworthy of each record, best first. */
export function storyFacts(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return [...facts]
    .filter((f) => f.score >= MIN_STORY_SCORE)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .filter((f) => {
      if (seen.has(f.definitionId)) return false;
      seen.add(f.definitionId);
      return true;
    })
    .slice(0, MAX_STORY_FACTS);
}

/** The previous holders of a record, other than the new holder. */
export function previousHolders(fact: Fact): string[] {
  return [...new Set(fact.previous.filter((p) => p.subject.key !== fact.subject.key).map((p) => p.subject.name))];
}

/** Holders as a sentence names them: all of up to three, else the first two and how many others. */
export function holdersWritten(names: readonly string[]): string {
  if (names.length <= 3) return joinAnd(names);
  return `${names.slice(0, 2).join(', ')} and ${countOf(names.length - 2, 'other')}`;
}

function earliestPrevious(fact: Fact): string | undefined {
  return fact.previous.map((p) => p.date).sort()[0];
}

function contextSentence(w: StoryWriter, fact: Fact, sources: { facts: string[]; match: string[] }): Sentence | undefined {
  const since = earliestPrevious(fact);
  const holders = previousHolders(fact);
  const holder = holdersWritten(holders);
  if (fact.kind === 'new_record' && since && holder) {
    const years = yearsBetween(since, fact.date);
    const stood = holders.length > 1 ? 'record.stoodShared' : 'record.stood';
    if (years >= 1) return w.sentence(stood, { holder, year: since.slice(0, 4), years: countOf(years, 'year') }, sources, `#${fact.id}`);
    if (holders.length > 1) return undefined;
    const days = daysBetween(since, fact.date);
    if (days >= 1) return w.sentence('record.stoodRecent', { holder, since: dateWritten(since), days: countOf(days, 'day') }, sources, `#${fact.id}`);
    return undefined;
  }
  if (fact.kind === 'equals_record' && holder) return w.sentence('record.shared', { subject: fact.subject.name, holder }, sources, `#${fact.id}`);
  if (fact.kind === 'extends_own_record' && since && yearsBetween(since, fact.date) >= 1) return w.sentence('record.ownSince', { subject: fact.subject.name, year: since.slice(0, 4) }, sources, `#${fact.id}`);
  return undefined;
}

/** The records paragraph. */
export function recordParagraph(w: StoryWriter, view: MatchView, facts: readonly Fact[]): Sentence[] {
  const out: Sentence[] = [];
  for (const fact of facts) {
    const sources = { facts: [fact.id], match: [view.ref] };
    out.push(w.literal('record', fact.text, sources));
    const context = contextSentence(w, fact, sources);
    if (context) out.push(context);
    if (AGE.test(fact.value) && fact.subject.kind === 'player' && fact.kind !== 'milestone') {
      const age = w.sentence('record.age', { subject: fact.subject.name, age: ageWritten(fact.value) }, sources, `#${fact.id}`);
      if (age) out.push(age);
    }
    const note = fact.text.includes('database begins') ? undefined : fact.coverage.notes.find((n) => !fact.text.includes(n));
    if (!fact.coverage.complete && note) {
      const caveat = w.sentence('record.coverage', { note }, sources, `#${fact.id}`);
      if (caveat) out.push(caveat);
    }
  }
  return out;
}
