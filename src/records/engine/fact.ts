// A fact: what one match did to one record of the book, with the rows that prove it.
import type { FactKind } from '../definitions/vocabulary.js';
import type { SubjectKind } from './rows.js';

/** One qualifying entry of a record: who, what value, in which match. */
export interface RecordEntry {
  readonly subject: { readonly kind: SubjectKind; readonly key: string; readonly id: number; readonly name: string };
  /** Sortable value: an age in days-of-life order, a minute as 90.03, a count. */
  readonly amount: number;
  /** As a desk writes it: "17 years 239 days", "13", "90+3'". */
  readonly value: string;
  readonly matchId: number;
  readonly date: string;
  readonly team?: string;
  readonly opponent?: string;
  readonly edition?: string;
  /** Goal rows behind the entry, where it rests on goals. */
  readonly goalIds?: readonly number[];
}

export interface FactProof {
  /** The entries that stood before the match: the record and its holders, the members so far… */
  readonly before: readonly RecordEntry[];
  /** The entries the match made. */
  readonly after: readonly RecordEntry[];
  /** How to ask again: the definition, its book and the match as of which it holds. */
  readonly query: { readonly definitionId: string; readonly book: string; readonly asOfMatchId: number; readonly asOfDate: string };
}

export interface FactCoverage {
  /** False when the data before this match misses something the record needs; `notes` say what. */
  readonly complete: boolean;
  readonly notes: readonly string[];
}

export interface Fact {
  readonly id: string;
  readonly kind: FactKind;
  readonly definitionId: string;
  readonly title: string;
  /** The record book: a competition's name, or the family's. */
  readonly book: string;
  readonly matchId: number;
  readonly date: string;
  readonly subject: RecordEntry['subject'] & { readonly team?: string };
  readonly amount: number;
  readonly value: string;
  /** For ordinals and milestones: the n of "the fourth", "the 100th". */
  readonly n?: number;
  readonly previous: readonly RecordEntry[];
  readonly text: string;
  /** 0-100: how much a desk would want it. */
  readonly score: number;
  readonly coverage: FactCoverage;
  /** Other matches of the same day in this book whose order against this one is unknown. */
  readonly simultaneousWith?: readonly number[];
  /**
   * The match is still in progress: the fact holds for the score so far and would become the
   * record if the score stands. Never written as done; the final result replaces it.
   */
  readonly provisional?: true;
  /** The news this fact tells, where another book's fact may tell it too: one per match is read back. */
  readonly news?: string;
  /** How wide the fact's book is (1 a competition … 3 all internationals): the narrower tells the news. */
  readonly breadth?: number;
  readonly proof: FactProof;
}
