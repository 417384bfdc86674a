// What each source id a story cites stands for: the data values behind the sentence, so a reader
// (or a test) can check every number and name of the text against the data.
import type { Fact } from '../records/engine/fact.js';
import type { JsonValue } from './story.js';
import type { StoryFixture, StoryInput, StoryTable, StoryTie } from './story-input.js';
import { matchRef, teamOf, type MatchView } from './match-view.js';
import { shootoutOf, shootoutRef } from './shootout-paragraph.js';
import type { Kick } from './shootout.js';
import { dateWritten, daysBetween, yearsBetween } from './numbers.js';

export type Evidence = Map<string, JsonValue>;

export function competitionRef(editionId: number): string {
  return `competition:${editionId}`;
}

function orNull<T extends JsonValue>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

function matchEvidence(view: MatchView): JsonValue {
  const m = view.match;
  const d = m.data;
  const scorers = new Map<string, { name: string; team: string; goals: number; penalties: number; ownGoals: number }>();
  for (const g of view.goals) {
    if (g.goal.scorer === null) continue;
    const key = `${g.goal.scorer}|${g.team}`;
    const entry = scorers.get(key) ?? { name: g.goal.scorer, team: g.team, goals: 0, penalties: 0, ownGoals: 0 };
    entry.goals += 1;
    if (g.goal.penalty) entry.penalties += 1;
    if (g.goal.ownGoal) entry.ownGoals += 1;
    scorers.set(key, entry);
  }
  const total = view.final ? view.final[0] + view.final[1] : null;
  return {
    id: m.id,
    date: d.date,
    dateWritten: dateWritten(d.date),
    competition: d.competition.name,
    edition: d.edition.name,
    stage: d.stage?.name ?? null,
    stageKind: d.stage?.kind ?? null,
    group: d.group ?? null,
    home: d.home.name,
    away: d.away.name,
    score: {
      halfTime: d.score.halfTime ? [...d.score.halfTime] : null,
      fullTime: d.score.fullTime ? [...d.score.fullTime] : null,
      extraTime: d.score.extraTime ? [...d.score.extraTime] : null,
      penalties: d.score.penalties ? [...d.score.penalties] : null,
      shootoutWinner: d.score.shootoutWinner ?? null,
    },
    status: d.status,
    statusNote: orNull(d.statusNote),
    behindClosedDoors: orNull(d.behindClosedDoors),
    attendance: orNull(d.attendance),
    venue: orNull(d.venue),
    city: orNull(d.city),
    country: orNull(d.country),
    goalsKnown: d.goals !== undefined,
    goalsTotal: total,
    goalsNamed: view.goals.filter((g) => g.goal.scorer !== null).length,
    scorers: [...scorers.values()],
  };
}

function goalEvidence(view: MatchView): [string, JsonValue][] {
  return view.goals.map((g, order) => [
    g.ref,
    {
      id: g.goal.id,
      matchId: view.match.id,
      order: order + 1,
      scorer: g.goal.scorer,
      team: g.team,
      side: g.goal.side,
      minute: g.goal.minute,
      stoppage: g.goal.stoppage,
      period: g.goal.period,
      penalty: g.goal.penalty,
      ownGoal: g.goal.ownGoal,
      scoreAfter: [...g.after],
    },
  ]);
}

export function fixtureEvidence(f: StoryFixture): JsonValue {
  return {
    id: f.id,
    date: f.date,
    dateWritten: dateWritten(f.date),
    home: f.home,
    away: f.away,
    status: f.status,
    statusNote: orNull(f.statusNote),
    stage: orNull(f.stageName),
    stageKind: orNull(f.stageKind),
  };
}

function tieEvidence(t: StoryTie): JsonValue {
  const tie = t.tie;
  return {
    id: t.id,
    stage: tie.stage.name,
    stageKind: tie.stage.kind,
    teams: [...tie.teams],
    format: tie.format,
    legs: tie.legs.map((leg, i) => {
      const final = leg.score.extraTime ?? leg.score.fullTime;
      return {
        matchId: t.legIds[i] ?? null,
        date: leg.date,
        dateWritten: dateWritten(leg.date),
        home: leg.home.name,
        away: leg.away.name,
        score: final ? [...final] : null,
        fullTime: leg.score.fullTime ? [...leg.score.fullTime] : null,
        extraTime: leg.score.extraTime !== undefined,
        penalties: leg.score.penalties ? [...leg.score.penalties] : null,
        status: leg.status,
      };
    }),
    aggregate: tie.aggregate ? [...tie.aggregate] : null,
    awayGoals: tie.awayGoals ? [...tie.awayGoals] : null,
    winner: orNull(tie.winner),
    loser: orNull(tie.loser),
    decidedBy: orNull(tie.decidedBy),
    status: tie.status,
    text: tie.text,
    next: t.next
      ? {
          winner: t.next.winner,
          stage: orNull(t.next.stageName),
          stageKind: orNull(t.next.stageKind),
          opponent: orNull(t.next.opponent),
          matchId: t.next.fixture?.id ?? null,
        }
      : null,
  };
}

