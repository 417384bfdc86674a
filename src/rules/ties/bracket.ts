// An edition's knockout bracket: its stages in order, each tie linked to the tie its winner plays next.
import type { MatchData, StageRef } from '../../domain/match-data.js';
import { buildTies, type BuildTiesOptions } from './build-ties.js';
import { followingStageIndex, involves, tiesByStage } from './stage-order.js';
import type { Tie } from './tie.js';
import type { TieRules } from './tie-rules.js';

export interface BracketTie {
  readonly tie: Tie;
  /** Where the winner plays next: the following stage's tie that has the winner in it. */
  readonly next?: { readonly stage: number; readonly tie: number };
}

export interface BracketStage {
  readonly stage: StageRef;
  readonly ties: readonly BracketTie[];
}

export interface Bracket {
  /** Knockout stages in the order of their first match. */
  readonly stages: readonly BracketStage[];
  /** The winner of the final, once decided. */
  readonly champion?: string;
}

/**
 * The knockout bracket of one edition. A tie's `next` points (by stage and tie index) at the tie of
 * the following stage its winner appears in; it is absent while the tie is open, for the final and
 * where the following stage is not in the data yet.
 *
 * @example buildBracket(cl201112, rules).champion // 'Chelsea FC'
 */
export function buildBracket(matches: readonly MatchData[], rules: TieRules, options: BuildTiesOptions = {}): Bracket {
  const stages = tiesByStage(buildTies(matches, rules, options));
  const linked: BracketStage[] = stages.map((entry, index) => {
    const following = followingStageIndex(stages, index);
    const nextTies = following === undefined ? [] : (stages[following]?.ties ?? []);
    const ties = entry.ties.map((tie): BracketTie => {
      const winner = tie.winner;
      const at = winner === undefined ? -1 : nextTies.findIndex((t) => involves(t, winner));
      return following === undefined || at < 0 ? { tie } : { tie, next: { stage: following, tie: at } };
    });
    return { stage: entry.stage, ties };
  });
  const final = linked.find((s) => s.stage.kind === 'final')?.ties[0]?.tie;
  return { stages: linked, ...(final?.status === 'decided' && final.winner ? { champion: final.winner } : {}) };
}
