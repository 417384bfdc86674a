// The first paragraph of a report: the result on its occasion, what it means for the tie or the
// table, and the conditions it was played in (behind closed doors, the crowd, the status note).
import type { Sentence } from './story.js';
import type { StoryInput, StoryTable } from './story-input.js';
import { matchRef, other, pairFrom, teamOf, type MatchView } from './match-view.js';
import { countOf, dateWritten, ordinal, thousands } from './numbers.js';
import { competitionWritten, occasionWritten, roundWritten, stageMatchWritten, tableWritten, titleWritten } from './occasion.js';
import { aggregateFor, decidesTie, firstLegStanding, nextRoundWritten, tiePenalties } from './result.js';
import type { StoryWriter } from './writer.js';

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((s): s is T => s !== undefined);
}

/** " at Estádio do Mineirão in Belo Horizonte", " in Valencia", or nothing. */
export function whereWritten(w: StoryWriter, view: MatchView): string {
  const d = view.match.data;
  if (d.venue) return w.phrase('where.venue', { venue: d.venue, city: d.city }) ?? '';
  if (d.city) return w.phrase('where.city', { city: d.city }) ?? '';
  return '';
}

/** The occasion, with the leg of a two-legged tie. */
export function occasionOf(input: StoryInput): string {
  const tie = input.tie;
  const leg = tie && tie.tie.format === 'two_legs' && tie.tie.legs.length === 2 ? { index: tie.leg, of: 2 } : undefined;
  return occasionWritten(input.match.data, leg);
}

/** What the lead has already said, so the body does not say it again. */
export interface LeadTold {
  /** The title the match decided. */
  readonly title: boolean;
  /** That the winner went through to the next round. */
  readonly through: boolean;
}

function tieSentences(w: StoryWriter, input: StoryInput, view: MatchView, told: LeadTold): Sentence[] {
  const tie = input.tie;
  if (!tie) return [];
  const t = tie.tie;
  const sources = { match: [view.ref, tie.id] };
  if (decidesTie(tie)) {
    const winner = t.winner;
    const loser = t.loser;
    if (t.stage.kind === 'final') return told.title ? [] : present([w.sentence('champions', { winner, title: titleWritten(view.match.data) }, sources)]);
    if (t.stage.kind === 'third_place') return present([w.sentence('thirdPlace', { winner }, sources)]);
    const thirdPlace = input.nextFixtures.find((f) => f.stageKind === 'third_place' && (f.home === loser || f.away === loser));
    const out = thirdPlace
      ? w.sentence(
          'tie.thirdPlaceNext',
          { tieLoser: loser, opponent: thirdPlace.home === loser ? thirdPlace.away : thirdPlace.home, date: dateWritten(thirdPlace.date) },
          { match: [...sources.match, matchRef(thirdPlace.id)] },
        )
      : w.sentence('tie.out', { tieLoser: loser, competition: competitionWritten(view.match.data.competition.name) }, sources);
    if (t.format === 'two_legs') {
      const slots = { tieWinner: winner, agg: aggregateFor(tie, winner), pens: tiePenalties(tie), nextRound: nextRoundWritten(tie) };
      const by = t.decidedBy;
      const through =
        by === 'aggregate' || by === 'away_goals' || by === 'away_goals_in_extra_time' || by === 'extra_time'
          ? w.sentence(`tie.${by}`, slots, sources)
          : by === 'penalties'
            ? (w.sentence('tie.penalties', slots, sources) ?? w.sentence('tie.penaltiesNoScore', slots, sources))
            : w.sentence('tie.text', { tieText: t.text }, sources);
      const first = t.legs[0];
      const firstFinal = first ? (first.score.extraTime ?? first.score.fullTime) : undefined;
      let firstLeg: Sentence | undefined;
      if (first && firstFinal) {
        if (firstFinal[0] === firstFinal[1]) firstLeg = w.sentence('tie.firstLegDrawn', { firstLeg: `${firstFinal[0]}-${firstFinal[1]}` }, sources);
        else {
          const side = firstFinal[0] > firstFinal[1] ? 'home' : 'away';
          firstLeg = w.sentence('tie.firstLeg', { firstLeg: pairFrom(firstFinal, side), firstLegWinner: side === 'home' ? first.home.name : first.away.name }, sources);
        }
      }
      return present([told.through ? undefined : (through ?? w.sentence('tie.text', { tieText: t.text }, sources)), firstLeg, out]);
    }
    if (t.decidedBy === 'replay' || t.decidedBy === 'awarded' || t.decidedBy === 'walkover') {
      return present([w.sentence('tie.text', { tieText: t.text }, sources), out]);
    }
    return present([told.through ? undefined : w.sentence('tie.single', { tieWinner: winner, nextRound: nextRoundWritten(tie) }, sources), out]);
  }
  if (tie.leg === 0 && t.format === 'two_legs') {
    const standing = firstLegStanding(tie);
    if (!standing) return [];
    return present([
      standing.leader
        ? w.sentence('tie.firstLegLead', { leader: standing.leader, lead: standing.lead }, sources)
        : w.sentence('tie.firstLegLevel', { lead: standing.lead }, sources),
    ]);
  }
  const replay = t.format === 'with_replay' ? t.legs[tie.leg + 1] : undefined;
  const replayId = tie.legIds[tie.leg + 1];
  if (replay && replayId !== undefined) return present([w.sentence('tie.replay', { date: dateWritten(replay.date) }, { match: [...sources.match, matchRef(replayId)] })]);
  if (t.status === 'undecidable') return present([w.sentence('tie.text', { tieText: t.text }, sources)]);
  return [];
}

