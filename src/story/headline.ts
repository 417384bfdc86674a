// The headline and standfirst of a report: the champion, the record, the tie or the result first,
// whichever matters most; the standfirst says the result, what it means and the record in one line.
import type { Fact } from '../records/engine/fact.js';
import type { Sentence } from './story.js';
import type { StoryInput } from './story-input.js';
import type { MatchView } from './match-view.js';
import type { Side } from '../domain/vocabulary.js';
import { competitionWritten, titleWritten } from './occasion.js';
import { other, teamOf } from './match-view.js';
import { numberWord, ordinal } from './numbers.js';
import { decidesTie, howWon, meaningClause, nextRoundWritten, resultClause, resultSlots, type Clause } from './result.js';
import { holdersWritten, nameWritten, possessive, previousHolders, titlePhrase } from './record-sentence.js';
import { occasionOf } from './result-paragraph.js';
import { mergeSources, type StoryWriter } from './writer.js';

const RECORD_KINDS = new Set(['new_record', 'equals_record', 'extends_own_record', 'milestone']);
/** A fact at least this newsworthy can make the headline. */
const HEADLINE_SCORE = 80;
/** …and the standfirst. */
const STANDFIRST_SCORE = 60;

function topRecord(facts: readonly Fact[], min: number): Fact | undefined {
  return facts.find((f) => f.score >= min && RECORD_KINDS.has(f.kind));
}

/** "Miroslav Klose broke Ronaldo's record"; for a match or a tie, "setting a record for …" (within the data's horizon). */
function recordPast(w: StoryWriter, fact: Fact, subjectAs?: string): string | undefined {
  if (fact.subject.kind === 'match' || fact.subject.kind === 'tie') {
    const season = /since (\S+), where this database begins/.exec(fact.text)?.[1];
    const slots = { title: titlePhrase(fact.title), _horizon: season ? (w.phrase('record.horizon', { season }) ?? '') : '' };
    if (fact.kind === 'new_record') return w.phrase('recordPast.matchNew', slots);
    if (fact.kind === 'equals_record') return w.phrase('recordPast.matchEquals', slots);
    return undefined;
  }
  const holders = previousHolders(fact);
  const holder = holdersWritten(holders) || undefined;
  const slots = { subject: subjectAs ?? nameWritten(fact.subject), holder, value: fact.value, own: possessive(fact) };
  const shared = holders.length > 1;
  switch (fact.kind) {
    case 'new_record':
      return w.phrase(shared ? 'recordPast.new_recordShared' : 'recordPast.new_record', slots) ?? w.phrase('recordPast.new_recordAlone', slots);
    case 'equals_record':
      return w.phrase(shared ? 'recordPast.equals_recordShared' : 'recordPast.equals_record', slots) ?? w.phrase('recordPast.new_recordAlone', slots);
    case 'extends_own_record':
      return w.phrase('recordPast.extends_own_record', slots);
    case 'milestone':
      return w.phrase('recordPast.milestone', slots);
    default:
      return undefined;
  }
}

function recordVerb(w: StoryWriter, fact: Fact): string | undefined {
  switch (fact.kind) {
    case 'new_record':
    case 'equals_record':
    case 'extends_own_record':
    case 'milestone':
      return w.phrase(`recordVerb.${fact.kind}`, { value: fact.value });
    default:
      return undefined;
  }
}

