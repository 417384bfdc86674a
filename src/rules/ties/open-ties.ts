// A suspended or unfinished competition: the ties still open, and whom a team can still meet next.
import type { Bracket, BracketStage } from './bracket.js';
import { involves } from './stage-order.js';
import { isPending } from './leg-score.js';
import type { Tie } from './tie.js';

/** Every tie of the bracket with a leg still to be played, in bracket order. */
export function openTies(bracket: Bracket): Tie[] {
  return bracket.stages.flatMap((s) => s.ties.map((b) => b.tie)).filter((t) => t.status === 'open');
}

/** The teams that may still come out of a tie: its winner once decided, else either team. */
function possibleWinners(tie: Tie): string[] {
  return tie.status === 'decided' && tie.winner !== undefined ? [tie.winner] : [...tie.teams];
}

function opponentIn(tie: Tie, team: string): string {
  return tie.teams[0] === team ? tie.teams[1] : tie.teams[0];
}

/** Stages a team's winners' path runs through: a match for third place is off it. */
function pathStages(bracket: Bracket): BracketStage[] {
  return bracket.stages.filter((s) => s.stage.kind !== 'third_place');
}

/**
 * Whom `team` can meet in its next round. When the draw for that round is in the data (a fixture
 * with the team in it not played yet), the answer is the possible winners of the tie that
 * supplies the opponent; otherwise it is every team that may still come out of the other ties of
 * the team's round, less those already drawn against someone else. Empty when the team is out,
 * or has reached the final.
 *
 * @example possibleNextOpponents(bracket, 'FC Porto') // ['Borussia Dortmund', 'Paris Saint-Germain', …]
 */
export function possibleNextOpponents(bracket: Bracket, team: string): string[] {
  const stages = pathStages(bracket);
  let at = -1;
  stages.forEach((s, i) => {
    if (s.ties.some((b) => involves(b.tie, team))) at = i;
  });
  const stage = stages[at];
  const tie = stage?.ties.find((b) => involves(b.tie, team))?.tie;
  if (stage === undefined || tie === undefined) return [];
  if (tie.legs.length > 0 && tie.legs.every(isPending)) {
    // The draw is known: the opponent's slot is filled by whoever comes out of its previous tie.
    const opponent = opponentIn(tie, team);
    const feeder = stages[at - 1]?.ties.find((b) => involves(b.tie, opponent))?.tie;
    return feeder === undefined ? [opponent] : possibleWinners(feeder);
  }
  if (tie.status === 'decided' && tie.winner !== team) return [];
  if (stage.stage.kind === 'final') return [];
  const drawnAlready = new Set((stages[at + 1]?.ties ?? []).flatMap((b) => [...b.tie.teams]));
  return stage.ties
    .filter((b) => b.tie !== tie)
    .flatMap((b) => possibleWinners(b.tie))
    .filter((name) => !drawnAlready.has(name));
}
