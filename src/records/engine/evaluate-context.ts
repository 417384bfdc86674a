// What an evaluator works with for one definition, one book and one match.
import type { RecordDefinition } from '../definitions/schema.js';
import type { FactKind } from '../definitions/vocabulary.js';
import type { Book, CompiledScope } from './compile.js';
import type { RecordEntry } from './fact.js';
import type { RecordMatch } from './record-match.js';
import type { Subject, UnitRow } from './rows.js';
import type { RecordState } from './state.js';
import type { InstantShares } from './shared-books.js';

export interface EvaluateContext {
  readonly definition: RecordDefinition;
  readonly scope: CompiledScope;
  readonly book: Book;
  /** `definition-id|book-key`: the namespace of this book's state. */
  readonly stateKey: string;
  readonly state: RecordState;
  readonly match: RecordMatch;
  /** Every match of the match's instant (itself included): an edition's figures move once per instant. */
  readonly instant?: readonly RecordMatch[];
  /** The values the instant reads from books definitions alike share (see `shared-books.ts`). */
  readonly shares: InstantShares;
}

/** A fact before words: the record book adds text, score, coverage and id. */
export interface DraftFact {
  readonly kind: FactKind;
  readonly subject: Subject;
  readonly row: UnitRow;
  readonly amount: number;
  readonly value: string;
  readonly n?: number;
  /** The year of the previous occurrence, for "first since". */
  readonly since?: number;
  readonly previous: readonly RecordEntry[];
  readonly before: readonly RecordEntry[];
  readonly after: readonly RecordEntry[];
}

/** The facts a match gives, and how to change the book once every match of its instant is judged. */
export interface Outcome {
  readonly facts: readonly DraftFact[];
  commit(): void;
}

export const NOTHING: Outcome = { facts: [], commit() {} };

export function entryOf(row: UnitRow, amount: number, value: string, subject: Subject = row.subject): RecordEntry {
  // Built key by key in the order the book has always stored (its JSON is compared byte for byte).
  const entry: { -readonly [K in keyof RecordEntry]: RecordEntry[K] } = {
    subject: { kind: subject.kind, key: subject.key, id: subject.id, name: subject.name },
    amount,
    value,
    matchId: row.match.id,
    date: row.match.date,
  };
  if (row.team) entry.team = row.team.name;
  if (row.opponent) entry.opponent = row.opponent.name;
  entry.edition = row.match.editionName;
  if (row.goalIds.length > 0) entry.goalIds = row.goalIds;
  return entry;
}
