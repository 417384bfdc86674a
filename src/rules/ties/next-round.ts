// Where the winner of a decided tie goes next: the next stage, and the next tie where the data has it.
import type { StageRef } from '../../domain/match-data.js';
import type { StageKind } from '../../domain/vocabulary.js';
import { followingStageIndex, involves, NEXT_STAGE_KIND, stageKey, tiesByStage } from './stage-order.js';
import type { Tie } from './tie.js';

export interface NextRound {
  readonly winner: string;
  /** The kind of the next round: from the data when it has it, else the usual progression. */
  readonly stageKind?: StageKind;
  readonly stage?: StageRef;
  /** The winner's next tie in a later knockout stage, when the data has it. */
  readonly tie?: Tie;
  readonly opponent?: string;
}

/**
 * The next round of a decided tie's winner, among `ties` (the edition's ties from `buildTies`).
 * Undefined for a tie not decided yet and for a final.
 *
 * @example nextRound(porto, ties) // { winner: 'FC Porto', stageKind: 'quarter_final', opponent: 'Chelsea FC', … }
 */
export function nextRound(tie: Tie, ties: readonly Tie[]): NextRound | undefined {
  const winner = tie.winner;
  if (tie.status !== 'decided' || winner === undefined || tie.stage.kind === 'final' || tie.stage.kind === 'third_place') {
    return undefined;
  }
  const stages = tiesByStage(ties);
  const index = stages.findIndex((s) => s.key === stageKey(tie));
  const following = followingStageIndex(stages, index);
  const later = stages.slice(index + 1).filter((s) => s.stage.kind !== 'third_place');
  const found = later.flatMap((s) => s.ties).find((t) => involves(t, winner));
  const stage = found?.stage ?? (following === undefined ? undefined : stages[following]?.stage);
  const stageKind = stage?.kind ?? NEXT_STAGE_KIND[tie.stage.kind];
  const opponent = found === undefined ? undefined : found.teams[0] === winner ? found.teams[1] : found.teams[0];
  return {
    winner,
    ...(stageKind === undefined ? {} : { stageKind }),
    ...(stage === undefined ? {} : { stage }),
    ...(found === undefined ? {} : { tie: found }),
    ...(opponent === undefined ? {} : { opponent }),
  };
}
