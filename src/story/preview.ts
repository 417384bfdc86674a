// writePreview: before a match, what is at stake — what a result would mean for the tie or the
// group, and which records and milestones are within reach — in the same sentence-with-sources
// shape as a report.
import { MatchfactsError } from '../domain/errors.js';
import type { Sentence, Story, JsonValue } from './story.js';
import type { StoryInput } from './story-input.js';
import type { GroupOutlook, TieOutlook } from './preview-outlook.js';
import type { WithinReach } from './within-reach.js';
import { buildEvidence } from './evidence.js';
import { viewMatch, type MatchView } from './match-view.js';
import { competitionSentences } from './next-paragraph.js';
import { countOf, dateWritten, joinAnd, ordinal, ordinalDigits } from './numbers.js';
import type { StageKind } from '../domain/vocabulary.js';
import { competitionWritten, roundWritten, stageMatchWritten, tableWritten, titleWritten } from './occasion.js';
import { nextKnockoutRound } from './bracket.js';
import { teamOf } from './match-view.js';
import { conditionSentences, occasionOf, whereWritten } from './result-paragraph.js';
import { citedEvidence } from './write-story.js';
import { holdersWritten, titlePhrase } from './record-sentence.js';
import { mergeSources, StoryWriter } from './writer.js';

/** What a preview is written from: the match and its context, what results would mean, what is within reach. */
export interface PreviewInput {
  readonly story: StoryInput;
  /** The match's stage, where the data leaves it out but the bracket tells it (the final). */
  readonly stage?: StageKind;
  readonly tie?: TieOutlook;
  readonly group?: GroupOutlook;
  readonly reach: readonly WithinReach[];
}

/** At most this many records and milestones in a preview. */
export const MAX_PREVIEW_REACH = 6;

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((s): s is T => s !== undefined);
}

function reachSentence(w: StoryWriter, r: WithinReach, view: MatchView): Sentence | undefined {
  const sources = { match: [view.ref, r.id] };
  const others = r.holders.filter((h) => h.name !== r.subject.name).map((h) => h.name);
  const holders = holdersWritten(others);
  const value = r.holders[0]?.value ?? String(r.target);
  const salt = `#${r.id}`;
  const team = r.subject.kind === 'team';
  const slots = {
    player: r.subject.name,
    need: countOf(r.need, r.unit),
    title: titlePhrase(r.title),
    value,
    holder: holders,
    needs: team ? 'need' : 'needs',
    is: team ? 'are' : 'is',
    holds: team ? 'hold' : 'holds',
    shares: team ? 'share' : 'shares',
  };
  switch (r.kind) {
    case 'equal':
      return w.sentence('preview.equal', slots, sources, salt);
    case 'break':
      return w.sentence(others.length < r.holders.length ? 'preview.breakShared' : 'preview.break', slots, sources, salt);
    case 'holds':
      return w.sentence('preview.holds', slots, sources, salt);
    case 'milestone_goals':
      return w.sentence('preview.milestoneGoals', { subject: r.subject.name, isAre: r.subject.kind === 'player' ? 'is' : 'are', need: countOf(r.need, r.unit), milestone: String(r.target), book: r.book }, sources, salt);
    case 'milestone_match':
      return w.sentence('preview.milestoneMatch', { subject: r.subject.name, nth: ordinalDigits(r.target), book: r.book }, sources, salt);
    case 'milestone_competition':
      return w.sentence('preview.milestoneCompetition', { need: countOf(r.need, r.unit), nth: ordinalDigits(r.target), book: r.book }, sources, salt);
  }
}

/**
 * Players the same count away from the same record, side by side: one sentence names them all
 * ("Antoine Griezmann, Kylian Mbappé and Paul Pogba each need two goals to equal…") rather than a
 * sentence each that only the name tells apart.
 */
function reachGroups(reach: readonly WithinReach[]): WithinReach[][] {
  const groups: WithinReach[][] = [];
  const byRecord = new Map<string, WithinReach[]>();
  for (const r of reach) {
    const sharesIt = r.holders.some((h) => h.name === r.subject.name);
    const groupable = r.subject.kind === 'player' && (r.kind === 'equal' || (r.kind === 'break' && !sharesIt));
    const key = groupable ? `${r.kind}|${r.definitionId}|${r.need}|${r.target}` : undefined;
    const group = key === undefined ? undefined : byRecord.get(key);
    if (group) {
      group.push(r);
      continue;
    }
    const created = [r];
    if (key !== undefined) byRecord.set(key, created);
    groups.push(created);
  }
  return groups;
}

