// The order of an edition's knockout stages, and which stage follows which.
import type { StageRef } from '../../domain/match-data.js';
import type { StageKind } from '../../domain/vocabulary.js';
import type { Tie } from './tie.js';

/** The usual next round of a stage kind, for when the data has not reached it yet. */
export const NEXT_STAGE_KIND: Readonly<Partial<Record<StageKind, StageKind>>> = {
  playoff: 'round_of_16',
  round_of_32: 'round_of_16',
  round_of_16: 'quarter_final',
  quarter_final: 'semi_final',
  semi_final: 'final',
};

/** Competition, edition and stage name: what makes two ties part of the same round. */
export function stageKey(tie: Tie): string {
  const first = tie.legs[0];
  return `${first?.competition.name ?? ''}\u0000${first?.edition.name ?? ''}\u0000${tie.stage.name}`;
}

/** The ties grouped by stage, stages in the order of their first match (as `buildTies` returns them). */
export function tiesByStage(ties: readonly Tie[]): { key: string; stage: StageRef; ties: Tie[] }[] {
  const stages = new Map<string, { key: string; stage: StageRef; ties: Tie[] }>();
  for (const tie of ties) {
    const key = stageKey(tie);
    const entry = stages.get(key);
    if (entry === undefined) stages.set(key, { key, stage: tie.stage, ties: [tie] });
    else entry.ties.push(tie);
  }
  return [...stages.values()];
}

/**
 * The index of the stage the winners of stage `index` play in next: the following stage of the
 * same competition and edition, passing over a match for third place (its teams are the losers).
 */
export function followingStageIndex(stages: readonly { key: string; stage: StageRef }[], index: number): number | undefined {
  const current = stages[index];
  if (current === undefined || current.stage.kind === 'final' || current.stage.kind === 'third_place') return undefined;
  const edition = current.key.slice(0, current.key.lastIndexOf('\u0000'));
  for (let i = index + 1; i < stages.length; i += 1) {
    const next = stages[i];
    if (next === undefined || !next.key.startsWith(`${edition}\u0000`)) continue;
    if (next.stage.kind !== 'third_place') return i;
  }
  return undefined;
}

export function involves(tie: Tie, team: string): boolean {
  return tie.teams[0] === team || tie.teams[1] === team;
}
