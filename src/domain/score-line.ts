// How a result is written: `3-3 a.e.t., 4-2 pen.`, `2-1 (1-0)`, `1-0 [awarded]`.
import type { Score } from './match-data.js';
import type { MatchStatus } from './vocabulary.js';

/**
 * The score line a desk writes for a match.
 *
 * @example formatScoreLine({ fullTime: [2, 2], extraTime: [3, 3], penalties: [4, 2] }, 'played') // '3-3 a.e.t., 4-2 pen.'
 */
export function formatScoreLine(score: Score, status: MatchStatus): string {
  const final = score.extraTime ?? score.fullTime;
  if (!final) return status === 'played' ? 'score unknown' : status;
  let text = `${final[0]}-${final[1]}`;
  if (score.extraTime) text += ' a.e.t.';
  if (score.penalties) text += `, ${score.penalties[0]}-${score.penalties[1]} pen.`;
  else if (score.shootoutWinner) text += `, ${score.shootoutWinner} side won on penalties`;
  if (status !== 'played') text += ` [${status}]`;
  return text;
}

/** The minute of an event as written: `90+3'`. */
export function formatMinuteOfPlay(minute?: number | null, stoppage?: number | null): string {
  if (minute === undefined || minute === null) return "?'";
  return stoppage ? `${minute}+${stoppage}'` : `${minute}'`;
}
