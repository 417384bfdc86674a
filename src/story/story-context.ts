// A match's place in its edition, worked out once per edition for every match in it: the knockout
// tie and where its winner goes next, the group or league table as it stood after the match's day,
// and each team's next fixture.
import type { MatchData } from '../domain/match-data.js';
import type { StageKind } from '../domain/vocabulary.js';
import { isOpenFixture } from '../rules/scenarios/index.js';
import { computeTable, everyPairMeets, groupLabel, tableGroups, tableRulesFor } from '../rules/tables/index.js';
import { buildTies, nextRound, tieRulesFor, type Tie } from '../rules/ties/index.js';
import type { StoredMatch } from '../store/queries/stored-match.js';
import type { StoryFixture, StoryNextRound, StoryTable, StoryTie } from './story-input.js';

/** What `story-context` works out for one match. */
export interface MatchContext {
  readonly tie?: StoryTie;
  readonly table?: StoryTable;
  readonly nextFixtures: readonly StoryFixture[];
}

/** The organiser's published order of each table, by `Group X` label (or `''` for a league table). */
export type PublishedOrders = ReadonlyMap<string, readonly string[]>;

function legKey(m: MatchData): string {
  return `${m.date}\u0000${m.home.name}\u0000${m.away.name}`;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export function fixtureOf(m: StoredMatch): StoryFixture {
  const d = m.data;
  return {
    id: m.id,
    date: d.date,
    home: d.home.name,
    away: d.away.name,
    status: d.status,
    ...(d.statusNote ? { statusNote: d.statusNote } : {}),
    ...(d.stage ? { stageKind: d.stage.kind, stageName: d.stage.name } : {}),
  };
}

function tieId(editionId: number, tie: Tie): string {
  return `tie:${editionId}:${tie.stage.kind}:${tie.teams[0]}~${tie.teams[1]}`;
}

function storyTies(matches: readonly StoredMatch[], byKey: ReadonlyMap<string, StoredMatch>): Map<number, StoryTie> {
  const out = new Map<number, StoryTie>();
  const first = matches[0];
  if (!first || !matches.some((m) => m.data.stage !== undefined)) return out;
  const ties = buildTies(
    matches.map((m) => m.data),
    tieRulesFor(first.data.competition, first.data.edition),
  );
  for (const tie of ties) {
    const legIds = tie.legs.map((leg) => byKey.get(legKey(leg))?.id);
    const next = nextRound(tie, ties);
    const nextLeg = next?.tie?.legs[0];
    const nextMatch = nextLeg ? byKey.get(legKey(nextLeg)) : undefined;
    const storyNext: StoryNextRound | undefined = next
      ? {
          winner: next.winner,
          ...(next.stageKind ? { stageKind: next.stageKind } : {}),
          ...(next.stage ? { stageName: next.stage.name } : {}),
          ...(next.opponent ? { opponent: next.opponent } : {}),
          ...(nextMatch ? { fixture: fixtureOf(nextMatch) } : {}),
        }
      : undefined;
    const id = tieId(first.editionId, tie);
    legIds.forEach((matchId, leg) => {
      if (matchId === undefined) return;
      out.set(matchId, { id, tie, legIds, leg, ...(storyNext ? { next: storyNext } : {}) });
    });
  }
  return out;
}

/** For each team of a finished table, the first later stage of the edition it played in. */
function laterStages(matches: readonly StoredMatch[], teams: readonly string[], stageKind: StageKind, after: string): Map<string, StageKind> | undefined {
  const later = matches.filter((m) => m.data.date > after && m.data.stage !== undefined && m.data.stage.kind !== stageKind && m.data.stage.kind !== 'qualifying');
  if (later.length === 0) return undefined;
  const found = new Map<string, StageKind>();
  for (const m of later) {
    const kind = m.data.stage?.kind;
    if (!kind) continue;
    for (const team of [m.data.home.name, m.data.away.name]) if (teams.includes(team) && !found.has(team)) found.set(team, kind);
  }
  return found;
}

/**
 * Whether the matches known make a whole group, not the part of one the data holds (a desk's first
 * result of a new World Cup is a group of two teams and one match). A group is a round robin: three
 * teams or more, every pair met. A group the organiser's published table lists team for team is
 * whole however it was played (1954's seeded teams never met; 1950's Group 4 had two teams).
 * Leagues and league phases are left to their fixtures.
 */
function groupPlayedOut(stageKind: string, teams: readonly string[], matches: readonly MatchData[], published: readonly string[] | undefined): boolean {
  if (stageKind !== 'group') return true;
  if (published && published.length === teams.length && teams.every((team) => published.includes(team))) return true;
  return everyPairMeets(teams, matches.filter((m) => !isOpenFixture(m) && m.status !== 'cancelled'));
}

function storyTables(matches: readonly StoredMatch[], byKey: ReadonlyMap<string, StoredMatch>, published: PublishedOrders, only?: ReadonlySet<number>): Map<number, StoryTable> {
  const out = new Map<number, StoryTable>();
  const first = matches[0];
  if (!first) return out;
  const labelled = matches.map((m) => (m.data.group !== undefined ? { ...m.data, group: groupLabel(`Group ${m.data.group}`) } : m.data));
  for (const group of tableGroups(labelled)) {
    const sample = group.matches[0];
    if (!sample) continue;
    if (only && !group.matches.some((m) => only.has(byKey.get(legKey(m))?.id ?? -1))) continue;
    const rules = tableRulesFor(sample.competition, sample.edition, group.stage);
    const lots = published.get(group.group ?? '');
    const teams = [...new Set(group.matches.flatMap((m) => [m.home.name, m.away.name]))];
    const lastDate = group.matches.reduce((max, m) => (m.date > max ? m.date : max), '');
    const stages = laterStages(matches, teams, group.stage.kind, lastDate);
    const id = `table:${first.editionId}:${group.stage.kind}:${group.group ?? 'league'}`;
    const byDate = new Map<string, Omit<StoryTable, 'id'>>();
    for (const data of group.matches) {
      const stored = byKey.get(legKey(data));
      if (!stored || isOpenFixture(data) || data.status === 'cancelled') continue;
      if (only && !only.has(stored.id)) continue;
      let context = byDate.get(data.date);
      if (!context) {
        const after = computeTable(group.matches, rules, { asOf: data.date, ...(lots ? { lots } : {}) });
        const before = computeTable(group.matches, rules, { asOf: dayBefore(data.date), ...(lots ? { lots } : {}) });
        const complete = group.matches.every((m) => m.date <= data.date && !isOpenFixture(m)) && groupPlayedOut(group.stage.kind, teams, group.matches, lots);
        const through = complete && stages ? teams.filter((t) => stages.has(t)) : undefined;
        context = {
          stageKind: group.stage.kind,
          stageName: group.stage.name,
          ...(group.group !== undefined ? { group: group.group } : {}),
          rows: after.rows,
          positionsBefore: Object.fromEntries(before.rows.filter((r) => r.played > 0).map((r) => [r.team, r.position])),
          complete,
          ...(through ? { through, nextStages: Object.fromEntries(through.map((t) => [t, stages?.get(t) ?? 'other'])) } : {}),
        };
        byDate.set(data.date, context);
      }
      out.set(stored.id, { id, ...context });
    }
  }
  return out;
}

function nextFixtures(matches: readonly StoredMatch[]): Map<number, StoryFixture[]> {
  const out = new Map<number, StoryFixture[]>();
  const byTeam = new Map<string, StoredMatch[]>();
  for (const m of matches) {
    if (!m.data.stage) continue;
    for (const team of [m.data.home.name, m.data.away.name]) {
      const list = byTeam.get(team);
      if (list) list.push(m);
      else byTeam.set(team, [m]);
    }
  }
  for (const m of matches) {
    if (!m.data.stage) continue;
    const found: StoryFixture[] = [];
    for (const team of [m.data.home.name, m.data.away.name]) {
      const next = (byTeam.get(team) ?? []).find((x) => x.data.date > m.data.date && x.data.status !== 'cancelled');
      if (next) found.push(fixtureOf(next));
    }
    out.set(m.id, found);
  }
  return out;
}

/**
 * The context of every match of one edition (or only of the `only` matches), keyed by match id.
 *
 * @example editionContexts(await readMatches(db, { editionId: 7 }), new Map()).get(matchId)?.tie?.tie.text
 */
export function editionContexts(matches: readonly StoredMatch[], published: PublishedOrders = new Map(), only?: ReadonlySet<number>): Map<number, MatchContext> {
  const byKey = new Map(matches.map((m) => [legKey(m.data), m] as const));
  const ties = storyTies(matches, byKey);
  const tables = storyTables(matches, byKey, published, only);
  const fixtures = nextFixtures(matches);
  const out = new Map<number, MatchContext>();
  for (const m of matches) {
    const tie = ties.get(m.id);
    const table = tables.get(m.id);
    out.set(m.id, { ...(tie ? { tie } : {}), ...(table ? { table } : {}), nextFixtures: fixtures.get(m.id) ?? [] });
  }
  return out;
}
