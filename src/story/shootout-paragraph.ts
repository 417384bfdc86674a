// The shoot-out told: who kicked first, who scored and who missed in the order they kicked, and
// the kick that settled it — where the data has the kicks; the score alone is in the result.
import type { Sentence } from './story.js';
import type { MatchView } from './match-view.js';
import { teamOf } from './match-view.js';
import { joinAnd, ordinal } from './numbers.js';
import { readShootout, type Kick, type Shootout } from './shootout.js';
import type { StoryWriter } from './writer.js';

export function shootoutRef(matchId: number): string {
  return `shootout:${matchId}`;
}

/** The shoot-out of a match view, when the data has its kicks. */
export function shootoutOf(view: MatchView): Shootout | undefined {
  if (!view.byPenalties) return undefined;
  const d = view.match.data;
  return readShootout(d.shootout, view.winnerSide, view.penalties, d.score.shootoutFirstKicker);
}

function takerOf(k: Kick): string {
  return k.taker ?? `the ${ordinal(k.round)} taker`;
}

function kickWritten(w: StoryWriter, k: Kick, salt: string): string {
  return w.phrase(k.converted ? 'shootout.scored' : 'shootout.missed', { taker: takerOf(k) }, salt) ?? takerOf(k);
}

/** The shoot-out paragraph; empty when the data has no kicks. */
export function shootoutParagraph(w: StoryWriter, view: MatchView): Sentence[] {
  const s = shootoutOf(view);
  if (!s) return [];
  const sources = { match: [view.ref, shootoutRef(view.match.id)] };
  const out: Sentence[] = [];
  const sequence = s.sequence;
  if (sequence && s.decisive) {
    const first = sequence[0];
    const opening = first ? w.sentence('shootout.first', { team: teamOf(view, first.side) }, sources) : undefined;
    if (opening) out.push(opening);
    const before = sequence.slice(0, -1);
    const rounds: string[] = [];
    for (let i = 0; i < before.length; i += 2) {
      const [a, b] = before.slice(i, i + 2);
      if (!a) continue;
      if (b && a.converted === b.converted) rounds.push(w.phrase(a.converted ? 'shootout.bothScored' : 'shootout.bothMissed', { a: takerOf(a), b: takerOf(b) }, `#${i}`) ?? '');
      else rounds.push([a, b].filter((k): k is Kick => k !== undefined).map((k, j) => kickWritten(w, k, `#${i + j}`)).join(', '));
    }
    const decisive = s.decisive;
    const last = w.phrase(decisive.converted ? 'shootout.decisiveGoal' : 'shootout.decisiveMiss', { taker: takerOf(decisive), team: teamOf(view, decisive.side), winner: teamOf(view, s.winner) });
    if (rounds.length > 0) {
      const kicks = w.sentence('shootout.kicks', { kicks: rounds.join('; ') }, sources);
      if (kicks) out.push(kicks);
    }
    if (last) out.push(w.literal('shootout.decisive', last, sources));
    return out;
  }
  for (const side of [s.winner, s.winner === 'home' ? 'away' : 'home'] as const) {
    const kicks = side === 'home' ? s.home : s.away;
    if (kicks.length === 0) continue;
    const list = joinAnd(kicks.map((k, i) => kickWritten(w, k, `#${side}${i}`)));
    const sentence = w.sentence(out.length === 0 ? 'shootout.teamFirst' : 'shootout.team', { team: teamOf(view, side), list }, sources, `#${side}`);
    if (sentence) out.push(sentence);
  }
  return out;
}
