// The record book a claim is judged against: the one kept in the store (all the data), or one
// replayed in memory — for a point in the past, or for a definition built from the claim.
import { nameKey } from '../domain/names.js';
import { booksOf, readDefinitionFacts, readStateKeys, readStateValue } from '../records/book/record-book-store.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import type { BookCoverage } from '../records/engine/coverage.js';
import type { Fact } from '../records/engine/fact.js';
import { familiesOf } from '../records/engine/families.js';
import { readRecordMatches } from '../records/engine/read-record-matches.js';
import { RecordBook } from '../records/engine/record-book.js';
import type { RecordCompetition } from '../records/engine/record-match.js';
import { replay } from '../records/engine/replay.js';
import { MemoryState } from '../records/engine/state.js';
import type { Store } from '../store/open-store.js';
import { COUNTED } from '../store/record-book/counted-matches-sql.js';

/** One book of a definition: its state key (`definition-id|c3`) and what it covers. */
export interface BookRef {
  readonly key: string;
  readonly label: string;
  readonly coverage?: BookCoverage;
}

export interface BookReader {
  /** Where the book stands: "the stored record book" or "the record book as of 2006-01-01". */
  readonly asOf: string;
  books(definitionId: string): BookRef[];
  get<T>(book: string, part: string, key: string): T | undefined;
  /** Every key of a part, e.g. the tallies of a book. */
  keys(book: string, part: string): string[];
  /** The facts of a definition, oldest first. */
  facts(definitionId: string): Fact[];
}

function bookRef(key: string, coverage: BookCoverage | undefined): BookRef {
  return { key, label: coverage?.label ?? key, ...(coverage ? { coverage } : {}) };
}

/** The record book kept in the store: built from every match (see `ensureRecordBook`). */
export function storedBook(store: Store): BookReader {
  return {
    asOf: 'all the data',
    books: (definitionId) => booksOf(store, definitionId).map((key) => bookRef(key, readStateValue<BookCoverage>(store, key, 'coverage', 'book'))),
    get: (book, part, key) => readStateValue(store, book, part, key),
    keys: (book, part) => readStateKeys(store, book, part),
    facts: (definitionId) => readDefinitionFacts(store, definitionId),
  };
}

/** The competitions a definition's scope takes matches from. */
export function competitionsInScope(store: Store, definitions: readonly RecordDefinition[]): number[] {
  const rows = store.sql.prepare('SELECT id, name, sex, kind FROM competition').all() as RecordCompetition[];
  const ids = new Set<number>();
  for (const definition of definitions) {
    const scope = definition.scope;
    const names = scope.competition === undefined ? undefined : new Set((Array.isArray(scope.competition) ? scope.competition : [scope.competition]).map(nameKey));
    for (const c of rows) {
      if (scope.sex !== 'any' && c.sex !== scope.sex) continue;
      const inScope = names ? names.has(nameKey(c.name)) : scope.family !== undefined && familiesOf(c).includes(scope.family);
      if (inScope) ids.add(c.id);
    }
  }
  return [...ids];
}

/**
 * Replays the store's matches of the definitions' competitions, before `beforeDate` when given,
 * into a book in memory.
 *
 * @example replayedBook(store, [definition], '2006-01-01').get('wc-men-most-goals-career|c1', 'top', 'list')
 */
export function replayedBook(store: Store, definitions: readonly RecordDefinition[], beforeDate?: string): BookReader {
  const state = new MemoryState();
  const book = new RecordBook(definitions, state);
  const competitions = competitionsInScope(store, definitions);
  const marks = competitions.map(() => '?').join(', ');
  const matchIds =
    competitions.length === 0
      ? []
      : (
          store.sql
            .prepare(`SELECT m.id FROM match m JOIN edition e ON e.id = m.edition_id WHERE e.competition_id IN (${marks}) AND ${COUNTED}${beforeDate ? ' AND m.date < ?' : ''}`)
            .all(...competitions, ...(beforeDate ? [beforeDate] : [])) as { id: number }[]
        ).map((r) => r.id);
  const facts: Fact[] = [];
  replay(book, readRecordMatches(store.records, { matchIds }), { ...(beforeDate ? { stopBeforeDate: beforeDate } : {}), onFacts: (found) => facts.push(...found) });
  const byBook = new Map<string, Map<string, Map<string, unknown>>>();
  for (const [bookKey, part, key, value] of state.entries()) {
    let parts = byBook.get(bookKey);
    if (!parts) byBook.set(bookKey, (parts = new Map()));
    let map = parts.get(part);
    if (!map) parts.set(part, (map = new Map()));
    map.set(key, value);
  }
  return {
    asOf: beforeDate ? `the data before ${beforeDate}` : 'all the data',
    books: (definitionId) =>
      [...byBook.keys()].filter((k) => k.startsWith(`${definitionId}|`)).map((key) => bookRef(key, state.get<BookCoverage>(key, 'coverage', 'book'))),
    get: (bookKey, part, key) => state.get(bookKey, part, key),
    keys: (bookKey, part) => [...(byBook.get(bookKey)?.get(part)?.keys() ?? [])],
    facts: (definitionId) => facts.filter((f) => f.definitionId === definitionId),
  };
}
