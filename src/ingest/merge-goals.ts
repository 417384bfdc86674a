// Reconciling a second source's goal list with the stored one: pair each goal with the stored goal
// of the same side that fits it best, link the scorer's other spelling, and record what disagrees.
import type { GoalData } from '../domain/match-data.js';
import { nameKey } from '../domain/names.js';
import { formatMinuteOfPlay } from '../domain/score-line.js';
import { insertGoals } from './create-match.js';
import type { GoalRow, IngestContext, MatchRow } from './ingest-context.js';
import { namesCompatible } from './player-names.js';
import { recordConflict, recordFill, type MergeOrigin } from './provenance.js';
import { addPlayerName, knownNameOf, resolveEventPlayer } from './resolve-players.js';

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
export function mergeGoals(ctx: IngestContext, stored: MatchRow, goals: readonly GoalData[], origin: MergeOrigin): void {
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
      const playerId = resolveEventPlayer(ctx, scorer, playerTeam, origin.format, origin.sourceFileId, stored.date);
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
      conflict('minute', formatMinuteOfPlay(kept.minute, kept.stoppage), formatMinuteOfPlay(g.minute, g.stoppage));
    }
  }
  if ((kept.penalty === 1) !== g.penalty) conflict('penalty', String(kept.penalty === 1), String(g.penalty));
  if ((kept.own_goal === 1) !== g.ownGoal) conflict('own_goal', String(kept.own_goal === 1), String(g.ownGoal));
}
