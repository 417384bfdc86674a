// The stored record book beside one rebuilt from scratch, as sorted JSON lines: what the tests of
// corrections and late results compare after every update.
import type { Store } from '../../../store/open-store.js';
import { testSql } from '../../../store/postgres/test-support/databases.js';
import type { RecordDefinition } from '../../definitions/schema.js';
import { recordBookAsOf } from '../as-of.js';

export interface BookLines {
  readonly facts: string[];
  readonly state: string[];
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The stored book: every fact as its JSON, every state value as its JSON. */
export function storedBook(store: Store): BookLines {
  const s = testSql(store);
  const facts = s.all<{ id: string; body: string }>('SELECT id, body FROM record_fact').sort(byId).map((r) => r.body);
  const state = s
    .all<{ book: string; part: string; key: string; value: string }>('SELECT book, part, key, value FROM record_state')
    .map((r) => `${r.book}\u0000${r.part}\u0000${r.key}\u0000${r.value}`)
    .sort();
  return { facts, state };
}

/** Every row of the stored book, columns and undo journal included, in key order: two builds of it compared byte for byte. */
export function bookRows(store: Store): { facts: unknown[]; state: unknown[]; undo: unknown[] } {
  const s = testSql(store);
  return {
    facts: s.all('SELECT id, match_id, definition_id, book, kind, date, score, body FROM record_fact ORDER BY id'),
    state: s.all('SELECT book, part, key, value FROM record_state ORDER BY book, part, key'),
    undo: s.all('SELECT book, part, key, date, value FROM record_undo ORDER BY book, part, key, date'),
  };
}

/** A book rebuilt from scratch, in memory, from the store as it is now. */
export function rebuiltBook(store: Store, definitions: readonly RecordDefinition[]): BookLines {
  const { state, facts } = recordBookAsOf(store, definitions);
  return {
    facts: [...facts].sort(byId).map((f) => JSON.stringify(f)),
    state: [...state.entries()].map(([book, part, key, value]) => `${book}\u0000${part}\u0000${key}\u0000${JSON.stringify(value ?? null)}`).sort(),
  };
}
