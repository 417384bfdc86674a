// The result in words: a clause for the headline (present tense) or the body (past tense), and
// what the result means — through, champions, top of the group — as a clause after it.
import type { Side } from '../domain/vocabulary.js';
import type { DecidedBy } from '../rules/ties/index.js';
import type { PhraseKind } from './phrases.js';
import type { StoryInput, StoryTie } from './story-input.js';
import { other, pairFrom, pairLeaderFirst, teamOf, type MatchView } from './match-view.js';
import { numberWord } from './numbers.js';
import { roundWritten, tableWritten, titleWritten } from './occasion.js';
import type { SourceIds, StoryWriter } from './writer.js';

/** Words with the ids they rest on: a piece of a sentence. */
export interface Clause {
  readonly text: string;
  readonly sources: SourceIds;
}

function resultKind(view: MatchView, tense: 'past' | 'present'): { kind: string; winner?: Side } | undefined {
  const final = view.final;
  if (!final) return undefined;
  const status = view.match.data.status;
  const prefix = tense === 'past' ? 'result' : 'headline';
  if (status === 'awarded') {
    if (!view.winnerSide) return undefined;
    return { kind: tense === 'past' ? 'result.awarded' : 'headline.awarded', winner: view.winnerSide };
  }
  if (view.byPenalties && view.winnerSide) {
    return { kind: tense === 'past' && !view.penalties ? 'result.penaltiesNoScore' : `${prefix}.penalties`, winner: view.winnerSide };
  }
  if (!view.winnerSide) {
    if (final[0] === 0 && final[1] === 0) return { kind: `${prefix}.goalless` };
    return { kind: view.extraTime && tense === 'past' ? 'result.drawAet' : `${prefix}.draw` };
  }
  if (view.extraTime) return { kind: `${prefix}.aet`, winner: view.winnerSide };
  const margin = Math.abs(final[0] - final[1]);
  return { kind: margin >= 4 ? `${prefix}.rout` : margin === 1 ? `${prefix}.narrow` : `${prefix}.win`, winner: view.winnerSide };
}

/** The slots every result template may use. */
export function resultSlots(view: MatchView, winner?: Side): Record<string, string | undefined> {
  const final = view.final;
  const w = winner ?? view.winnerSide;
  const winnerGoals = final && w ? (w === 'home' ? final[0] : final[1]) : undefined;
  return {
    home: view.home,
    away: view.away,
    winner: w ? teamOf(view, w) : undefined,
    loser: w ? teamOf(view, other(w)) : undefined,
    score: final ? (w ? pairFrom(final, w) : pairLeaderFirst(final)) : undefined,
    winnerGoals: winnerGoals !== undefined && winnerGoals <= 10 ? numberWord(winnerGoals) : undefined,
    pens: view.penalties && w ? pairFrom(view.penalties, w) : undefined,
  };
}

/** "Germany thrashed Brazil 7-1" (past) or "Germany rout Brazil 7-1" (present). */
export function resultClause(w: StoryWriter, view: MatchView, tense: 'past' | 'present'): Clause | undefined {
  const kind = resultKind(view, tense);
  if (!kind) return undefined;
  const text = w.phrase(kind.kind as PhraseKind, resultSlots(view, kind.winner));
  return text === undefined ? undefined : { text, sources: { match: [view.ref] } };
}

/** True when this match is the one that decided its tie. */
export function decidesTie(tie: StoryTie): boolean {
  return tie.tie.status === 'decided' && tie.leg === tie.tie.legs.length - 1 && tie.tie.winner !== undefined;
}

/** The aggregate of a tie with the given team's goals first. */
export function aggregateFor(tie: StoryTie, team: string | undefined): string | undefined {
  const agg = tie.tie.aggregate;
  if (!agg) return undefined;
  return team === tie.tie.teams[1] ? `${agg[1]}-${agg[0]}` : `${agg[0]}-${agg[1]}`;
}

/** "on away goals scored in extra time", "on penalties"; undefined for a plain aggregate. */
export function howWon(w: StoryWriter, decidedBy: DecidedBy | undefined): string | undefined {
  switch (decidedBy) {
    case 'away_goals':
    case 'away_goals_in_extra_time':
    case 'extra_time':
    case 'penalties':
    case 'replay':
      return w.phrase(`how.${decidedBy}`, {});
    default:
      return undefined;
  }
}

