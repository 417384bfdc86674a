// The answer to a claim: true, false with the true statement, or unverifiable with the reason —
// always with the rows of the record book, facts and matches it rests on.
import type { RecordEntry } from '../records/engine/fact.js';

export type VerdictKind = 'true' | 'false' | 'unverifiable';

/** One piece of evidence: a record-book entry, a stored fact, a match or a tie. */
export interface ProofItem {
  /** What it shows: "holder", "subject", "member", "set aside", "fact", "match", "tie", "tally". */
  readonly role: string;
  /** One line a person reads. */
  readonly text: string;
  readonly definitionId?: string;
  /** The record book: `definition-id|book-key`. */
  readonly book?: string;
  readonly factId?: string;
  readonly matchId?: number;
  readonly matchIds?: readonly number[];
  readonly date?: string;
  readonly entry?: RecordEntry;
}

export interface Verdict {
  readonly verdict: VerdictKind;
  /** What the data says: the true statement for `false`, the confirmed one for `true`. */
  readonly statement: string | null;
  /** Why it cannot be decided, for `unverifiable`. */
  readonly reason: string | null;
  readonly proof: readonly ProofItem[];
  /** Caveats: where the data stops short, entries set aside. */
  readonly notes: readonly string[];
}

export function isTrue(statement: string, proof: readonly ProofItem[], notes: readonly string[] = []): Verdict {
  return { verdict: 'true', statement, reason: null, proof, notes };
}

export function isFalse(statement: string, proof: readonly ProofItem[], notes: readonly string[] = []): Verdict {
  return { verdict: 'false', statement, reason: null, proof, notes };
}

export function unverifiable(reason: string, proof: readonly ProofItem[] = [], notes: readonly string[] = [], statement: string | null = null): Verdict {
  return { verdict: 'unverifiable', statement, reason, proof, notes };
}

/** A claim holds only when every part holds: the first false part decides, else the first unverifiable one. */
export function allOf(parts: readonly Verdict[]): Verdict {
  const failed = parts.find((p) => p.verdict === 'false');
  const open = parts.find((p) => p.verdict === 'unverifiable');
  const decisive = failed ?? open;
  const proof = parts.flatMap((p) => p.proof);
  const notes = [...new Set(parts.flatMap((p) => p.notes))];
  if (decisive) return { ...decisive, proof, notes };
  const statement = parts.map((p) => p.statement).filter((s): s is string => s !== null).join(' ');
  return isTrue(statement, proof, notes);
}

/** A record-book entry as a proof line: "Roger Milla — 42 years 39 days (1994-06-28, Cameroon v Russia, match 521)". */
export function entryProof(role: string, entry: RecordEntry, definitionId?: string, book?: string): ProofItem {
  const context = [entry.team && entry.opponent ? `${entry.team} v ${entry.opponent}` : entry.team, entry.edition ? `edition ${entry.edition}` : undefined]
    .filter((x): x is string => Boolean(x))
    .join(', ');
  return {
    role,
    text: `${entry.subject.name} — ${entry.value} (${entry.date}${context ? `, ${context}` : ''}, match ${entry.matchId})`,
    ...(definitionId ? { definitionId } : {}),
    ...(book ? { book } : {}),
    matchId: entry.matchId,
    date: entry.date,
    entry,
  };
}
