// What comes next, where the data knows it — the next round and opponent, the second leg, each
// team's next fixture — and where it is uncertain: a postponed fixture, a suspended competition.
import type { Sentence } from './story.js';
import type { StoryFixture, StoryInput } from './story-input.js';
import { competitionRef } from './evidence.js';
import { matchRef, type MatchView } from './match-view.js';
import { dateWritten } from './numbers.js';
import { competitionWritten, roundWritten } from './occasion.js';
import { decidesTie } from './result.js';
import type { StoryWriter } from './writer.js';

const PENDING = new Set(['postponed', 'suspended']);

function noteOf(w: StoryWriter, note: string | undefined): string {
  return note ? (w.phrase('note', { note }) ?? '') : '';
}

function opponentOf(f: StoryFixture, team: string): string {
  return f.home === team ? f.away : f.home;
}

function tieNext(w: StoryWriter, input: StoryInput, view: MatchView): Sentence[] {
  const tie = input.tie;
  if (!tie) return [];
  const sources = { match: [view.ref, tie.id] };
  if (decidesTie(tie)) {
    const next = tie.next;
    if (!next || tie.tie.stage.kind === 'final' || tie.tie.stage.kind === 'third_place') return [];
    const nextRound = roundWritten(next.stageKind);
    const f = next.fixture;
    const slots = { team: next.winner, opponent: next.opponent, nextRound };
    if (f) {
      const fixtureSources = { match: [...sources.match, matchRef(f.id)] };
      const s = PENDING.has(f.status)
        ? w.sentence('next.postponed', { ...slots, date: dateWritten(f.date), home: f.home, away: f.away, _note: noteOf(w, f.statusNote) }, fixtureSources)
        : w.sentence('next.round', { ...slots, date: dateWritten(f.date) }, fixtureSources);
      return s ? [s] : [];
    }
    const s = next.opponent ? w.sentence('next.roundNoDate', slots, sources) : w.sentence('next.roundUnknown', slots, sources);
    return s ? [s] : [];
  }
  if (tie.leg === 0 && tie.tie.format === 'two_legs') {
    const second = tie.tie.legs[1];
    const id = tie.legIds[1];
    if (!second) return [];
    const legSources = { match: [...sources.match, ...(id !== undefined ? [matchRef(id)] : [])] };
    const slots = { home: second.home.name, date: dateWritten(second.date), _note: noteOf(w, second.statusNote) };
    const s = PENDING.has(second.status) ? w.sentence('next.secondLegPostponed', slots, legSources) : w.sentence('next.secondLeg', slots, legSources);
    return s ? [s] : [];
  }
  return [];
}

function fixtureNext(w: StoryWriter, input: StoryInput, view: MatchView): Sentence[] {
  if (input.tie) return [];
  const out: Sentence[] = [];
  for (const team of [view.home, view.away]) {
    const f = input.nextFixtures.find((x) => x.home === team || x.away === team);
    if (!f) continue;
    const sources = { match: [view.ref, matchRef(f.id)] };
    const slots = { team, opponent: opponentOf(f, team), date: dateWritten(f.date), _note: noteOf(w, f.statusNote) };
    const s = PENDING.has(f.status) ? w.sentence('next.fixturePostponed', slots, sources, `#${team}`) : w.sentence('next.fixture', slots, sources, `#${team}`);
    if (s) out.push(s);
  }
  return out;
}

/** The competition's own state: suspended or abandoned makes everything after uncertain. */
export function competitionSentences(w: StoryWriter, input: StoryInput): Sentence[] {
  const c = input.competition;
  if (c.status !== 'suspended' && c.status !== 'abandoned') return [];
  const slots = {
    competition: competitionWritten(input.match.data.competition.name),
    since: c.since ? dateWritten(c.since) : undefined,
    _reason: noteOf(w, c.reason),
  };
  const s = w.sentence(c.status === 'suspended' ? 'next.suspended' : 'next.abandoned', slots, { match: [competitionRef(c.editionId)] });
  return s ? [s] : [];
}

/** The "what next" paragraph. */
export function nextParagraph(w: StoryWriter, input: StoryInput, view: MatchView): Sentence[] {
  return [...tieNext(w, input, view), ...fixtureNext(w, input, view), ...competitionSentences(w, input)];
}
