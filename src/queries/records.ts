// The record book as it stands — holder, value, date and the places behind — or how one record
// progressed over time, read from the stored book.
import { NotFoundError } from '../domain/errors.js';
import { booksOf, readStateValue } from '../records/book/record-book-store.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import { partialInternationals, type BookCoverage } from '../records/engine/coverage.js';
import type { RecordEntry } from '../records/engine/fact.js';
import { compileDefinition } from '../records/engine/record-book.js';
import { readProgression } from '../records/engine/progression.js';
import type { Store } from '../store/open-store.js';

export interface BookView {
  definitionId: string;
  title: string;
  book: string;
  since: string | null;
  /** What the data behind this book lacks: earlier matches without scorers, entries without a birth date… */
  coverage: { gaps: Record<string, number>; unmeasured: number; examples: string[] } | null;
  holders: RecordEntry[];
  places: RecordEntry[];
  history?: RecordEntry[];
}

function title(definition: RecordDefinition, label: string): string {
  return definition.title.replaceAll('{competition}', label);
}

/** The books of a definition as they stand; a book the data cannot settle is named in `refused` instead. */
function viewsOf(store: Store, definition: RecordDefinition, flags: RecordQuery, refused: { definitionId: string; reason: string }[]): BookView[] {
  const views: BookView[] = [];
  for (const book of booksOf(store, definition.id)) {
    const coverage = readStateValue<BookCoverage & { label?: string }>(store, book, 'coverage', 'book');
    const label = coverage?.label ?? book;
    if (flags.competition && !label.toLowerCase().includes(flags.competition.toLowerCase())) continue;
    const partial = coverage && partialInternationals(definition, coverage);
    if (partial) {
      refused.push({ definitionId: definition.id, reason: partial });
      continue;
    }
    const top =
      definition.produces.kind === 'ordinal'
        ? (readStateValue<RecordEntry[]>(store, book, 'members', '#list') ?? [])
        : (readStateValue<RecordEntry[]>(store, book, 'top', 'list') ?? []);
    if (top.length === 0) continue;
    const first = top[0]!;
    const holders = definition.produces.kind === 'ordinal' ? [] : top.filter((e) => e.amount === first.amount);
    const view: BookView = {
      definitionId: definition.id,
      title: title(definition, label),
      book: label,
      since: coverage ? coverage.firstEdition : null,
      coverage: coverage ? { gaps: coverage.gaps, unmeasured: coverage.unmeasured, examples: coverage.examples } : null,
      holders,
      places: top.slice(0, Number(flags.top)),
    };
    if (flags.history) view.history = readProgression((key) => readStateValue(store, book, 'progression', key));
    views.push(view);
  }
  return views;
}

export interface RecordQuery {
  readonly competition?: string;
  readonly definition?: string;
  readonly history?: boolean;
  readonly top: string;
}

/** The definitions asked for: one by id, or all of them. */
export function chooseDefinitions(definitions: readonly RecordDefinition[], id: string | undefined): RecordDefinition[] {
  const chosen = id ? definitions.filter((d) => d.id === id) : [...definitions];
  if (chosen.length === 0) throw new NotFoundError(`no record definition "${id}" (see src/records/definitions/catalogue/ or pass --records FILE)`);
  return chosen;
}

/** Every book of the chosen definitions as it stands, and the definitions the data cannot evaluate. */
export function readRecordViews(store: Store, chosen: readonly RecordDefinition[], flags: RecordQuery): { records: BookView[]; notEvaluated: { definitionId: string; reason: string }[] } {
  const views: BookView[] = [];
  const refused: { definitionId: string; reason: string }[] = [];
  for (const definition of chosen) {
    const compiled = compileDefinition(definition);
    if (compiled.refused) {
      refused.push({ definitionId: definition.id, reason: compiled.refused });
      continue;
    }
    if (!['extreme', 'streak', 'ordinal'].includes(definition.produces.kind) && !flags.definition) continue;
    views.push(...viewsOf(store, definition, flags, refused));
  }
  return { records: views, notEvaluated: refused };
}

