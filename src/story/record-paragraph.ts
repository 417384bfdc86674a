// The record facts of a match, most newsworthy first: each in the record book's own sentence, then
// its context — who held the record before and for how long, who now shares it, what the data misses.
import type { Fact } from '../records/engine/fact.js';
import type { Sentence } from './story.js';
import type { MatchView } from './match-view.js';
import { ageWritten, countOf, dateWritten, daysBetween, numberWord, yearsBetween } from './numbers.js';
import { holdersWritten, nameWritten, previousHolders, recordSentence } from './record-sentence.js';
import { mergeSources, type StoryWriter } from './writer.js';

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
    .filter((f, i, all) => f.kind !== 'streak' || all.findIndex((g) => g.kind === 'streak') === i)
    .slice(0, MAX_STORY_FACTS)
    // A run of results is context, not news: it comes after the records.
    .sort((a, b) => Number(a.kind === 'streak') - Number(b.kind === 'streak'));
}

function earliestPrevious(fact: Fact): string | undefined {
  return fact.previous.map((p) => p.date).sort()[0];
}

function contextSentence(w: StoryWriter, fact: Fact, sources: { facts: string[]; match: string[] }, namesHolders: boolean): Sentence | undefined {
  const since = earliestPrevious(fact);
  const holders = previousHolders(fact);
  const holder = holdersWritten(holders);
  if (fact.kind === 'new_record' && since && holder) {
    const years = yearsBetween(since, fact.date);
    // A tournament is named by its year: the 1990 FIFA World Cup had not held it "since 1990". Say for how long.
    const aTournament = holders.length === 1 && fact.previous.some((p) => p.subject.key !== fact.subject.key && p.subject.kind === 'edition');
    const stood = holders.length > 1 ? 'record.stoodShared' : aTournament ? 'record.stoodFor' : 'record.stood';
    if (years >= 1) return w.sentence(stood, { holder, year: since.slice(0, 4), years: countOf(years, 'year') }, sources, `#${fact.id}`);
    if (holders.length > 1) return undefined;
    const days = daysBetween(since, fact.date);
    if (days >= 1) return w.sentence('record.stoodRecent', { holder, since: dateWritten(since), days: countOf(days, 'day') }, sources, `#${fact.id}`);
    return undefined;
  }
  if (fact.kind === 'equals_record' && holder && !namesHolders) return w.sentence('record.shared', { subject: nameWritten(fact.subject), holder }, sources, `#${fact.id}`);
  if (fact.kind === 'extends_own_record' && since && yearsBetween(since, fact.date) >= 1) return w.sentence('record.ownSince', { subject: nameWritten(fact.subject), year: since.slice(0, 4) }, sources, `#${fact.id}`);
  return undefined;
}

const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** "unbeaten in 6 matches" → "unbeaten in six matches": a small count before a word, as a desk writes it. */
export function smallCountsInWords(text: string): string {
  return text.replace(/(^|[\s(])([1-9]|10) (?=\p{L})/gu, (whole: string, before: string, digits: string, offset: number) => {
    const next = text.slice(offset + whole.length);
    return MONTHS.test(next) ? whole : `${before}${numberWord(Number(digits))} `;
  });
}

/** Two records joined into one sentence stay under this many characters: a desk's long sentence. */
const MAX_JOINED_LENGTH = 220;

/** The records paragraph: one sentence a record, in plain English, then how long it had stood. */
export function recordParagraph(w: StoryWriter, view: MatchView, facts: readonly Fact[]): Sentence[] {
  const out: Sentence[] = [];
  let previous: { fact: Fact; index: number } | undefined;
  // A gap in the data is said once: four of Messi's records resting on the same data need one caveat.
  const caveats = new Set<string>();
  for (const fact of facts) {
    const sources = { facts: [fact.id], match: [view.ref] };
    const written = recordSentence(w, fact);
    if (!written) continue;
    const text = smallCountsInWords(written.text);
    const last = previous ? out[previous.index] : undefined;
    // Two records of one player in one match are one piece of news: one sentence, the subject once —
    // unless the first ends on a value after a colon ("…had stood alone since 2014: 16 goals"), where
    // ", and broke…" would read as part of the value, or the two would make too long a sentence.
    const joinable = last !== undefined && !last.text.includes(':') && last.text.length + text.length <= MAX_JOINED_LENGTH;
    if (previous && last && joinable && previous.fact.subject.key === fact.subject.key && fact.subject.kind === 'player' && text.startsWith(`${fact.subject.name} `)) {
      out[previous.index] = w.literal('record', `${last.text.replace(/\.$/, '')}, and ${text.slice(fact.subject.name.length + 1)}`, mergeSources(last.sources, sources));
      previous = undefined;
    } else {
      out.push(w.literal('record', text, sources));
      previous = { fact, index: out.length - 1 };
    }
    const context = contextSentence(w, fact, sources, written.namesHolders);
    if (context) {
      out.push(context);
      previous = undefined;
    }
    if (AGE.test(fact.value) && fact.subject.kind === 'player' && fact.kind !== 'milestone' && !written.text.includes(fact.value)) {
      const age = w.sentence('record.age', { subject: fact.subject.name, age: ageWritten(fact.value) }, sources, `#${fact.id}`);
      if (age) out.push(age);
    }
    const note = fact.text.includes('database begins') ? undefined : fact.coverage.notes.find((n) => !fact.text.includes(n));
    if (!fact.coverage.complete && note && !caveats.has(note)) {
      caveats.add(note);
      const caveat = w.sentence('record.coverage', { note: smallCountsInWords(note) }, sources, `#${fact.id}`);
      if (caveat) out.push(caveat);
    }
  }
  return out;
}
