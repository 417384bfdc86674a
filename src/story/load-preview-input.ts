// Gathers what a preview is written from: the match and its edition as they stood the day before,
// the players and teams who may take part, and the record book as of the match's day — the stored
// book when it ends before that day, else a replay of the definitions the match can touch.
import type { MatchData } from '../domain/match-data.js';
import { NotFoundError } from '../domain/errors.js';
import { recordBookAsOf } from '../records/book/as-of.js';
import { recordBookLastDate, readStateValue } from '../records/book/record-book-store.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import type { RecordMatch } from '../records/engine/record-match.js';
import { matchesAsOf } from '../rules/scenarios/index.js';
import type { Store } from '../store/open-store.js';
import { readMatches } from '../store/queries/read-matches.js';
import type { StoredMatch } from '../store/queries/stored-match.js';
import { loadEditionStoryInputs } from './load-story-input.js';
import { groupOutlook, tieOutlook } from './preview-outlook.js';
import { inferredStage } from './bracket.js';
import type { PreviewInput } from './preview.js';
import { reachDefinitions, withinReach, type ReachCandidates, type StateReader } from './within-reach.js';

/** Scorers of these years before the match count as players who may take part. */
const CANDIDATE_YEARS = 4;

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function yearsBefore(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
}

/** The match as the record engine sees it, for deciding which books it belongs to. */
export function recordMatchOf(m: StoredMatch): RecordMatch {
  const d = m.data;
  return {
    id: m.id,
    date: d.date,
    time: d.time ?? null,
    utcOffset: d.utcOffset ?? null,
    city: d.city ?? null,
    competition: { id: m.competitionId, name: d.competition.name, sex: d.competition.sex, kind: d.competition.kind },
    editionId: m.editionId,
    editionName: d.edition.name,
    editionStartYear: d.edition.startYear,
    stageKind: d.stage?.kind ?? null,
    stageName: d.stage?.name ?? null,
    group: d.group ?? null,
    home: { id: m.homeTeamId, name: d.home.name },
    away: { id: m.awayTeamId, name: d.away.name },
    neutral: d.neutral ?? null,
    homeGoals: 0,
    awayGoals: 0,
    fullTime: [0, 0],
    extraTime: false,
    penalties: null,
    shootout: false,
    shootoutWinner: null,
    scorersKnown: false,
    goals: [],
    bookings: [],
    championSide: null,
  };
}

/** Players who scored for either team in the years before the match: who may play in it. */
function candidatesOf(store: Store, match: StoredMatch): ReachCandidates {
  const rows = store.sql
    .prepare(
      `SELECT DISTINCT g.player_id AS id, p.name AS name, g.team_id AS team FROM goal g JOIN match m ON m.id = g.match_id JOIN player p ON p.id = g.player_id
       WHERE g.team_id IN (?, ?) AND g.own_goal = 0 AND m.date < ? AND m.date >= ? ORDER BY p.name`,
    )
    .all(match.homeTeamId, match.awayTeamId, match.data.date, yearsBefore(match.data.date, CANDIDATE_YEARS)) as { id: number; name: string; team: number }[];
  const teamName = (id: number): string => (id === match.homeTeamId ? match.data.home.name : match.data.away.name);
  return {
    players: rows.map((r) => ({ key: `p${r.id}`, name: r.name, team: teamName(r.team) })),
    teams: [
      { key: `t${match.homeTeamId}`, name: match.data.home.name },
      { key: `t${match.awayTeamId}`, name: match.data.away.name },
    ],
  };
}

/** The book as of the match's day: stored when it holds nothing from that day on, else replayed. */
function stateAsOf(store: Store, definitions: readonly RecordDefinition[], date: string): StateReader {
  const last = recordBookLastDate(store);
  if (last !== undefined && last < date) return { get: <T>(book: string, part: string, key: string) => readStateValue<T>(store, book, part, key) };
  return recordBookAsOf(store, definitions, date).state;
}

/**
 * The preview input of one match. Call `ensureRecordBook` first: the stored book is used when it
 * ends before the match.
 *
 * @example writePreview(await loadPreviewInput(store, matchId, catalogue)).headline.text
 */
export async function loadPreviewInput(store: Store, matchId: number, definitions: readonly RecordDefinition[]): Promise<PreviewInput> {
  const row = await store.db.selectFrom('match').select(['edition_id']).where('id', '=', matchId).executeTakeFirst();
  if (!row) throw new NotFoundError(`no match with id ${matchId}`);
  const [story] = await loadEditionStoryInputs(store, row.edition_id, { matchIds: [matchId] });
  if (!story) throw new NotFoundError(`no match with id ${matchId}`);
  const match = story.match;
  const date = match.data.date;
  const edition = await readMatches(store.db, { editionId: row.edition_id });
  const before: MatchData[] = matchesAsOf(
    edition.map((m) => m.data),
    dayBefore(date),
  );
  const asOfMatch = before.find((m) => m.date === date && m.home.name === match.data.home.name && m.away.name === match.data.away.name) ?? { ...match.data, status: 'scheduled', score: {} };
  const withMatch = before.includes(asOfMatch) ? before : [...before, asOfMatch];
  const tie = tieOutlook(withMatch, asOfMatch, `outlook:${matchId}:tie`);
  const places = story.table?.through?.length;
  const group = groupOutlook(withMatch, asOfMatch, `outlook:${matchId}:table`, places !== undefined && places > 0 ? places : undefined);
  const recordMatch = recordMatchOf(match);
  const relevant = reachDefinitions(definitions, recordMatch);
  const reach = relevant.length > 0 ? withinReach(relevant, stateAsOf(store, relevant, date), recordMatch, candidatesOf(store, match), date) : [];
  const stage = match.data.stage ? undefined : inferredStage(match.data, edition.map((m) => m.data));
  return { story: { ...story, facts: [] }, reach, ...(tie ? { tie } : {}), ...(group ? { group } : {}), ...(stage ? { stage } : {}) };
}