function reachGroupSentence(w: StoryWriter, group: readonly WithinReach[], view: MatchView): Sentence | undefined {
  const [first] = group;
  if (!first) return undefined;
  if (group.length === 1) return reachSentence(w, first, view);
  const players = group.map((r) => r.subject.name);
  const others = first.holders.filter((h) => !players.includes(h.name)).map((h) => h.name);
  const slots = {
    players: joinAnd(players),
    need: countOf(first.need, first.unit),
    title: titlePhrase(first.title),
    value: first.holders[0]?.value ?? String(first.target),
    holder: holdersWritten(others),
  };
  const sources = { match: [view.ref, ...group.map((r) => r.id)] };
  return w.sentence(first.kind === 'equal' ? 'preview.equalEach' : 'preview.breakEach', slots, sources, `#${first.id}`);
}

function tieSentences(w: StoryWriter, tie: TieOutlook, view: MatchView): Sentence[] {
  const sources = { match: [view.ref, tie.id] };
  const out: Sentence[] = [];
  if (tie.leader) {
    const trailing = tie.teams.find((t) => t !== tie.leader);
    out.push(...present([w.sentence('tie.firstLegLead', { leader: tie.leader, lead: tie.lead }, sources), trailing ? w.sentence('preview.tieNeed', { team: trailing, lead: tie.lead }, sources) : undefined]));
  } else out.push(...present([w.sentence('preview.tieLevel', { lead: tie.lead }, sources)]));
  for (const team of tie.drawTakesThrough) out.push(...present([w.sentence('preview.tieDraw', { team }, sources, `#${team}`)]));
  for (const team of tie.winTakesThrough) if (!tie.drawTakesThrough.includes(team)) out.push(...present([w.sentence('preview.tieWin', { team }, sources, `#${team}`)]));
  return out;
}

function groupSentences(w: StoryWriter, group: GroupOutlook, view: MatchView): Sentence[] {
  const sources = { match: [view.ref, group.id] };
  const others = group.table.reduce((sum, row) => sum + row.remaining, 0) / 2 - 1;
  const tableName = tableWritten(group.group);
  return group.teams.flatMap((t) => {
    const salt = `#${t.team}`;
    if (t.alreadyTop) return present([w.sentence('preview.alreadyTop', { team: t.team, tableName }, sources, salt)]);
    if (t.alreadyThrough) return present([w.sentence('preview.alreadyThrough', { team: t.team }, sources, salt)]);
    if (t.winTakesTop) return present([w.sentence('preview.groupTop', { team: t.team, tableName }, sources, salt)]);
    if (t.winTakesThrough) return present([w.sentence('preview.groupWin', { team: t.team, _plural: others > 1 ? 's' : '' }, sources, salt)]);
    return [];
  });
}

/** What the match decides, from its stage: the title in a final, a place in the next round in a knockout match. */
function decidesSentences(w: StoryWriter, input: PreviewInput, view: MatchView, stage: StageKind | undefined): Sentence[] {
  const d = view.match.data;
  const sources = { match: [view.ref] };
  if (stage === 'final') {
    const out = present([w.sentence('preview.final', { title: titleWritten(d), home: view.home, away: view.away }, sources)]);
    const h = input.story.honours;
    const counts = [h?.homeBefore, h?.awayBefore];
    if (counts[0] && counts[1] && counts[0].titles === counts[1].titles && counts[0].titles > 0) {
      const holders = h?.holders ? teamOf(view, h.holders) : undefined;
      const slots = { nth: ordinal(counts[0].titles + 1), comp: competitionWritten(d.competition.name), _holders: holders ? (w.phrase('preview.holdersAre', { team: holders }) ?? '') : '' };
      return [...out, ...present([w.sentence('preview.bothChase', slots, { match: [view.ref, counts[0].id, counts[1].id] })])];
    }
    for (const side of ['home', 'away'] as const) {
      const before = side === 'home' ? h?.homeBefore : h?.awayBefore;
      if (!before) continue;
      const team = teamOf(view, side);
      const slots = { team, nth: ordinal(before.titles + 1), comp: competitionWritten(d.competition.name), last: before.previousTitle };
      const kind = before.titles === 0 ? 'preview.firstTitle' : h?.holders === side ? 'preview.holdersChase' : 'preview.titleChase';
      out.push(...present([w.sentence(kind, slots, { match: [view.ref, before.id] }, `#${side}`)]));
    }
    return out;
  }
  if (stage === 'third_place') return present([w.sentence('preview.thirdPlace', {}, sources)]);
  const next = roundWritten(nextKnockoutRound(stage));
  if (next && !input.tie && input.story.tie?.tie.format !== 'two_legs') return present([w.sentence('preview.knockout', { nextRound: next }, sources)]);
  return [];
}