/** The next round the tie's winner goes to, in words. */
export function nextRoundWritten(tie: StoryTie): string | undefined {
  return roundWritten(tie.next?.stageKind);
}

/** The shoot-out of the deciding leg, winner first. */
export function tiePenalties(tie: StoryTie): string | undefined {
  const last = tie.tie.legs[tie.tie.legs.length - 1];
  const pens = last?.score.penalties;
  const winner = tie.tie.winner;
  if (!last || !pens || !winner) return undefined;
  return last.home.name === winner ? `${pens[0]}-${pens[1]}` : `${pens[1]}-${pens[0]}`;
}

/** The score of the tie after the first leg, leader first, and who leads. */
export function firstLegStanding(tie: StoryTie): { lead: string; leader?: string } | undefined {
  const first = tie.tie.legs[0];
  const final = first ? (first.score.extraTime ?? first.score.fullTime) : undefined;
  if (!first || !final) return undefined;
  if (final[0] === final[1]) return { lead: `${final[0]}-${final[1]}` };
  return { lead: pairLeaderFirst(final), leader: final[0] > final[1] ? first.home.name : first.away.name };
}

/** What the result means, as a clause that follows it: " to reach the final", ", but FC Porto went through…". */
export function meaningClause(w: StoryWriter, input: StoryInput, view: MatchView): Clause | undefined {
  const tie = input.tie;
  const matchWinner = view.winnerSide ? teamOf(view, view.winnerSide) : undefined;
  if (tie && decidesTie(tie)) {
    const t = tie.tie;
    const tieWinner = t.winner;
    const sources = { match: [view.ref, tie.id] };
    if (t.stage.kind === 'final' && matchWinner === tieWinner) {
      const text = w.phrase('meaning.champions', { title: titleWritten(view.match.data) });
      return text === undefined ? undefined : { text, sources };
    }
    if (t.stage.kind === 'third_place') return undefined;
    const slots = { nextRound: nextRoundWritten(tie), agg: aggregateFor(tie, tieWinner), how: howWon(w, t.decidedBy), tieWinner };
    if (t.format === 'two_legs') {
      let kind: PhraseKind;
      if (matchWinner === tieWinner) kind = slots.how ? 'meaning.reachHow' : slots.nextRound ? 'meaning.reachAggregate' : 'meaning.reachHow';
      else kind = slots.how ? 'meaning.throughAnyway' : 'meaning.throughAnywayAggregate';
      const text = w.phrase(kind, slots) ?? (kind === 'meaning.reachHow' ? w.phrase('meaning.reachAggregate', slots) : undefined);
      return text === undefined ? undefined : { text, sources };
    }
    if (matchWinner === tieWinner && slots.nextRound) {
      const text = w.phrase('meaning.reach', slots);
      return text === undefined ? undefined : { text, sources };
    }
    return undefined;
  }
  if (tie && tie.leg === 0 && tie.tie.format === 'two_legs' && matchWinner !== undefined) {
    const standing = firstLegStanding(tie);
    if (!standing?.leader) return undefined;
    const text = w.phrase('meaning.lead', { lead: standing.lead });
    return text === undefined ? undefined : { text, sources: { match: [view.ref, tie.id] } };
  }
  const table = input.table;
  if (table && matchWinner) {
    const row = table.rows.find((r) => r.team === matchWinner);
    if (row?.position === 1 && table.positionsBefore[matchWinner] !== 1 && !table.complete) {
      const text = w.phrase('meaning.top', { tableName: tableWritten(table.group), team: matchWinner });
      return text === undefined ? undefined : { text, sources: { match: [view.ref, table.id] } };
    }
    const loser = view.winnerSide ? teamOf(view, other(view.winnerSide)) : undefined;
    if (table.complete && table.through && loser && !table.through.includes(loser)) {
      const loserSide = view.winnerSide ? other(view.winnerSide) : undefined;
      const holders = loserSide !== undefined && input.honours?.holders === loserSide ? input.honours[loserSide] : undefined;
      const text = w.phrase(holders ? 'meaning.outHolders' : 'meaning.out', { team: loser });
      return text === undefined ? undefined : { text, sources: { match: [view.ref, table.id, ...(holders ? [holders.id] : [])] } };
    }
  }
  return undefined;
}
