// Streams the played matches of a store to the record engine, oldest first, with goals and
// bookings attached. Two cursors walk matches and their goals in the same order, so memory stays
// flat however long the history is.
import type Database from 'better-sqlite3';
import { stageKindOf } from '../../domain/stage-kind.js';
import { STAGE_KINDS, type Sex, type StageKind } from '../../domain/vocabulary.js';

const STAGE_KIND_SET: ReadonlySet<string> = new Set(STAGE_KINDS);
import type { RecordBooking, RecordGoal, RecordMatch, Side } from './record-match.js';

interface MatchRow {
  id: number;
  date: string;
  time: string | null;
  utc_offset: string | null;
  city: string | null;
  competition_id: number;
  competition_name: string;
  sex: string;
  competition_kind: string;
  edition_id: number;
  edition_name: string;
  start_year: number;
  stage_kind: string | null;
  stage_name: string | null;
  group_name: string | null;
  home_team_id: number;
  away_team_id: number;
  home_team: string;
  away_team: string;
  neutral: number | null;
  ft_home: number;
  ft_away: number;
  et_home: number | null;
  et_away: number | null;
  pen_home: number | null;
  pen_away: number | null;
  shootout_winner: string | null;
  goals_known: number;
}

interface GoalRow {
  match_id: number;
  id: number;
  seq: number;
  side: string;
  player_id: number | null;
  name: string | null;
  birth_date: string | null;
  minute: number | null;
  stoppage: number | null;
  period: string | null;
  penalty: number;
  own_goal: number;
}

interface BookingRow {
  match_id: number;
  side: string;
  player_id: number | null;
  player_name: string;
  birth_date: string | null;
  card: string;
}

export interface ReadRecordMatchesOptions {
  /** Only these matches (still oldest first). */
  readonly matchIds?: readonly number[];
}

const PLAYED = `m.status = 'played' AND m.ft_home IS NOT NULL AND m.ft_away IS NOT NULL`;

function matchSql(where: string): string {
  return `SELECT m.id, m.date, m.time, m.utc_offset, m.city, c.id AS competition_id, c.name AS competition_name,
      c.sex, c.kind AS competition_kind, e.id AS edition_id, e.name AS edition_name, e.start_year,
      s.kind AS stage_kind, s.name AS stage_name, m.group_name, m.home_team_id, m.away_team_id,
      ht.name AS home_team, at.name AS away_team, m.neutral, m.ft_home, m.ft_away, m.et_home, m.et_away,
      m.pen_home, m.pen_away, m.shootout_winner, m.goals_known
    FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
      LEFT JOIN stage s ON s.id = m.stage_id JOIN team ht ON ht.id = m.home_team_id JOIN team at ON at.id = m.away_team_id
    WHERE ${PLAYED} ${where} ORDER BY m.date, m.id`;
}

function side(value: string): Side {
  return value === 'away' ? 'away' : 'home';
}

/** Each edition's champion where the store knows the final standings, and the match that decided it. */
function championsByMatch(sqlite: Database.Database): Map<number, number> {
  const rows = sqlite
    .prepare(
      `SELECT et.team_id, et.edition_id,
         (SELECT m.id FROM match m WHERE m.edition_id = et.edition_id AND ${PLAYED}
            AND (m.home_team_id = et.team_id OR m.away_team_id = et.team_id) ORDER BY m.date DESC, m.id DESC LIMIT 1) AS match_id
       FROM edition_team et WHERE et.position = 1`,
    )
    .all() as { team_id: number; edition_id: number; match_id: number | null }[];
  const champions = new Map<number, number>();
  for (const row of rows) if (row.match_id !== null) champions.set(row.match_id, row.team_id);
  return champions;
}

function editionsWithStandings(sqlite: Database.Database): Set<number> {
  const rows = sqlite.prepare(`SELECT DISTINCT edition_id FROM edition_team WHERE position = 1`).all() as { edition_id: number }[];
  return new Set(rows.map((r) => r.edition_id));
}

function toMatch(
  row: MatchRow,
  goals: RecordGoal[],
  bookings: RecordBooking[],
  championTeam: number | undefined,
  standingsKnown: boolean,
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
  };
}

const CHUNK = 2000;
const AFTER = 'm.date >= ? AND (m.date > ? OR m.id > ?)';

type ChunkReader = (lastDate: string, lastId: number) => MatchRow[];

/** A few matches: one query joining the names in. */
function joinedChunks(sqlite: Database.Database, where: string): ChunkReader {
  const query = sqlite.prepare(matchSql(`${where} AND ${AFTER}`).replace('ORDER BY m.date, m.id', `ORDER BY m.date, m.id LIMIT ${CHUNK}`));
  return (lastDate, lastId) => query.all(lastDate, lastDate, lastId) as MatchRow[];
}

/**
 * The whole history: bare match rows, with editions, competitions, stages and teams looked up in
 * maps read once — ten times faster than joining them into a million rows.
 */
