// A second source describing a stored match: fill what the store lacks, record every disagreement
// as a conflict (the first value stays), and reconcile the goal lists scorer by scorer.
import type { MatchData } from '../domain/match-data.js';
import { nameKey } from '../domain/names.js';
import { insertMatchEvents, matchColumns, type MatchPlacement } from './create-match.js';
import type { IngestContext, MatchRow } from './ingest-context.js';
import { mergeGoals } from './merge-goals.js';
import { recordConflict, recordFill, type MergeOrigin } from './provenance.js';


type Columns = ReturnType<typeof matchColumns>;

// Fields compared one by one; identity fields (teams, date, edition) decided the match already.
const COMPARED_FIELDS = [
  'time', 'utc_offset', 'venue', 'city', 'country', 'neutral', 'stage_id', 'group_name',
  'status', 'status_note', 'behind_closed_doors', 'attendance', 'match_number',
] as const satisfies readonly (keyof Columns)[];

// Venue and city spellings differ in accents and punctuation only: compare them by name key.
const KEYED_FIELDS: ReadonlySet<string> = new Set(['venue', 'city', 'country', 'status_note']);

function same(field: string, a: unknown, b: unknown): boolean {
  if (KEYED_FIELDS.has(field) && typeof a === 'string' && typeof b === 'string') return nameKey(a) === nameKey(b);
  return a === b;
}

function pairText(h: number | null, a: number | null): string | null {
  return h === null || a === null ? null : `${h}-${a}`;
}

/** Merges `m` (already oriented home/away like the stored row) into the stored match. */
export function mergeMatch(
  ctx: IngestContext,
  stored: MatchRow,
  m: MatchData,
  place: MatchPlacement,
  origin: MergeOrigin,
): void {
  const incoming = matchColumns(m, place);
  const updates: Partial<MatchRow> = {};
  const fill = (field: keyof MatchRow, value: unknown): void => {
    (updates as Record<string, unknown>)[field] = value;
    recordFill(ctx, 'match', stored.id, field, origin);
  };
  const keptSource = stored.source_file_id;

  for (const field of COMPARED_FIELDS) {
    const have = stored[field];
    const got = incoming[field];
    if (got === null || got === undefined) continue;
    if (have === null) fill(field, got);
    else if (!same(field, have, got)) {
      // A source that has no status of its own says `played`; that is no disagreement with `awarded`.
      if (field === 'status' && got === 'played') continue;
      // Stages are compared by what they are called, not by row id.
      const shown = (value: unknown): unknown => (field === 'stage_id' ? (ctx.stageNames.get(Number(value)) ?? value) : value);
      const label = field === 'stage_id' ? 'stage' : field;
      recordConflict(ctx, 'match', stored.id, label, { value: shown(have), sourceFileId: keptSource }, { value: shown(got), origin });
    }
  }

  mergeScore(ctx, stored, incoming, updates, origin, fill);

  if (Object.keys(updates).length > 0) {
    ctx.writes.update('match', stored.id, updates);
    Object.assign(stored, updates);
  }
  if (m.goals !== undefined) mergeGoals(ctx, stored, m.goals, origin);
  insertMatchEvents(ctx, stored, m, origin.format, origin.sourceFileId);
}

function mergeScore(
  ctx: IngestContext,
  stored: MatchRow,
  incoming: Columns,
  updates: Partial<MatchRow>,
  origin: MergeOrigin,
  fill: (field: keyof MatchRow, value: unknown) => void,
): void {
  const conflict = (field: string, kept: string | null, other: string | null): void =>
    recordConflict(ctx, 'match', stored.id, field, { value: kept, sourceFileId: stored.source_file_id }, { value: other, origin });
  const storedFinal = pairText(stored.et_home ?? stored.ft_home, stored.et_away ?? stored.ft_away);
  const incomingFinal = pairText(incoming.et_home ?? incoming.ft_home, incoming.et_away ?? incoming.ft_away);
  if (storedFinal !== null && incomingFinal !== null && storedFinal !== incomingFinal) {
    conflict('score', storedFinal, incomingFinal);
    return;
  }
  if (incomingFinal === null) return;
  if (incoming.result_only === 1) {
    // Only the final result: nothing to add to a stored match that has it.
    if (storedFinal === null) {
      fill('ft_home', incoming.ft_home);
      fill('ft_away', incoming.ft_away);
      fill('result_only', 1);
    }
    return;
  }
  if (stored.result_only === 1) {
    // The stored score was only a result; this source says how it was reached.
    for (const f of ['ft_home', 'ft_away', 'et_home', 'et_away'] as const) fill(f, incoming[f]);
    fill('result_only', 0);
  }
  const pairs = [
    ['half_time', 'ht_home', 'ht_away'],
    ['full_time', 'ft_home', 'ft_away'],
    ['extra_time', 'et_home', 'et_away'],
    ['penalties', 'pen_home', 'pen_away'],
  ] as const;
  for (const [label, h, a] of pairs) {
    if (stored.result_only === 1 && (label === 'full_time' || label === 'extra_time')) continue;
    const have = pairText(stored[h], stored[a]);
    const got = pairText(incoming[h], incoming[a]);
    if (got === null) continue;
    if (have === null) {
      if (updates[h] === undefined) {
        fill(h, incoming[h]);
        fill(a, incoming[a]);
      }
    } else if (have !== got) conflict(label, have, got);
  }
  if (stored.shootout_winner === null && incoming.shootout_winner !== null) fill('shootout_winner', incoming.shootout_winner);
  else if (incoming.shootout_winner !== null && stored.shootout_winner !== incoming.shootout_winner) {
    conflict('shootout_winner', stored.shootout_winner, incoming.shootout_winner);
  }
  if (stored.shootout_first === null && incoming.shootout_first !== null) fill('shootout_first', incoming.shootout_first);
}

