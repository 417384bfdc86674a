// Streams the counted matches of a store to the record engine, oldest first, with goals and
// bookings attached, a chunk at a time through the store's record-book interface, so memory stays
// flat however long the history is.
import type { RecordBookStorage, RecordMatchQuery, RecordMatchRow, StoredCompetition, StoredEditionTeams } from '../../store/record-book/storage.js';
import { stageKindOf } from '../../domain/stage-kind.js';
import { STAGE_KINDS, type Sex, type StageKind } from '../../domain/vocabulary.js';

const STAGE_KIND_SET: ReadonlySet<string> = new Set(STAGE_KINDS);
import type { RecordBooking, RecordGoal, RecordMatch, Side } from './record-match.js';

export type ReadRecordMatchesOptions = RecordMatchQuery;

/** A stored competition as the record book's scopes judge it (a sex other than women's is men's). */
export function recordCompetitionOf(competition: StoredCompetition): RecordMatch['competition'] {
  return { id: competition.id, name: competition.name, kind: competition.kind, sex: competition.sex === 'women' ? 'women' : 'men' };
}

function side(value: string): Side {
  return value === 'away' ? 'away' : 'home';
}

function toMatch(
  row: RecordMatchRow,
  goals: RecordGoal[],
  bookings: RecordBooking[],
  championTeam: number | undefined,
  standingsKnown: boolean,
  editionTeams: StoredEditionTeams,
): RecordMatch {
  const extraTime = row.et_home !== null && row.et_away !== null;
  const homeGoals = extraTime ? (row.et_home ?? 0) : row.ft_home;
  const awayGoals = extraTime ? (row.et_away ?? 0) : row.ft_away;
  const shootout = (row.pen_home !== null && row.pen_away !== null) || row.shootout_winner !== null;
  let shootoutWinner: Side | null = null;
  if (row.pen_home !== null && row.pen_away !== null && row.pen_home !== row.pen_away) {
    shootoutWinner = row.pen_home > row.pen_away ? 'home' : 'away';
  } else if (row.shootout_winner === 'home' || row.shootout_winner === 'away') {
    shootoutWinner = row.shootout_winner;
  }
  // The store keeps the normalised kind; an unknown value reads as a name, the way sources write it.
  const stageKind: StageKind | null = row.stage_kind === null ? null : STAGE_KIND_SET.has(row.stage_kind) ? (row.stage_kind as StageKind) : stageKindOf(row.stage_kind);
  let championSide: Side | null = null;
  if (championTeam !== undefined) {
    championSide = championTeam === row.home_team_id ? 'home' : 'away';
  } else if (!standingsKnown && stageKind === 'final') {
    // Without published standings the final decides it: its winner after extra time and penalties.
    if (homeGoals !== awayGoals) championSide = homeGoals > awayGoals ? 'home' : 'away';
    else championSide = shootoutWinner;
  }
  return {
    id: row.id,
    date: row.date,
    live: row.status === 'live',
    time: row.time,
    utcOffset: row.utc_offset,
    city: row.city,
    competition: { id: row.competition_id, name: row.competition_name, sex: row.sex as Sex, kind: row.competition_kind },
    editionId: row.edition_id,
    editionName: row.edition_name,
    editionStartYear: row.start_year,
    stageKind,
    stageName: row.stage_name,
    group: row.group_name,
    home: { id: row.home_team_id, name: row.home_team },
    away: { id: row.away_team_id, name: row.away_team },
    neutral: row.neutral === null ? null : row.neutral === 1,
    homeGoals,
    awayGoals,
    fullTime: [row.ft_home, row.ft_away],
    extraTime,
    penalties: row.pen_home !== null && row.pen_away !== null ? [row.pen_home, row.pen_away] : null,
    shootout,
    shootoutWinner,
    scorersKnown: row.goals_known === 1,
    goals,
    bookings,
    championSide,
    ...sidesOf(row, editionTeams),
  };
}

/** Which side is a host of the edition, and which side's edition ended with this match in the group stage. */
function sidesOf(row: RecordMatchRow, editionTeams: StoredEditionTeams): Pick<RecordMatch, 'hosts' | 'outInGroupStage'> {
  const hosts = editionTeams.hostsByEdition.get(row.edition_id);
  const exits = editionTeams.groupExitsByMatch.get(row.id) ?? [];
  return {
    hosts: hosts === undefined ? null : [hosts.includes(row.home_team_id), hosts.includes(row.away_team_id)],
    outInGroupStage: editionTeams.editionsWithGroupStandings.has(row.edition_id) ? [exits.includes(row.home_team_id), exits.includes(row.away_team_id)] : null,
  };
}

/**
 * The store's counted matches (played, and live with the score so far), oldest first (by date,
 * then id; `instants.ts` orders a day's matches by kick-off). Never holds the history in memory and
 * never keeps a cursor open: the caller may write between chunks.
 */
export function* readRecordMatches(storage: RecordBookStorage, options: ReadRecordMatchesOptions = {}): Generator<RecordMatch> {
  const champions = storage.champions();
  const editionTeams = storage.editionTeams();
  for (const chunk of storage.matchChunks(options)) {
    const goalsByMatch = new Map<number, RecordGoal[]>();
    for (const g of chunk.goals) {
      let list = goalsByMatch.get(g.match_id);
      if (!list) goalsByMatch.set(g.match_id, (list = []));
      list.push({
        id: g.id,
        seq: g.seq,
        side: side(g.side),
        playerId: g.player_id,
        playerName: g.name,
        birthDate: g.birth_date,
        minute: g.minute,
        stoppage: g.stoppage,
        period: g.period,
        penalty: g.penalty === 1,
        ownGoal: g.own_goal === 1,
      });
    }
    const bookingsByMatch = new Map<number, RecordBooking[]>();
    for (const b of chunk.bookings) {
      let list = bookingsByMatch.get(b.match_id);
      if (!list) bookingsByMatch.set(b.match_id, (list = []));
      list.push({ side: side(b.side), playerId: b.player_id, playerName: b.player_name, birthDate: b.birth_date, card: b.card, minute: b.minute, stoppage: b.stoppage });
    }
    for (const row of chunk.matches) {
      yield toMatch(row, goalsByMatch.get(row.id) ?? [], bookingsByMatch.get(row.id) ?? [], champions.byMatch.get(row.id), champions.editionsWithStandings.has(row.edition_id), editionTeams);
    }
  }
}
