// A second source describing a stored match: fill what the store lacks, record every disagreement
// as a conflict (the first value stays), and reconcile the goal lists scorer by scorer.
import type { GoalData, MatchData } from '../domain/match-data.js';
import { nameKey } from '../domain/names.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import { insertGoals, insertMatchEvents, matchColumns, type MatchPlacement } from './create-match.js';
import type { GoalRow, IngestContext, MatchRow } from './ingest-context.js';
import { formatMinute } from './match-rows.js';
import { namesCompatible } from './player-names.js';
import { addPlayerName, knownNameOf, resolveEventPlayer } from './resolve-players.js';

export interface MergeOrigin {
  readonly format: SourceFormat;
  readonly sourceFileId: number;
  readonly location: string;
}

type Columns = ReturnType<typeof matchColumns>;

// Fields compared one by one; identity fields (teams, date, edition) decided the match already.
const COMPARED_FIELDS = [
  'time', 'utc_offset', 'venue', 'city', 'country', 'neutral', 'stage_id', 'group_name',
  'status', 'status_note', 'behind_closed_doors', 'attendance', 'match_number',
] as const satisfies readonly (keyof Columns)[];

// Venue and city spellings differ in accents and punctuation only: compare them by name key.
const KEYED_FIELDS: ReadonlySet<string> = new Set(['venue', 'city', 'country', 'status_note']);

export function recordConflict(
  ctx: IngestContext,
  entity: string,
  entityId: number,
  field: string,
  kept: { value: unknown; sourceFileId: number | null },
  other: { value: unknown; origin: MergeOrigin },
): void {
  ctx.conflictsAdded.count += 1;
  ctx.writes.insert('conflict', {
    id: ctx.nextId('conflict'),
    entity,
    entity_id: entityId,
    field,
    kept_value: kept.value === null || kept.value === undefined ? null : String(kept.value),
    kept_source_file_id: kept.sourceFileId,
    other_value: other.value === null || other.value === undefined ? null : String(other.value),
    other_source_file_id: other.origin.sourceFileId,
    other_location: other.origin.location,
  });
}

function recordFill(ctx: IngestContext, entity: string, entityId: number, field: string, origin: MergeOrigin): void {
  ctx.writes.insert('provenance', {
    id: ctx.nextId('provenance'),
    entity,
    entity_id: entityId,
    field,
    source_file_id: origin.sourceFileId,
  });
}

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

function totalMinute(minute: number | null | undefined, stoppage: number | null | undefined): number {
  return (minute ?? 999) + (stoppage ?? 0);
}

/**
 * Whether two minutes denote the same moment. A source that writes no stoppage time (`90` for
 * `90+11'`) agrees with one that does when the regulation minutes are equal.
 */
function sameMinute(kept: GoalRow, g: GoalData): boolean {
  if (kept.minute !== g.minute) return false;
  if (kept.stoppage === null || g.stoppage === undefined) return true;
  return kept.stoppage === g.stoppage;
}

function scorerFits(ctx: IngestContext, goal: GoalRow, written: string): boolean {
  if (goal.scorer_name !== null && nameKey(goal.scorer_name) === nameKey(written)) return true;
  const player = goal.player_id !== null ? ctx.players.get(goal.player_id) : undefined;
  return player !== undefined && namesCompatible(written, knownNameOf(player));
}

/** Pairs each incoming goal with the stored goal of the same side that fits it best. */
function mergeGoals(ctx: IngestContext, stored: MatchRow, goals: readonly GoalData[], origin: MergeOrigin): void {
  const existing = ctx.goalsByMatch.get(stored.id) ?? [];
  if (stored.goals_known === 0 && existing.length === 0) {
    insertGoals(ctx, stored, goals, origin.format, origin.sourceFileId);
    ctx.writes.update('match', stored.id, { goals_known: 1 });
    stored.goals_known = 1;
    recordFill(ctx, 'match', stored.id, 'goals', origin);
    return;
  }
  for (const side of ['home', 'away'] as const) {
    const have = existing.filter((g) => g.side === side);
    const got = goals.filter((g) => g.side === side);
    if (have.length !== got.length) {
      recordConflict(
        ctx, 'match', stored.id, `goals.${side}`,
        { value: `${have.length} goals`, sourceFileId: stored.source_file_id },
        { value: `${got.length} goals`, origin },
      );
    }
    const unmatched = new Set(have);
    for (const g of got) {
      const written = g.scorer?.name;
      const at = totalMinute(g.minute, g.stoppage);
      let best: GoalRow | undefined;
      let bestScore = -Infinity;
      for (const e of unmatched) {
        const fits = written !== undefined && scorerFits(ctx, e, written);
        const distance = Math.abs(totalMinute(e.minute, e.stoppage) - at);
        const score = (fits ? 1000 : 0) - Math.min(distance, 999);
        if (score > bestScore) {
          bestScore = score;
          best = e;
        }
      }
      if (!best) continue;
      unmatched.delete(best);
      reconcileGoal(ctx, stored, best, g, origin);
    }
  }
}

function reconcileGoal(ctx: IngestContext, stored: MatchRow, kept: GoalRow, g: GoalData, origin: MergeOrigin): void {
  const conflict = (field: string, keptValue: string | null, other: string | null): void =>
    recordConflict(ctx, 'goal', kept.id, field, { value: keptValue, sourceFileId: kept.source_file_id }, { value: other, origin });
  const scorer = g.scorer;
  // An own goal's scorer plays for the side that conceded it.
  const concedingTeam = kept.side === 'home' ? stored.away_team_id : stored.home_team_id;
  const playerTeam = kept.own_goal === 1 || g.ownGoal ? concedingTeam : kept.team_id;
  if (scorer !== undefined) {
    if (kept.scorer_name === null && kept.player_id === null) {
      const playerId = resolveEventPlayer(ctx, scorer, playerTeam, origin.format, origin.sourceFileId);
      ctx.writes.update('goal', kept.id, { scorer_name: scorer.name, player_id: playerId });
      recordFill(ctx, 'goal', kept.id, 'scorer', origin);
    } else if (scorerFits(ctx, kept, scorer.name)) {
      if (kept.player_id !== null) addPlayerName(ctx, kept.player_id, playerTeam, scorer.name, origin.sourceFileId);
    } else {
      conflict('scorer', kept.scorer_name, scorer.name);
    }
  }
  if (g.minute !== undefined) {
    if (kept.minute === null) {
      ctx.writes.update('goal', kept.id, { minute: g.minute, stoppage: g.stoppage ?? null });
      recordFill(ctx, 'goal', kept.id, 'minute', origin);
    } else if (!sameMinute(kept, g)) {
      conflict('minute', formatMinute(kept.minute, kept.stoppage), formatMinute(g.minute, g.stoppage));
    }
  }
  if ((kept.penalty === 1) !== g.penalty) conflict('penalty', String(kept.penalty === 1), String(g.penalty));
  if ((kept.own_goal === 1) !== g.ownGoal) conflict('own_goal', String(kept.own_goal === 1), String(g.ownGoal));
}
