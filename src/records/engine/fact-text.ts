// A fact in one English sentence: the definition's own sentence for the fact kind with its
// placeholders filled, or a plain default built from the title.
import type { RecordDefinition } from '../definitions/schema.js';
import type { Book } from './compile.js';
import { ordinalWord } from './compile.js';
import type { CoverageVerdict } from './coverage.js';
import type { DraftFact } from './evaluate-context.js';
import type { RecordEntry } from './fact.js';

/** "A", "A and B", "A, B and C"; a long list is cut: "A, B, C and 9 others". */
export function joinNames(names: readonly string[], most = 4): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  if (unique.length > most) return `${unique.slice(0, most - 1).join(', ')} and ${unique.length - most + 1} others`;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

function previousDate(previous: readonly RecordEntry[]): string {
  const years = [...new Set(previous.map((e) => e.date.slice(0, 4)))];
  return joinNames(years);
}

/** A title inside a sentence: "Longest unbeaten run…" → "longest unbeaten run…", but "FIFA…" stays. */
function lowerFirst(text: string): string {
  const firstWord = text.split(' ')[0] ?? '';
  const acronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  return acronym ? text : (text[0]?.toLowerCase() ?? '') + text.slice(1);
}

/** Touches a desk would make: "United States' first win", "the first player" (not "just the first"). */
function polish(text: string): string {
  return text
    .replace(/(\p{L}s)'s\b/gu, "$1'")
    .replace(/\b(just|only) the first\b/g, 'the first')
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

const DEFAULTS: Record<DraftFact['kind'], string> = {
  new_record: 'New record — {title}: {subject}, {value} (previous: {previous}, {previousValue}, {previousDate}).',
  equals_record: 'Record equalled — {title}: {subject}, {value}, level with {previous}.',
  extends_own_record: '{subject} extended the record — {title}: now {value} (previously {previousValue}).',
  nth_member: '{subject} is the {ordinal} — {title}.',
  first: '{title}: {subject}.',
  first_since: '{subject}: {title}, the first since {since}.',
  milestone: '{subject} reached {value} — {title}.',
  streak: '{subject} now on a run of {value} — record for the {title}: {previousValue}, {previous}.',
};

export function factText(definition: RecordDefinition, book: Book, draft: DraftFact, coverage: CoverageVerdict, simultaneous = false): string {
  const template =
    definition.text?.[draft.kind] ?? (draft.kind === 'streak' && draft.previous.length === 0 ? '{subject} now on a run of {value} — {title}.' : DEFAULTS[draft.kind]);
  const previous = draft.previous;
  const row = draft.row;
  const values: Record<string, string> = {
    title: lowerFirst(definition.title.replaceAll('{competition}', book.label)),
    subject: draft.subject.name,
    value: draft.value,
    previous: joinNames(previous.map((e) => e.subject.name)),
    previousValue: joinNames(previous.map((e) => e.value)),
    previousDate: previousDate(previous),
    competition: book.label,
    edition: row.match.editionName,
    team: row.team?.name ?? '',
    opponent: row.opponent?.name ?? '',
    date: row.match.date,
    n: String(draft.n ?? draft.amount),
    ordinal: ordinalWord(draft.n ?? draft.amount),
    since: draft.since !== undefined ? String(draft.since) : '',
  };
  let text = polish(template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole));
  if (simultaneous) {
    const why = draft.kind === 'milestone' || draft.kind === 'first' || draft.kind === 'first_since'
      ? 'counting the day\'s matches in an order the data does not give'
      : 'another match that day moved this record too; which came first is not in the data';
    text = `${text.replace(/\.$/, '')} (${why}).`;
  }
  if (coverage.caveat && draft.kind !== 'first' && draft.kind !== 'streak') {
    text = `${text.replace(/\.$/, '')} (${coverage.caveat}).`;
  }
  if (coverage.since && (draft.kind === 'first' || draft.kind === 'nth_member' || draft.kind === 'milestone' || draft.kind === 'new_record' || draft.kind === 'equals_record' || draft.kind === 'extends_own_record' || draft.kind === 'first_since')) {
    text = `${text.replace(/\.$/, '')} (since ${coverage.since}, where this database begins).`;
  }
  return text;
}
