// How much a desk would want a fact, 0-100: the definition's weight, moved by what kind of fact it
// is, how rare, and whether the data behind it is complete.
import type { RecordDefinition } from '../definitions/schema.js';
import type { DraftFact } from './evaluate-context.js';

const KIND_ADJUSTMENT: Record<DraftFact['kind'], number> = {
  new_record: 10,
  equals_record: 0,
  extends_own_record: -5,
  nth_member: 0,
  first: 0,
  first_since: 0,
  milestone: 0,
  streak: -20,
};

/** Records in a book's first year are records nobody quotes yet: the first day's "highest-scoring match". */
const MATURE_AFTER_DAYS = 366;

export function factScore(definition: RecordDefinition, draft: DraftFact, complete: boolean, bookSince: string | undefined): number {
  let score = definition.newsworthiness + KIND_ADJUSTMENT[draft.kind];
  const young = bookSince !== undefined && (Date.parse(draft.row.match.date) - Date.parse(bookSince)) / 86_400_000 < MATURE_AFTER_DAYS;
  if (young && draft.kind !== 'first') score -= 30;
  // Equalling a record shared by many is common, not news.
  if (draft.kind === 'equals_record') score -= Math.min(30, 5 * Math.max(0, draft.previous.length - 1));
  if (draft.kind === 'nth_member' && draft.n !== undefined) score += Math.max(0, 6 - draft.n) * 2;
  if (draft.kind === 'first_since' && draft.since !== undefined) score += Math.min(15, Math.floor((Number(draft.row.match.date.slice(0, 4)) - draft.since) / 4));
  if (draft.kind === 'milestone' && draft.n !== undefined) score += Math.min(15, Math.round(Math.log10(draft.n) * 5));
  if (!complete) score -= 15;
  return Math.max(0, Math.min(100, score));
}
