// How much a desk would want a fact, 0-100, as an editor ranks news: the record's standing (the
// definition's weight: an all-time World Cup record over a running tally), the kind of change, its
// size, how long the record had stood, how rare the value is, and whether the data behind it is complete.
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
  score += stoodBonus(draft) + sizeBonus(definition, draft);
  if (!complete) score -= 15;
  return Math.max(0, Math.min(100, score));
}

const RECORD_KINDS = new Set<DraftFact['kind']>(['new_record', 'equals_record', 'extends_own_record']);

/** A record that had stood for decades is bigger news when it falls or is matched: +1 per 4 years, at most +12. */
function stoodBonus(draft: DraftFact): number {
  if (!RECORD_KINDS.has(draft.kind) || draft.previous.length === 0) return 0;
  const since = draft.previous.reduce((earliest, e) => (e.date < earliest ? e.date : earliest), draft.previous[0]?.date ?? draft.row.match.date);
  const years = (Date.parse(draft.row.match.date) - Date.parse(since)) / (365.25 * 86_400_000);
  return Math.max(0, Math.min(12, Math.floor(years / 4)));
}

/** A record beaten by a wide margin (13 goals against 11) says more than one beaten by a day: at most +8. */
function sizeBonus(definition: RecordDefinition, draft: DraftFact): number {
  if (draft.kind !== 'new_record' && draft.kind !== 'extends_own_record') return 0;
  const before = draft.previous[0]?.amount;
  if (before === undefined) return 0;
  const change = Math.abs(draft.amount - before);
  if (definition.measure.kind === 'age') return Math.min(8, Math.floor(change / 1000) * 2 + (change % 1000 >= 180 ? 1 : 0));
  if (definition.measure.kind === 'minute' || definition.measure.kind === 'gap') return 0;
  return Math.min(8, Math.round((change / Math.max(1, Math.abs(before))) * 20));
}