function mappedChunks(sqlite: Database.Database): ChunkReader {
  type Edition = [id: number, name: string, startYear: number, competitionId: number, competitionName: string, sex: string, kind: string];
  const editions = new Map(
    (sqlite.prepare('SELECT e.id, e.name, e.start_year, c.id, c.name, c.sex, c.kind FROM edition e JOIN competition c ON c.id = e.competition_id').raw().all() as Edition[]).map((e) => [e[0], e]),
  );
  const stages = new Map((sqlite.prepare('SELECT id, kind, name FROM stage').raw().all() as [number, string, string][]).map((s) => [s[0], s]));
  const teams = new Map((sqlite.prepare('SELECT id, name FROM team').raw().all() as [number, string][]).map((t) => [t[0], t[1]]));
  const query = sqlite
    .prepare(
      `SELECT m.id, m.date, m.time, m.utc_offset, m.city, m.edition_id, m.stage_id, m.group_name, m.home_team_id, m.away_team_id, m.neutral,
         m.ft_home, m.ft_away, m.et_home, m.et_away, m.pen_home, m.pen_away, m.shootout_winner, m.goals_known
       FROM match m WHERE ${PLAYED} AND ${AFTER} ORDER BY m.date, m.id LIMIT ${CHUNK}`,
    )
    .raw(true);
  type Raw = [number, string, string | null, string | null, string | null, number, number | null, string | null, number, number, number | null, number, number, number | null, number | null, number | null, number | null, string | null, number];
  return (lastDate, lastId) =>
    (query.all(lastDate, lastDate, lastId) as Raw[]).map((r) => {
      const edition = editions.get(r[5]);
      const stage = r[6] === null ? undefined : stages.get(r[6]);
      return {
        id: r[0],
        date: r[1],
        time: r[2],
        utc_offset: r[3],
        city: r[4],
        competition_id: edition?.[3] ?? 0,
        competition_name: edition?.[4] ?? '',
        sex: edition?.[5] ?? 'men',
        competition_kind: edition?.[6] ?? '',
        edition_id: r[5],
        edition_name: edition?.[1] ?? '',
        start_year: edition?.[2] ?? 0,
        stage_kind: stage?.[1] ?? null,
        stage_name: stage?.[2] ?? null,
        group_name: r[7],
        home_team_id: r[8],
        away_team_id: r[9],
        home_team: teams.get(r[8]) ?? '',
        away_team: teams.get(r[9]) ?? '',
        neutral: r[10],
        ft_home: r[11],
        ft_away: r[12],
        et_home: r[13],
        et_away: r[14],
        pen_home: r[15],
        pen_away: r[16],
        shootout_winner: r[17],
        goals_known: r[18],
      };
    });
}

/**
 * The store's played matches, oldest first (by date, then id; `instants.ts` orders a day's
 * matches by kick-off). Reads a chunk of matches at a time with their goals and bookings, so it
 * never holds the history in memory and never keeps a cursor open: the caller may write between
 * chunks (SQLite allows no write while a read is still stepping).
 */
export function* readRecordMatches(sqlite: Database.Database, options: ReadRecordMatchesOptions = {}): Generator<RecordMatch> {
  let where = '';
  if (options.matchIds) {
    if (options.matchIds.length === 0) return;
    sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS record_match_ids (id INTEGER PRIMARY KEY)');
    sqlite.exec('DELETE FROM record_match_ids');
    const insert = sqlite.prepare('INSERT OR IGNORE INTO record_match_ids (id) VALUES (?)');
    for (const id of options.matchIds) insert.run(id);
    where = 'AND m.id IN (SELECT id FROM record_match_ids)';
  }
  const champions = championsByMatch(sqlite);
  const withStandings = editionsWithStandings(sqlite);
  const nextChunk = options.matchIds ? joinedChunks(sqlite, where) : mappedChunks(sqlite);
  // Goals and bookings of a chunk by its match ids: index lookups, whatever the history's size.
  const byIds = new Map<number, { goals: Database.Statement; bookings: Database.Statement }>();
  const statementsFor = (count: number) => {
    let statements = byIds.get(count);
    if (!statements) {
      const list = Array.from({ length: count }, () => '?').join(', ');
      statements = {
        goals: sqlite.prepare(
          `SELECT g.match_id, g.id, g.seq, g.side, g.player_id, p.name, p.birth_date, g.minute, g.stoppage, g.period, g.penalty, g.own_goal
           FROM goal g LEFT JOIN player p ON p.id = g.player_id WHERE g.match_id IN (${list}) ORDER BY g.match_id, g.seq`,
        ),
        bookings: sqlite.prepare(
          `SELECT b.match_id, b.side, b.player_id, b.player_name, p.birth_date, b.card
           FROM booking b LEFT JOIN player p ON p.id = b.player_id WHERE b.match_id IN (${list}) ORDER BY b.match_id, b.id`,
        ),
      };
      byIds.set(count, statements);
    }
    return statements;
  };
  let lastDate = '';
  let lastId = 0;
  for (;;) {
    const rows = nextChunk(lastDate, lastId);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const statements = statementsFor(ids.length);
    const goalsByMatch = new Map<number, RecordGoal[]>();
    for (const g of statements.goals.all(...ids) as GoalRow[]) {
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
    for (const b of statements.bookings.all(...ids) as BookingRow[]) {
      let list = bookingsByMatch.get(b.match_id);
      if (!list) bookingsByMatch.set(b.match_id, (list = []));
      list.push({ side: side(b.side), playerId: b.player_id, playerName: b.player_name, birthDate: b.birth_date, card: b.card });
    }
    for (const row of rows) {
      yield toMatch(row, goalsByMatch.get(row.id) ?? [], bookingsByMatch.get(row.id) ?? [], champions.get(row.id), withStandings.has(row.edition_id));
    }
    const last = rows[rows.length - 1]!;
    lastDate = last.date;
    lastId = last.id;
    if (rows.length < CHUNK) return;
  }
}
