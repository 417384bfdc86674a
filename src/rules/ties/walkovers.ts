// Settles ties whose matches were cancelled by looking at who played in the next round.
import { isVoid } from './leg-score.js';
import { followingStageIndex, involves, stageKey, tiesByStage } from './stage-order.js';
import type { Tie } from './tie.js';

/**
 * Ties with no result because their matches were cancelled or abandoned, decided as walkovers
 * when exactly one of the two teams plays in the following round (as RB Leipzig did after
 * Spartak Moskva were excluded from the 2021-22 Europa League). Other ties are returned as they are.
 */
export function inferWalkovers(ties: readonly Tie[]): Tie[] {
  const stages = tiesByStage(ties);
  const indexOf = new Map(stages.map((s, i) => [s.key, i]));
  return ties.map((tie) => {
    if (tie.status !== 'undecidable' || !tie.legs.some(isVoid)) return tie;
    const next = followingStageIndex(stages, indexOf.get(stageKey(tie)) ?? -1);
    const nextTies = next === undefined ? [] : (stages[next]?.ties ?? []);
    const through = tie.teams.filter((team) => nextTies.some((t) => involves(t, team)));
    const winner = through[0];
    if (through.length !== 1 || winner === undefined) return tie;
    const loser = tie.teams[0] === winner ? tie.teams[1] : tie.teams[0];
    return {
      ...tie,
      winner,
      loser,
      decidedBy: 'walkover',
      status: 'decided',
      text: `${winner} through on a walkover against ${loser}`,
      warnings: [...tie.warnings, `no result in the data; ${winner} plays in the next round, so the tie is taken as a walkover`],
    };
  });
}