function tableSentence(w: StoryWriter, table: StoryTable, team: string, sources: { match: string[] }, salt: string, onlyFinal: boolean): Sentence | undefined {
  const row = table.rows.find((r) => r.team === team);
  if (!row) return undefined;
  const tableName = tableWritten(table.group);
  const slots = { team, tableName, position: ordinal(row.position), points: countOf(row.points, 'point'), nextRound: roundWritten(table.nextStages?.[team]), zone: row.zone };
  if (table.complete) {
    if (table.through) {
      if (!table.through.includes(team)) return w.sentence('table.out', slots, sources, salt);
      return w.sentence('table.through', slots, sources, salt) ?? w.sentence('table.throughNoRound', slots, sources, salt);
    }
    if (row.zone && table.stageKind === 'league_phase') return w.sentence('table.zone', slots, sources, salt);
    if (row.position === 1 && table.stageKind !== 'league_phase') return w.sentence('table.winners', slots, sources, salt);
    return w.sentence('table.final', slots, sources, salt);
  }
  if (onlyFinal) return undefined;
  if (row.position === 1) return w.sentence(table.positionsBefore[team] === 1 ? 'table.top' : 'table.wentTop', slots, sources, salt);
  return w.sentence('table.position', slots, sources, salt);
}

function tableSentences(w: StoryWriter, input: StoryInput, view: MatchView): Sentence[] {
  const table = input.table;
  if (!table) return [];
  const sources = { match: [view.ref, table.id] };
  const first = view.winnerSide ?? 'home';
  const winner = view.winnerSide ? teamOf(view, view.winnerSide) : undefined;
  const row = winner ? table.rows.find((r) => r.team === winner) : undefined;
  // The lead has said the winner went top ("a result that put Brazil top of Group A"): not again.
  const leadSaidTop = row?.position === 1 && winner !== undefined && table.positionsBefore[winner] !== 1 && !table.complete;
  return present([
    leadSaidTop ? undefined : tableSentence(w, table, teamOf(view, first), sources, '#1', false),
    tableSentence(w, table, teamOf(view, other(first)), sources, '#2', true),
  ]);
}

/** Behind closed doors, the crowd, the organiser's note. */
export function conditionSentences(w: StoryWriter, view: MatchView): Sentence[] {
  const d = view.match.data;
  const sources = { match: [view.ref] };
  return present([
    d.behindClosedDoors ? w.sentence('status.closedDoors', {}, sources) : undefined,
    d.attendance !== undefined && d.attendance > 0 && !d.behindClosedDoors ? w.sentence('status.attendance', { attendance: thousands(d.attendance) }, sources) : undefined,
    d.statusNote ? w.sentence('status.note', { note: d.statusNote }, sources) : undefined,
  ]);
}

/** The first paragraph of a played (or awarded) match: where and when, then what the lead left out about the tie or table. */
export function resultParagraph(w: StoryWriter, input: StoryInput, view: MatchView, told: LeadTold): Sentence[] {
  const d = view.match.data;
  const stage = d.stage && d.stage.kind !== 'other' ? stageMatchWritten(d.stage.kind) : undefined;
  const opening = w.sentence(stage ? 'body.setting' : 'body.settingMatch', { stage, _where: whereWritten(w, view), date: dateWritten(d.date) }, { match: [view.ref] });
  return present([opening, ...tieSentences(w, input, view, told), ...tableSentences(w, input, view), ...conditionSentences(w, view)]);
}