function tableEvidence(t: StoryTable): JsonValue {
  return {
    id: t.id,
    stage: t.stageName,
    stageKind: t.stageKind,
    group: orNull(t.group),
    complete: t.complete,
    through: t.through ? [...t.through] : null,
    nextStages: t.nextStages ? { ...t.nextStages } : null,
    rows: t.rows.map((r) => ({
      position: r.position,
      team: r.team,
      played: r.played,
      won: r.won,
      drawn: r.drawn,
      lost: r.lost,
      goalsFor: r.goalsFor,
      goalsAgainst: r.goalsAgainst,
      points: r.points,
      zone: orNull(r.zone),
    })),
    positionsBefore: { ...t.positionsBefore },
  };
}

/** A fact as a source: its values, previous holders and how long the record stood. */
export function factEvidence(fact: Fact): JsonValue {
  const first = fact.previous.map((p) => p.date).sort()[0];
  const holders = new Set(fact.previous.filter((p) => p.subject.key !== fact.subject.key).map((p) => p.subject.name)).size;
  return {
    id: fact.id,
    kind: fact.kind,
    definitionId: fact.definitionId,
    title: fact.title,
    book: fact.book,
    date: fact.date,
    subject: fact.subject.name,
    team: orNull(fact.subject.team),
    value: fact.value,
    amount: fact.amount,
    n: orNull(fact.n),
    text: fact.text,
    previousHolders: holders,
    previousHoldersOthers: Math.max(0, holders - 2),
    previous: fact.previous.map((p) => ({ name: p.subject.name, value: p.value, amount: p.amount, date: p.date, team: orNull(p.team), matchId: p.matchId })),
    stood: first ? { since: first, sinceWritten: dateWritten(first), years: yearsBetween(first, fact.date), days: daysBetween(first, fact.date) } : null,
    coverage: { complete: fact.coverage.complete, notes: [...fact.coverage.notes] },
  };
}

function shootoutEvidence(view: MatchView): JsonValue | undefined {
  const s = shootoutOf(view);
  if (!s) return undefined;
  const kick = (k: Kick): JsonValue => ({ team: teamOf(view, k.side), taker: orNull(k.taker), round: k.round, converted: k.converted });
  return {
    matchId: view.match.id,
    winner: teamOf(view, s.winner),
    penalties: view.penalties ? [...view.penalties] : null,
    home: s.home.map(kick),
    away: s.away.map(kick),
    firstKicker: s.sequence?.[0] ? teamOf(view, s.sequence[0].side) : null,
    decisive: s.decisive ? kick(s.decisive) : null,
  };
}

/** Every source id the input offers, with its data. */
export function buildEvidence(input: StoryInput, view: MatchView): Evidence {
  const evidence: Evidence = new Map();
  evidence.set(view.ref, matchEvidence(view));
  const shootout = shootoutEvidence(view);
  if (shootout) evidence.set(shootoutRef(view.match.id), shootout);
  const honours = input.honours;
  for (const [side, key] of [['home', 'home'], ['away', 'away'], ['home', 'homeBefore'], ['away', 'awayBefore']] as const) {
    const h = honours?.[key];
    if (!h) continue;
    evidence.set(h.id, {
      team: h.team,
      competition: view.match.data.competition.name,
      titles: h.titles,
      titleEditions: [...h.titleEditions],
      finals: h.finals,
      finalEditions: [...h.finalEditions],
      previousTitle: orNull(h.previousTitle),
      holders: honours?.holders === side,
      decidedTitleHere: honours?.decidedTitle === side,
    });
  }
  for (const [id, value] of goalEvidence(view)) evidence.set(id, value);
  if (input.tie) {
    evidence.set(input.tie.id, tieEvidence(input.tie));
    const legIds = input.tie.legIds;
    input.tie.tie.legs.forEach((leg, i) => {
      const id = legIds[i];
      if (id === undefined || id === view.match.id) return;
      evidence.set(matchRef(id), fixtureEvidence({ id, date: leg.date, home: leg.home.name, away: leg.away.name, status: leg.status, ...(leg.statusNote ? { statusNote: leg.statusNote } : {}) }));
    });
    if (input.tie.next?.fixture) evidence.set(matchRef(input.tie.next.fixture.id), fixtureEvidence(input.tie.next.fixture));
  }
  if (input.table) evidence.set(input.table.id, tableEvidence(input.table));
  for (const f of input.nextFixtures) evidence.set(matchRef(f.id), fixtureEvidence(f));
  const c = input.competition;
  evidence.set(competitionRef(c.editionId), {
    editionId: c.editionId,
    competition: view.match.data.competition.name,
    edition: view.match.data.edition.name,
    status: c.status,
    since: orNull(c.since),
    sinceWritten: c.since ? dateWritten(c.since) : null,
    reason: orNull(c.reason),
  });
  for (const fact of input.facts) evidence.set(fact.id, factEvidence(fact));
  return evidence;
}
