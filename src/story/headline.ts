// The headline and standfirst of a report: the champion, the record, the tie or the result first,
// whichever matters most; the standfirst says the result, what it means and the record in one line.
import type { Fact } from '../records/engine/fact.js';
import type { Sentence } from './story.js';
import type { StoryInput } from './story-input.js';
import type { MatchView } from './match-view.js';
import { titleWritten } from './occasion.js';
import { decidesTie, howWon, meaningClause, nextRoundWritten, resultClause } from './result.js';
import { holdersWritten, previousHolders } from './record-paragraph.js';
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

/** "Miroslav Klose broke Ronaldo's record". */
function recordPast(w: StoryWriter, fact: Fact): string | undefined {
  const holders = previousHolders(fact);
  const holder = holdersWritten(holders) || undefined;
  const slots = { subject: fact.subject.name, holder, value: fact.value };
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

/** The standfirst of a played match. */
export function playedStandfirst(w: StoryWriter, input: StoryInput, view: MatchView, facts: readonly Fact[]): Sentence | undefined {
  const result = resultClause(w, view, 'past');
  if (!result) return undefined;
  const meaning = meaningClause(w, input, view);
  const fact = topRecord(facts, STANDFIRST_SCORE);
  const past = fact ? recordPast(w, fact) : undefined;
  const record = past ? w.phrase('record.clause', { recordPast: past }) : undefined;
  return w.sentence(
    'standfirst.result',
    { result: result.text, occasion: occasionOf(input), _meaning: meaning?.text ?? '', _record: record ?? '' },
    mergeSources(result.sources, meaning?.sources ?? {}, record && fact ? { facts: [fact.id] } : {}),
  );
}