function outlookEvidence(input: PreviewInput): [string, JsonValue][] {
  const out: [string, JsonValue][] = [];
  if (input.tie) out.push([input.tie.id, JSON.parse(JSON.stringify(input.tie)) as JsonValue]);
  if (input.group) out.push([input.group.id, JSON.parse(JSON.stringify(input.group)) as JsonValue]);
  for (const r of input.reach) out.push([r.id, JSON.parse(JSON.stringify(r)) as JsonValue]);
  return out;
}

/**
 * The preview of a match: pure and deterministic, like `writeStory`.
 *
 * @example writePreview(await loadPreviewInput(store, matchId, definitions)).paragraphs[1]?.[0]?.text // 'Lionel Messi needs two goals to equal …'
 */
export function writePreview(input: PreviewInput): Story {
  const view = viewMatch(input.story.match);
  const d = view.match.data;
  const w = new StoryWriter(view.match.id);
  const evidence = buildEvidence({ ...input.story, facts: [] }, view);
  for (const [id, value] of outlookEvidence(input)) evidence.set(id, value);
  const matchSources = { match: [view.ref] };
  const stage = input.stage ?? d.stage?.kind;
  // A stage the bracket tells is named as if the data had it: "the 2026 World Cup final".
  const story = input.stage && !d.stage ? { ...input.story, match: { ...input.story.match, data: { ...d, stage: { kind: input.stage, name: stageMatchWritten(input.stage) } } } } : input.story;
  const slots = { home: view.home, away: view.away, occasion: occasionOf(story), date: dateWritten(d.date), _where: whereWritten(w, view) };

  const reach = present(reachGroups(input.reach).slice(0, MAX_PREVIEW_REACH).map((group) => reachGroupSentence(w, group, view)));
  const stakes = [...decidesSentences(w, input, view, stage), ...(input.tie ? tieSentences(w, input.tie, view) : []), ...(input.group ? groupSentences(w, input.group, view) : [])];
  const statusKind = d.status === 'postponed' || d.status === 'cancelled' || d.status === 'abandoned' || d.status === 'suspended' ? (`status.${d.status}` as const) : undefined;
  const status = statusKind ? present([w.sentence(statusKind, { ...slots, _at: '' }, matchSources)]) : [];
  const nothing = reach.length === 0 ? present([w.sentence('preview.nothing', {}, matchSources)]) : [];

  // What the match decides leads; records within reach come after it. The lead is said once.
  const lead = stakes[0] ?? reach[0];
  const stake = lead ? w.phrase('preview.stake', { stake: lead.text.replace(/\.$/, '') }) : undefined;
  const headline = stage === 'final' ? w.sentence('preview.headlineFinal', { ...slots, title: titleWritten(d) }, matchSources) : w.sentence('preview.headline', slots, matchSources);
  const standfirst = w.sentence('preview.standfirst', { ...slots, _stake: stake ?? '' }, mergeSources(matchSources, lead && stake ? lead.sources : {}));
  if (!headline || !standfirst) throw new MatchfactsError(`preview: no headline for match ${view.match.id}`);
  const rest = (sentences: readonly Sentence[]): Sentence[] => (stake ? sentences.filter((s) => s !== lead) : [...sentences]);
  const paragraphs = [
    [...status, ...conditionSentences(w, view).filter((s) => d.status !== 'played' || s.kind !== 'status.attendance'), ...rest(stakes)],
    [...rest(reach), ...nothing],
    competitionSentences(w, input.story),
  ].filter((p) => p.length > 0);
  const sentences = [headline, standfirst, ...paragraphs.flat()];
  return {
    matchId: view.match.id,
    date: d.date,
    kind: 'preview',
    headline: { ...headline, text: headline.text.replace(/\.$/, '') },
    standfirst,
    paragraphs,
    evidence: citedEvidence(sentences, evidence),
    facts: [],
  };
}

