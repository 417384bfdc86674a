// Where the sources disagree (the value kept and the other, with both sources) and, unless asked
// for one field only, where the data contradicts itself or its competition's rules.
import type { Kysely } from 'kysely';
import { readConflicts, type ConflictView } from '../store/queries/conflicts.js';
import type { Database } from '../store/schema.js';
import { readConsistencyWarnings, type ConsistencyWarning } from './consistency.js';

export type Disagreement = ConflictView & { readonly kind: 'disagreement' };

export interface ConflictQuery {
  readonly field?: string;
  readonly limit?: number;
  /** Include the consistency checks (ties and goal counts the data contradicts). */
  readonly checks: boolean;
}

export async function readConflictList(db: Kysely<Database>, query: ConflictQuery): Promise<{ disagreements: Disagreement[]; warnings: ConsistencyWarning[] }> {
  const disagreements = (await readConflicts(db, { field: query.field, limit: query.limit })).map((c) => ({ kind: 'disagreement' as const, ...c }));
  const warnings = query.checks && query.field === undefined ? await readConsistencyWarnings(db) : [];
  return { disagreements, warnings };
}
