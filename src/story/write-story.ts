// writeStory: a match report from a StoryInput — headline, standfirst, then the result and what it
// means, the goals in order, the record facts, and what comes next — every sentence with its sources.
import { MatchfactsError } from '../domain/errors.js';
import type { Sentence, Story } from './story.js';
import type { StoryInput } from './story-input.js';
import { buildEvidence, type Evidence } from './evidence.js';
import { goalParagraph } from './goal-paragraph.js';
import { playedHeadline, playedStandfirst } from './headline.js';
import { viewMatch } from './match-view.js';
import { nextParagraph } from './next-paragraph.js';
import { recordParagraph, storyFacts } from './record-paragraph.js';
import { resultParagraph } from './result-paragraph.js';
import { statusStory } from './status-story.js';
import { StoryWriter } from './writer.js';
import { standout } from './headline.js';
import type { MatchView } from './match-view.js';
import { nameOnce, varyTeams } from './names.js';
import { decidesTie, meaningClause } from './result.js';
import { shootoutParagraph } from './shootout-paragraph.js';
import type { Epithet } from './goal-paragraph.js';
import type { Side } from '../domain/vocabulary.js';
import type { JsonValue } from './story.js';

/** The evidence a story's sentences cite, in the order first cited. */
export function citedEvidence(sentences: readonly Sentence[], evidence: Evidence): Record<string, JsonValue> {
  const cited: Record<string, JsonValue> = {};
  for (const s of sentences) {
    for (const id of [...s.sources.match, ...s.sources.facts]) {
      const value = evidence.get(id);
      if (value === undefined) throw new MatchfactsError(`story: sentence "${s.text}" cites ${id}, which the input does not hold`);
      cited[id] = value;
    }
  }
  return cited;
}

/** "the hosts" (a national team playing a tournament at home) and "the holders" (champions of the edition before). */
function epithetsOf(w: StoryWriter, input: StoryInput, view: MatchView): Partial<Record<Side, Epithet>> {
  const d = view.match.data;
  const out: Partial<Record<Side, Epithet>> = {};
  for (const side of ['home', 'away'] as const) {
    const team = side === 'home' ? view.home : view.away;
    const counted = input.honours?.[side];
    const holders = input.honours?.holders === side && counted ? w.phrase('team.holders', {}) : undefined;
    const hosts = d.competition.kind === 'international_tournament' && d.country !== undefined && d.country === team ? w.phrase('team.hosts', {}) : undefined;
    if (hosts) out[side] = { text: hosts, source: view.ref };
    else if (holders && counted) out[side] = { text: holders, source: counted.id };
  }
  return out;
}

/** The standfirst and the paragraphs with each person named in full once, then by surname. */
function renamed(parts: readonly [Sentence, ...Sentence[][]], input: StoryInput, view: MatchView): [Sentence, ...Sentence[][]] {
  const people = [
    ...view.goals.flatMap((g) => (g.goal.scorer ? [g.goal.scorer] : [])),
    ...(view.match.data.shootout ?? []).flatMap((k) => (k.taker ? [k.taker.name] : [])),
    ...input.facts.flatMap((f) => [f.subject, ...f.previous.map((p) => p.subject)].filter((s) => s.kind === 'player').map((s) => s.name)),
  ];
  const [first, ...rest] = parts;
  const flat = nameOnce([first, ...rest.flat()], people, [view.home, view.away]);
  let i = 1;
  const they = { they: 'They', their: 'Their' };
  return [flat[0] ?? first, ...rest.map((p) => varyTeams(p.map(() => flat[i++] as Sentence), [view.home, view.away], they))];
}

/**
 * The match report: pure, deterministic (the wording varies by match id, never by run).
 *
 * @example
 * const story = writeStory(await loadStoryInput(store, matchId));
 * story.headline.text // 'Miroslav Klose breaks record as Germany rout Brazil 7-1'
 */
export function writeStory(input: StoryInput): Story {
  const view = viewMatch(input.match);
  const w = new StoryWriter(input.match.id);
  const evidence = buildEvidence(input, view);
  const facts = storyFacts(input.facts);
  const status = statusStory(w, input, view);
  let headline: Sentence;
  let standfirst: Sentence;
  let paragraphs: Sentence[][];
  if (status) {
    ({ headline, standfirst, paragraphs } = status);
  } else {
    const h = playedHeadline(w, input, view, facts);
    const s = playedStandfirst(w, input, view, facts);
    if (!h || !s) throw new MatchfactsError(`story: no headline for match ${input.match.id}`);
    headline = h;
    standfirst = s;
    const told = { title: input.honours?.decidedTitle !== undefined, through: input.tie !== undefined && decidesTie(input.tie) && meaningClause(w, input, view) !== undefined };
    const lead = standout(view);
    paragraphs = [
      resultParagraph(w, input, view, told),
      goalParagraph(w, view, lead ? [lead.scorer] : [], epithetsOf(w, input, view)),
      shootoutParagraph(w, view),
      recordParagraph(w, view, facts),
      nextParagraph(w, input, view),
    ].filter((p) => p.length > 0);
  }
  // The headline stands alone; from the standfirst on, a person is named in full once.
  [standfirst, ...paragraphs] = renamed([standfirst, ...paragraphs], input, view);
  const sentences = [headline, standfirst, ...paragraphs.flat()];
  const cited = new Set(sentences.flatMap((s) => s.sources.facts));
  return {
    matchId: input.match.id,
    date: input.match.data.date,
    kind: 'report',
    headline,
    standfirst,
    paragraphs,
    evidence: citedEvidence(sentences, evidence),
    facts: input.facts.filter((f) => cited.has(f.id)),
  };
}