/** The headline of a played match. */
export function playedHeadline(w: StoryWriter, input: StoryInput, view: MatchView, facts: readonly Fact[]): Sentence | undefined {
  const tie = input.tie;
  const result = resultClause(w, view, 'present');
  const title = titleLead(w, input, view, 'headline');
  if (title) return { ...title, text: title.text.replace(/\.$/, '') };
  if (tie && decidesTie(tie) && tie.tie.stage.kind === 'final') {
    const s = w.sentence('headline.champions', { winner: tie.tie.winner, title: titleWritten(view.match.data) }, { match: [view.ref, tie.id] });
    if (s) return { ...s, text: s.text.replace(/\.$/, '') };
  }
  const fact = topRecord(facts, HEADLINE_SCORE);
  if (fact && result) {
    const s = w.sentence('headline.record', { subject: fact.subject.name, recordVerb: recordVerb(w, fact), result: result.text }, mergeSources(result.sources, { facts: [fact.id] }));
    if (s) return { ...s, text: s.text.replace(/\.$/, '') };
  }
  if (tie && decidesTie(tie) && tie.tie.format === 'two_legs') {
    const how = howWon(w, tie.tie.decidedBy);
    const slots = { tieWinner: tie.tie.winner, tieLoser: tie.tie.loser, how, nextRound: nextRoundWritten(tie) };
    const s = how ? w.sentence('headline.through', slots, { match: [view.ref, tie.id] }) : w.sentence('headline.throughPlain', slots, { match: [view.ref, tie.id] });
    if (s) return { ...s, text: s.text.replace(/\.$/, '') };
  }
  if (!result) return undefined;
  return w.literal('headline', result.text, result.sources, { punctuate: false });
}

/** The standout performance: a hat-trick or more, with the goals it rests on. */
export function standout(view: MatchView): { scorer: string; goals: number; side: Side; refs: string[] } | undefined {
  const byScorer = new Map<string, { scorer: string; side: Side; refs: string[] }>();
  for (const g of view.goals) {
    if (g.goal.scorer === null || g.goal.ownGoal) continue;
    const key = `${g.goal.scorer}|${g.goal.side}`;
    const entry = byScorer.get(key) ?? { scorer: g.goal.scorer, side: g.goal.side, refs: [] };
    entry.refs.push(g.ref);
    byScorer.set(key, entry);
  }
  const best = [...byScorer.values()].sort((a, b) => b.refs.length - a.refs.length)[0];
  return best && best.refs.length >= 3 ? { ...best, goals: best.refs.length } : undefined;
}

/** The goal that won a match by one, and who scored it: the last time the winner went ahead. */
export function winningGoal(view: MatchView): { scorer: string; ref: string; extraTime: boolean; only: boolean } | undefined {
  const final = view.final;
  const side = view.winnerSide;
  if (!final || !side || view.byPenalties || !view.goalsComplete || Math.abs(final[0] - final[1]) !== 1) return undefined;
  const loserGoals = side === 'home' ? final[1] : final[0];
  const winner = view.goals.find((g) => g.goal.side === side && (side === 'home' ? g.after[0] : g.after[1]) === loserGoals + 1);
  if (!winner || winner.goal.scorer === null || winner.goal.ownGoal) return undefined;
  return { scorer: winner.goal.scorer, ref: winner.ref, extraTime: (winner.goal.minute ?? 0) > 90 && !winner.goal.stoppage, only: final[0] + final[1] === 1 };
}

/** ", despite a hat-trick from Kylian Mbappé" / ", with four goals from Gerd Müller" / ", Mario Götze scoring the winner in extra time". */
function standoutClause(w: StoryWriter, view: MatchView, lead: Side | undefined): Clause | undefined {
  const s = standout(view);
  if (!s) {
    const winner = winningGoal(view);
    if (!winner) return undefined;
    // "after extra time" is already in the result: the goal's minute is left to the body.
    const text = w.phrase(winner.only ? 'lead.winnerOnly' : 'lead.winner', { scorer: winner.scorer, _when: winner.extraTime && !view.extraTime ? (w.phrase('lead.inExtraTime', {}) ?? '') : '' });
    return text ? { text, sources: { match: [view.ref, winner.ref] } } : undefined;
  }
  const against = lead !== undefined && s.side !== lead;
  const kind = s.goals === 3 ? (against ? 'lead.hatTrickAgainst' : 'lead.hatTrick') : against ? 'lead.haulAgainst' : 'lead.haul';
  const text = w.phrase(kind, { scorer: s.scorer, count: numberWord(s.goals) });
  return text ? { text, sources: { match: [view.ref, ...s.refs] } } : undefined;
}

