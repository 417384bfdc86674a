// A record fact in plain English: the definition's own sentence where it reads like a person's,
// else one written here from the fact's parts (title, value, previous holders) — never the book's
// shorthand ("Record equalled — most …: X, 3, level with Y").
import type { Fact } from '../records/engine/fact.js';
import { countOf, joinAnd, numberWord, ordinal } from './numbers.js';
import type { StoryWriter } from './writer.js';

/** The book's own labels: a fact text with one of these is shorthand, not a sentence. */
const SHORTHAND = [/ — /, /\(previous:/, /\(previously /, /now on a run of/i, /^(New record|Record equalled|A |An |The first )[^.]*: /, /^[^.]*: [^.]*\.$/];

/** True when the book's text for the fact reads as a sentence a desk would print. */
export function readsPlain(fact: Fact): boolean {
  return !SHORTHAND.some((p) => p.test(fact.text));
}

/** Title words a sentence writes in lower case: "Most goals…" → "most goals…". */
const COMMON_OPENERS = new Set(['most', 'longest', 'biggest', 'fastest', 'latest', 'youngest', 'oldest', 'highest-scoring', 'highest', 'lowest', 'fewest', 'earliest', 'players', 'first', 'a', 'an', 'the', 'every']);

/**
 * A title's trailing qualifier, as a sentence says it: a record is all time unless it says
 * otherwise, and "all teams" is said by the subject (a tournament); a career is a career.
 */
const QUALIFIERS: readonly [RegExp, string][] = [
  [/,\s*all time$/i, ''],
  [/,\s*all teams$/i, ''],
  [/,\s*career$/i, ' over a career'],
  [/,\s*by a team$/i, ' by a team'],
];

/** The record's title as a noun phrase inside a sentence: "the most goals by one player in a men's World Cup final". */
export function titlePhrase(title: string): string {
  let plain = title.trim();
  for (const [qualifier, said] of QUALIFIERS) plain = plain.replace(qualifier, said);
  const [first = '', ...rest] = plain.split(' ');
  const lower = COMMON_OPENERS.has(first.toLowerCase()) ? first.toLowerCase() : first;
  const phrase = [lower, ...rest].join(' ');
  return /^(the|a|an) /.test(phrase) ? phrase : `the ${phrase}`;
}

/** Subjects that are things, not people or teams: "its own record". */
const THINGS: ReadonlySet<string> = new Set(['edition', 'match', 'tie']);

/** A subject as a sentence names it: a tournament with its article ("the 2026 FIFA World Cup"); a match as "Netherlands v Spain". */
export function nameWritten(subject: { readonly kind: string; readonly name: string }): string {
  return subject.kind === 'edition' && !/^the\s/i.test(subject.name) ? `the ${subject.name}` : subject.name;
}

/** "his", "her", "its" or "their", from the book: a men's or women's record, a tournament's, or a team's. */
export function possessive(fact: Fact): string {
  if (THINGS.has(fact.subject.kind)) return 'its';
  if (fact.subject.kind !== 'player') return 'their';
  if (/women's/i.test(fact.title) || /women's/i.test(fact.book)) return 'her';
  if (/\bmen's\b/i.test(fact.title) || /\bmen's\b/i.test(fact.book) || /^fifa world cup$/i.test(fact.book)) return 'his';
  return 'their';
}

/** A value as a desk writes it: a small count in words, with its noun where the title says what is counted. */
export function valueWritten(fact: Fact, value: string, amount: number): string {
  if (!/^\d+$/.test(value)) return value;
  const noun = nounOf(fact);
  if (noun) return countOf(amount, noun, noun === 'match' ? 'matches' : `${noun}s`);
  return numberWord(amount);
}

/** What a record counts, where its title says so plainly. */
function nounOf(fact: Fact): string | undefined {
  const t = fact.title.toLowerCase();
  if (fact.kind === 'streak' || / run\b/.test(t)) return 'match';
  if (/^most .*\bgoals\b/.test(t) || /highest-scoring/.test(t)) return 'goal';
  if (/^most .*\btitles\b/.test(t)) return 'title';
  return undefined;
}

/** The earliest year a previous holder set the record. */
function sinceYear(fact: Fact): string | undefined {
  return fact.previous.map((p) => p.date).sort()[0]?.slice(0, 4);
}

/** The previous holders of a record, other than the new holder, as a sentence names them. */
export function previousHolders(fact: Fact): string[] {
  return [...new Set(fact.previous.filter((p) => p.subject.key !== fact.subject.key).map((p) => nameWritten(p.subject)))];
}

/** Holders as a sentence names them: all of up to three, else the first two and how many others. */
export function holdersWritten(names: readonly string[]): string {
  if (names.length <= 3) return joinAnd(names);
  return `${names.slice(0, 2).join(', ')} and ${countOf(names.length - 2, 'other')}`;
}

/** "since 2011/12, where this database begins": the data's horizon, said once and plainly. */
function horizonOf(fact: Fact): string | undefined {
  return /since (\S+), where this database begins/.exec(fact.text)?.[1];
}

/**
 * A streak's run as a noun phrase with its scope: "unbeaten run at the men's World Cup". A title
 * that says only whose run it is ("of a men's national team") takes its scope from the book, so
 * that a run in all internationals is not read as one at the tournament the story is about.
 */
function runPhrase(title: string, book: string): string | undefined {
  const m = /^longest (.+? run)(?: (of|at|in|within) (.+))?$/i.exec(title.trim());
  if (!m) return undefined;
  const [, run = '', prep, scope] = m;
  if (prep && prep.toLowerCase() !== 'of' && scope) return `${run.toLowerCase()} ${prep} ${scope}`;
  return book ? `${run.toLowerCase()} in ${/^\p{Lu}/u.test(book) ? 'the ' : ''}${book}` : run.toLowerCase();
}

/** A text that opens on the subject's first or only something and says no more is a noun phrase. */
const FIRST_OR_ONLY = /^(first|only|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b/i;

/**
 * The definition's own text as a sentence (no full stop). A text written as a noun phrase ("Argentina's
 * first win over England since 1986") is said as what the match was: "It was Argentina's first…".
 */
function plainSentence(w: StoryWriter, fact: Fact): string {
  const text = fact.text.trim().replace(/\.$/, '');
  const subject = fact.subject.name;
  const opening = [`${subject}'s `, `${subject}’s `, `${subject}' `].find((p) => text.startsWith(p));
  if (opening === undefined || !FIRST_OR_ONLY.test(text.slice(opening.length)) || /\b(?:is|was|were|has|have|had|became|now)\b/.test(text)) return text;
  return w.phrase('recordPlain.itWas', { phrase: text }, `#${fact.id}`) ?? text;
}

/**
 * The fact's sentence (no full stop), and whether it already names the previous holders — so the
 * paragraph does not say it twice.
 *
 * @example recordSentence(w, mbappeFinalGoals).text // "Kylian Mbappé's three goals equalled the record for the most goals by one player in a men's World Cup final, held by Geoff Hurst since 1966"
 */
export function recordSentence(w: StoryWriter, fact: Fact): { text: string; namesHolders: boolean } | undefined {
  const caveat = horizonOf(fact);
  const horizon = caveat ? (w.phrase('record.horizon', { season: caveat }) ?? '') : '';
  if (readsPlain(fact)) return { text: plainSentence(w, fact), namesHolders: previousHolders(fact).some((h) => fact.text.includes(h)) };
  const holders = previousHolders(fact);
  const holder = holdersWritten(holders);
  const previous = fact.previous.find((p) => p.subject.key !== fact.subject.key) ?? fact.previous[0];
  const slots = {
    subject: nameWritten(fact.subject),
    title: titlePhrase(fact.title),
    value: valueWritten(fact, fact.value, fact.amount),
    holder: holder || undefined,
    since: sinceYear(fact),
    previousValue: previous ? valueWritten(fact, previous.value, previous.amount) : undefined,
    own: possessive(fact),
    run: runPhrase(fact.title, fact.book),
    nth: fact.n !== undefined ? ordinal(fact.n) : undefined,
    rest: /^players to (.+)$/i.exec(fact.title.trim())?.[1],
    firstOf: /^(?:a|an) (?:team|club|national team|player)'s first (.+)$/i.exec(fact.title.trim())?.[1],
    _horizon: horizon,
  };
  const salt = `#${fact.id}`;
  let text: string | undefined;
  switch (fact.kind) {
    case 'new_record':
      text = w.phrase(holder ? 'recordPlain.new' : 'recordPlain.newAlone', slots, salt);
      return text ? { text, namesHolders: holder !== '' } : undefined;
    case 'equals_record':
      // Held by more than one: it did not stand alone.
      text = w.phrase(holders.length > 1 ? 'recordPlain.equalsShared' : 'recordPlain.equals', slots, salt) ?? w.phrase('recordPlain.equalsNoYear', slots, salt);
      return text ? { text, namesHolders: true } : undefined;
    case 'extends_own_record':
      text = w.phrase('recordPlain.extends', slots, salt);
      return text ? { text, namesHolders: false } : undefined;
    case 'streak':
      text = w.phrase(holder ? 'recordPlain.streak' : 'recordPlain.streakAlone', slots, salt);
      return text ? { text, namesHolders: true } : undefined;
    case 'nth_member':
      text = w.phrase(fact.n === 1 ? 'recordPlain.nthFirst' : 'recordPlain.nth', slots, salt);
      return text ? { text, namesHolders: false } : undefined;
    case 'first':
    case 'first_since':
      text = w.phrase('recordPlain.first', slots, salt);
      return text ? { text, namesHolders: false } : undefined;
    default:
      return undefined;
  }
}