/** How the champion's deciding match went, as a participle: "beating France 4-2 on penalties after a 3-3 draw". */
function howClause(w: StoryWriter, view: MatchView, side: Side): string | undefined {
  const slots = resultSlots(view, side);
  const opponent = teamOf(view, other(side));
  if (view.winnerSide === side) {
    if (view.byPenalties) return w.phrase(view.penalties ? 'lead.howPenalties' : 'lead.howPenaltiesNoScore', slots);
    if (view.extraTime) return w.phrase('lead.howExtraTime', slots);
    return w.phrase('lead.howWin', slots);
  }
  if (view.winnerSide === undefined) return w.phrase('lead.howDraw', { ...slots, opponent });
  return w.phrase('lead.howLoss', { ...slots, opponent, score: resultSlots(view).score });
}

/**
 * The title a match decided, led with: "Germany won their fourth World Cup, beating Argentina 1-0
 * after extra time in the final" — the count only where the data holds every edition.
 */
export function titleLead(w: StoryWriter, input: StoryInput, view: MatchView, form: 'headline' | 'lead'): Sentence | undefined {
  const side = input.honours?.decidedTitle;
  if (!side) return undefined;
  const champion = teamOf(view, side);
  const counted = input.honours?.[side];
  const comp = competitionWritten(view.match.data.competition.name);
  const stage = view.match.data.stage?.kind;
  const slots = {
    champion,
    nth: counted ? ordinal(counted.titles) : undefined,
    comp,
    title: titleWritten(view.match.data),
    how: howClause(w, view, side),
    _inFinal: stage === 'final' ? (w.phrase('lead.inFinal', {}) ?? '') : '',
    _onPens: view.byPenalties && view.winnerSide === side ? (w.phrase('lead.onPenalties', {}) ?? '') : '',
  };
  const sources = mergeSources({ match: [view.ref] }, input.tie ? { match: [input.tie.id] } : {}, counted ? { match: [counted.id] } : {});
  if (form === 'headline') return w.sentence(counted ? 'headline.titleNth' : 'headline.title', slots, sources);
  const extra = standoutClause(w, view, side);
  const sentence = w.sentence(counted ? 'lead.titleNth' : 'lead.title', { ...slots, _standout: extra?.text ?? '' }, mergeSources(sources, extra?.sources ?? {}));
  return sentence;
}

/** The standfirst of a played match: the result and what it decided, then the standout performance. */
export function playedStandfirst(w: StoryWriter, input: StoryInput, view: MatchView, facts: readonly Fact[]): Sentence | undefined {
  const title = titleLead(w, input, view, 'lead');
  if (title) return title;
  const result = resultClause(w, view, 'past');
  if (!result) return undefined;
  const meaning = meaningClause(w, input, view);
  // The standout: a hat-trick, else the record of the night, else the goal that won it.
  const hatTrick = standout(view) ? standoutClause(w, view, view.winnerSide) : undefined;
  // A win is told through the winners: a loser's record waits for the body ("Saudi Arabia beat
  // Argentina" leads with the Saudi winner, not with Messi's record in defeat).
  const loser = view.winnerSide === undefined ? undefined : view.winnerSide === 'home' ? view.away : view.home;
  const fact = hatTrick ? undefined : topRecord(facts.filter((f) => loser === undefined || (f.subject.team ?? (f.subject.kind === 'team' ? f.subject.name : undefined)) !== loser), STANDFIRST_SCORE);
  // The team the result opens with is "they" in its own clause ("Brazil won 4-1 … as they broke…"),
  // unless what the result meant, said between, names another team last ("…, and Costa Rica are out").
  const opponent = fact?.subject.name === view.home ? view.away : view.home;
  const named = fact?.subject.kind === 'team' && result.text.startsWith(fact.subject.name) && !meaning?.text.includes(opponent) ? 'they' : undefined;
  const past = fact ? recordPast(w, fact, named) : undefined;
  const record = past ? (fact && (fact.subject.kind === 'match' || fact.subject.kind === 'tie') ? `, ${past}` : w.phrase('record.clause', { recordPast: past })) : undefined;
  const haul = hatTrick ?? (record ? undefined : standoutClause(w, view, view.winnerSide));
  return w.sentence(
    'standfirst.result',
    { result: result.text, occasion: occasionOf(input), _meaning: meaning?.text ?? '', _record: haul?.text ?? record ?? '' },
    mergeSources(result.sources, meaning?.sources ?? {}, haul?.sources ?? {}, record && fact ? { facts: [fact.id] } : {}),
  );
}
