// The record engine's storage in SQLite: streaming reads of the counted matches, the book's
// tables (record_fact, record_state, record_undo, record_meta) and the change log the triggers of
// migration 007 keep (record_change).
import type Database from 'better-sqlite3';
import type {
  PendingChanges,
  RebuildInParts,
  RecordBookStorage,
  RecordBookingRow,
  RecordGoalRow,
  RecordMatchChunk,
  RecordMatchQuery,
  RecordMatchRow,
  StateRow,
  StoredChampions,
  StoredEditionTeams,
  StoredCompetition,
  StoredFact,
  StoredMatchTime,
  UndoRow,
} from './storage.js';
import { StateCache } from './state-cache.js';
import { SqliteRebuildParts } from './rebuild-parts.js';
import { AFTER, CHUNK, COUNTED, countedMatchesSql, EXTENT_SQL, editionTeamsOf, GROUP_EXITS_SQL, GROUP_STANDINGS_EDITIONS_SQL, HOSTS_SQL } from './counted-matches-sql.js';

// SQLite allows 32,766 bound variables per statement: a few hundred rows of four or five values each.
const ROWS_PER_STATEMENT = 200;

type ChunkReader = (lastDate: string, lastId: number) => RecordMatchRow[];

/** Lists cut to what one statement can bind. */
function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += 500) out.push(list.slice(start, start + 500));
  return out;
}

const marks = (list: readonly unknown[]): string => list.map(() => '?').join(', ');

/** A goal as read, its scorer's name and birth date last where the read joins them in. */
type RawGoal = [number, number, number, string, number | null, number | null, number | null, string | null, number, number, (string | null)?, (string | null)?];
type RawBooking = [number, string, number | null, string, string | null, string, number | null, number | null];

const GOAL_COLUMNS = 'g.match_id, g.id, g.seq, g.side, g.player_id, g.minute, g.stoppage, g.period, g.penalty, g.own_goal';

/** A scorer's name and birth date, read once for a whole history's goals. */
interface Scorer {
  readonly name: string | null;
  readonly birthDate: string | null;
}

const goalRow = (g: RawGoal, name: string | null, birthDate: string | null): RecordGoalRow => ({
  match_id: g[0],
  id: g[1],
  seq: g[2],
  side: g[3],
  player_id: g[4],
  name,
  birth_date: birthDate,
  minute: g[5],
  stoppage: g[6],
  period: g[7],
  penalty: g[8],
  own_goal: g[9],
});

// Goals sorted here, not by SQL: they come by match already, and SQLite's sort of them cost more
// than this one (0.5–0.8 s of reading a million matches' 2.7 million goals).
const byMatchThenSeq = (a: RawGoal, b: RawGoal): number => a[0] - b[0] || a[2] - b[2] || a[1] - b[1];

const bookingRow = (b: RawBooking): RecordBookingRow => ({
  match_id: b[0],
  side: b[1],
  player_id: b[2],
  player_name: b[3],
  birth_date: b[4],
  card: b[5],
  minute: b[6],
  stoppage: b[7],
});

export class SqliteRecordBookStorage implements RecordBookStorage {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly rawStatements = new Map<string, Database.Statement>();
  private readonly jsonStatements = new Map<string, Database.Statement>();

  private readonly cache: StateCache;

  readonly parts?: RebuildInParts;

  /** `path`: the store's file, where a rebuild may be split between threads (not for a store in memory). */
  constructor(
    private readonly sqlite: Database.Database,
    path?: string,
  ) {
    if (path !== undefined && path !== ':memory:') this.parts = new SqliteRebuildParts(sqlite, path);
    const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
    this.cache = new StateCache(() => dataVersion.get() as number, () => sqlite.inTransaction);
  }

  /** A statement whose rows are arrays, in the order of its columns. */
  private preparedRaw(sql: string): Database.Statement {
    let statement = this.rawStatements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql).raw(true);
      this.rawStatements.set(sql, statement);
    }
    return statement;
  }

  /**
   * The rows of `SELECT columns FROM rest` as arrays, in no set order, made by SQLite as one JSON
   * array and parsed at once: better-sqlite3 makes a JavaScript value of each column of each row
   * in turn, which cost a whole history's goals about twice what this does (`node
   * bench/json-rows.js --db FILE`: 800 against 432 ms for 200,000 matches' 541,538 goals).
   */
  private jsonRows<T>(columns: string, rest: string, params: readonly unknown[]): T[] {
    const sql = `SELECT json_group_array(json_array(${columns})) FROM ${rest}`;
    let statement = this.jsonStatements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql).pluck(true);
      this.jsonStatements.set(sql, statement);
    }
    return JSON.parse(statement.get(...params) as string) as T[];
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  transaction<T>(work: () => T): T {
    const outermost = !this.sqlite.inTransaction;
    return this.cache.within(outermost, () =>
      this.sqlite.transaction(() => {
        // Read inside the transaction: the snapshot it fixes is the one the cache is checked against.
        this.cache.validate();
        return work();
      })(),
    );
  }

  *matchChunks(query: RecordMatchQuery = {}): Generator<RecordMatchChunk> {
    let nextChunk: ChunkReader;
    if (query.matchIds) {
      if (query.matchIds.length === 0) return;
      this.sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS record_match_ids (id INTEGER PRIMARY KEY)');
      this.sqlite.exec('DELETE FROM record_match_ids');
      const insert = this.prepared('INSERT OR IGNORE INTO record_match_ids (id) VALUES (?)');
      for (const id of query.matchIds) insert.run(id);
      const statement = this.prepared(countedMatchesSql('AND m.id IN (SELECT id FROM record_match_ids)'));
      nextChunk = (lastDate, lastId) => statement.all(lastDate, lastDate, lastId) as RecordMatchRow[];
    } else if (query.competitionIds && query.fromDate === undefined) {
      if (query.competitionIds.length === 0) return;
      // A part of a rebuild split between threads: the whole history of some competitions.
      nextChunk = this.mappedChunks(query.competitionIds);
    } else if (query.competitionIds) {
      if (query.competitionIds.length === 0) return;
      const from = query.fromDate ?? '';
      const statement = this.sqlite.prepare(countedMatchesSql(`AND m.date >= ? AND m.edition_id IN (SELECT id FROM edition WHERE competition_id IN (${marks(query.competitionIds)}))`));
      nextChunk = (lastDate, lastId) => statement.all(from, ...query.competitionIds!, lastDate, lastDate, lastId) as RecordMatchRow[];
    } else if (query.fromDate !== undefined) {
      // The recent past (a correction's days): the date index, names joined in.
      const statement = this.prepared(countedMatchesSql(''));
      nextChunk = (lastDate, lastId) => statement.all(lastDate, lastDate, lastId) as RecordMatchRow[];
    } else {
      nextChunk = this.mappedChunks();
    }
    // A whole history's scorers (the mapped reads above), each read once, as a chunk first names
    // them, rather than joined into every goal: a third of reading a million matches' goals went to
    // the join, and each goal got strings of its own for its scorer's name and birth date.
    const scorers = !query.matchIds && query.fromDate === undefined ? new Map<number, Scorer>() : undefined;
    let lastDate = query.fromDate ?? '';
    let lastId = 0;
    for (;;) {
      const matches = nextChunk(lastDate, lastId);
      if (matches.length === 0) return;
      const ids = matches.map((r) => r.id);
      const goals = this.goalsOf(ids, scorers);
      const bookings = (
        this.preparedRaw(
          `SELECT b.match_id, b.side, b.player_id, b.player_name, p.birth_date, b.card, b.minute, b.stoppage
         FROM booking b LEFT JOIN player p ON p.id = b.player_id WHERE b.match_id IN (${marks(ids)}) ORDER BY b.match_id, b.id`,
        ).all(...ids) as RawBooking[]
      ).map(bookingRow);
      yield { matches, goals, bookings };
      const last = matches[matches.length - 1]!;
      lastDate = last.date;
      lastId = last.id;
      if (matches.length < CHUNK) return;
    }
  }

  /**
   * The goals of these matches, in match order. Read as arrays and made into rows here: better-sqlite3
   * builds a row object a column at a time, and a million matches' goals made that the larger part
   * of reading them. Scorers come from `scorers` (filled as goals name them) where given, else joined in.
   */
  private goalsOf(ids: readonly number[], scorers: Map<number, Scorer> | undefined): RecordGoalRow[] {
    if (!scorers) {
      const joined = this.jsonRows<RawGoal>(`${GOAL_COLUMNS}, p.name, p.birth_date`, `goal g LEFT JOIN player p ON p.id = g.player_id WHERE g.match_id IN (${marks(ids)})`, ids);
      return joined.sort(byMatchThenSeq).map((g) => goalRow(g, g[10] ?? null, g[11] ?? null));
    }
    const goals = this.jsonRows<RawGoal>(GOAL_COLUMNS, `goal g WHERE g.match_id IN (${marks(ids)})`, ids);
    this.readScorers(goals, scorers);
    return goals.sort(byMatchThenSeq).map((g) => {
      const scorer = g[4] === null ? undefined : scorers.get(g[4]);
      return goalRow(g, scorer?.name ?? null, scorer?.birthDate ?? null);
    });
  }

  /** Adds to `scorers` every scorer these goals name that it lacks. */
  private readScorers(goals: readonly RawGoal[], scorers: Map<number, Scorer>): void {
    const unread = new Set<number>();
    for (const goal of goals) if (goal[4] !== null && !scorers.has(goal[4])) unread.add(goal[4]);
    for (const ids of chunks([...unread])) {
      const rows = this.preparedRaw(`SELECT id, name, birth_date FROM player WHERE id IN (${marks(ids)})`).all(...ids) as [number, string | null, string | null][];
      for (const [id, name, birthDate] of rows) scorers.set(id, { name, birthDate });
      // A scorer the store has no player for is read as the join read it: no name, no birth date.
      for (const id of ids) if (!scorers.has(id)) scorers.set(id, { name: null, birthDate: null });
    }
  }

  /**
   * The whole history: bare match rows, with editions, competitions, stages and teams looked up in
   * maps read once — ten times faster than joining them into a million rows.
   */
  private mappedChunks(competitionIds?: readonly number[]): ChunkReader {
    type Edition = [id: number, name: string, startYear: number, competitionId: number, competitionName: string, sex: string, kind: string];
    const editions = new Map(
      (this.sqlite.prepare('SELECT e.id, e.name, e.start_year, c.id, c.name, c.sex, c.kind FROM edition e JOIN competition c ON c.id = e.competition_id').raw().all() as Edition[]).map((e) => [e[0], e]),
    );
    const stages = new Map((this.sqlite.prepare('SELECT id, kind, name FROM stage').raw().all() as [number, string, string][]).map((s) => [s[0], s]));
    const teams = new Map((this.sqlite.prepare('SELECT id, name FROM team').raw().all() as [number, string][]).map((t) => [t[0], t[1]]));
    // Only some competitions' matches: their editions' ids, written into the statement (integers
    // read from the store). The unary + keeps SQLite on the date index: with a short list it would
    // search by edition and sort what is left of the history for every chunk.
    const wanted = competitionIds && new Set(competitionIds);
    const inEditions = wanted ? `AND +m.edition_id IN (${[...editions.values()].filter((e) => wanted.has(e[3])).map((e) => Number(e[0])).join(', ') || 'NULL'})` : '';
    const columns = `m.id, m.date, m.time, m.utc_offset, m.city, m.edition_id, m.stage_id, m.group_name, m.home_team_id, m.away_team_id, m.neutral,
           m.ft_home, m.ft_away, m.et_home, m.et_away, m.pen_home, m.pen_away, m.shootout_winner, m.goals_known, m.status`;
    const chunk = `(SELECT ${columns} FROM match m WHERE ${COUNTED} AND ${AFTER} ${inEditions} ORDER BY m.date, m.id LIMIT ${CHUNK}) m`;
    type Raw = [number, string, string | null, string | null, string | null, number, number | null, string | null, number, number, number | null, number, number, number | null, number | null, number | null, number | null, string | null, number, string];
    // An aggregate need not keep its rows' order: put back, as the next chunk starts after the last.
    const byDateThenId = (a: Raw, b: Raw): number => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0]);
    return (lastDate, lastId) =>
      this.jsonRows<Raw>(columns, chunk, [lastDate, lastDate, lastId]).sort(byDateThenId).map((r) => {
        const edition = editions.get(r[5]);
        const stage = r[6] === null ? undefined : stages.get(r[6]);
        return {
          id: r[0],
          date: r[1],
          time: r[2],
          utc_offset: r[3],
          city: r[4],
          status: r[19],
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

  champions(): StoredChampions {
    const rows = this.prepared(
      `SELECT et.team_id, et.edition_id,
         (SELECT m.id FROM match m WHERE m.edition_id = et.edition_id AND ${COUNTED}
            AND (m.home_team_id = et.team_id OR m.away_team_id = et.team_id) ORDER BY m.date DESC, m.id DESC LIMIT 1) AS match_id
       FROM edition_team et WHERE et.position = 1`,
    ).all() as { team_id: number; edition_id: number; match_id: number | null }[];
    const byMatch = new Map<number, number>();
    for (const row of rows) if (row.match_id !== null) byMatch.set(row.match_id, row.team_id);
    return { byMatch, editionsWithStandings: new Set(rows.map((r) => r.edition_id)) };
  }

  editionTeams(): StoredEditionTeams {
    return editionTeamsOf(
      this.prepared(HOSTS_SQL).all() as { edition_id: number; team_id: number }[],
      this.prepared(GROUP_EXITS_SQL).all() as { team_id: number; match_id: number | null }[],
      this.prepared(GROUP_STANDINGS_EDITIONS_SQL).all() as { edition_id: number }[],
    );
  }

  competitions(): StoredCompetition[] {
    return this.prepared('SELECT id, name, sex, kind FROM competition ORDER BY id').all() as StoredCompetition[];
  }

  countCountedMatches(): number {
    return (this.prepared(`SELECT count(*) AS n FROM match m WHERE ${COUNTED}`).get() as { n: number }).n;
  }

  extent(): { lastDate: string; maxMatchId: number } {
    const row = this.prepared(EXTENT_SQL).get() as { last_date: string; max_match_id: number };
    return { lastDate: row.last_date, maxMatchId: row.max_match_id };
  }

  countedMatchesAfter(afterId: number): { id: number; date: string }[] {
    return this.prepared(`SELECT m.id, m.date FROM match m WHERE m.id > ? AND ${COUNTED}`).all(afterId) as { id: number; date: string }[];
  }

  countedMatchTimes(fromDate: string): StoredMatchTime[] {
    return this.prepared(`SELECT m.id, m.date, m.time, m.utc_offset AS utcOffset FROM match m WHERE m.date >= ? AND ${COUNTED} ORDER BY m.date, m.id`).all(fromDate) as StoredMatchTime[];
  }

  pendingChanges(): PendingChanges {
    const rows = this.prepared('SELECT kind, id, since FROM record_change').all() as { kind: string; id: number; since: string }[];
    if (rows.some((r) => r.kind === 'all')) return { everything: true, since: new Map() };
    const byEdition = new Map<number, string>();
    const earliest = (edition: number, date: string | null): void => {
      if (date === null) return;
      const known = byEdition.get(edition);
      if (known === undefined || date < known) byEdition.set(edition, date);
    };
    for (const row of rows) {
      if (row.kind === 'edition') earliest(row.id, row.since);
      else if (row.kind === 'standings') {
        // The champion is credited in the champion's last match: replay the edition.
        const first = this.prepared('SELECT min(date) AS date FROM match WHERE edition_id = ?').get(row.id) as { date: string | null };
        earliest(row.id, first.date);
      } else if (row.kind === 'player') {
        // A scorer's name or birth date: every match the player scored or was booked in.
        const played = this.prepared(
          `SELECT m.edition_id, min(m.date) AS date FROM match m WHERE m.id IN (SELECT match_id FROM goal WHERE player_id = ? UNION SELECT match_id FROM booking WHERE player_id = ?) GROUP BY m.edition_id`,
        ).all(row.id, row.id) as { edition_id: number; date: string }[];
        for (const p of played) earliest(p.edition_id, p.date);
      }
    }
    const since = new Map<number, string>();
    const competitionOf = this.prepared('SELECT competition_id FROM edition WHERE id = ?');
    for (const [edition, date] of byEdition) {
      const row = competitionOf.get(edition) as { competition_id: number } | undefined;
      // An edition deleted since: its matches went with it, and their books are found by the match's own change.
      if (row === undefined) return { everything: true, since: new Map() };
      const known = since.get(row.competition_id);
      if (known === undefined || date < known) since.set(row.competition_id, date);
    }
    return { everything: false, since };
  }

  clearChanges(): void {
    this.prepared('DELETE FROM record_change').run();
  }

  readMeta(): Map<string, string> {
    const rows = this.prepared('SELECT key, value FROM record_meta').all() as { key: string; value: string }[];
    return new Map(rows.map((r) => [r.key, r.value]));
  }

  writeMeta(entries: Readonly<Record<string, string>>): void {
    const upsert = this.prepared('INSERT OR REPLACE INTO record_meta (key, value) VALUES (?, ?)');
    for (const [key, value] of Object.entries(entries)) upsert.run(key, value);
  }

  clearBook(): void {
    this.sqlite.exec('DELETE FROM record_fact; DELETE FROM record_state; DELETE FROM record_undo; DELETE FROM record_meta; DELETE FROM record_change;');
    this.cache.clear();
  }

  insertFacts(facts: readonly StoredFact[]): void {
    const insert = this.prepared('INSERT OR REPLACE INTO record_fact (id, match_id, definition_id, book, kind, date, score, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const f of facts) insert.run(f.id, f.matchId, f.definitionId, f.book, f.kind, f.date, f.score, f.body);
  }

  factBodies(where: { readonly matchId: number } | { readonly definitionId: string } | { readonly books: readonly string[]; readonly fromDate: string } | 'all'): string[] {
    let rows: { body: string }[];
    if (where === 'all') rows = this.prepared('SELECT body FROM record_fact').all() as { body: string }[];
    else if ('matchId' in where) rows = this.prepared('SELECT body FROM record_fact WHERE match_id = ? ORDER BY score DESC, id').all(where.matchId) as { body: string }[];
    else if ('definitionId' in where) rows = this.prepared('SELECT body FROM record_fact WHERE definition_id = ? ORDER BY date, match_id').all(where.definitionId) as { body: string }[];
    else {
      rows = [];
      for (const books of chunks(where.books)) {
        rows.push(...(this.prepared(`SELECT body FROM record_fact WHERE book IN (${marks(books)}) AND date >= ?`).all(...books, where.fromDate) as { body: string }[]));
      }
    }
    return rows.map((r) => r.body);
  }

  deleteFacts(books: readonly string[], fromDate: string): void {
    for (const chunk of chunks(books)) this.prepared(`DELETE FROM record_fact WHERE book IN (${marks(chunk)}) AND date >= ?`).run(...chunk, fromDate);
  }

  readState(book: string, part: string, key: string): string | undefined {
    const cached = this.cache.get(book, part, key);
    if (cached !== undefined) return cached ?? undefined;
    const row = this.prepared('SELECT value FROM record_state WHERE book = ? AND part = ? AND key = ?').get(book, part, key) as { value: string } | undefined;
    this.cache.remember(book, part, key, row?.value);
    return row?.value;
  }

  writeState(rows: readonly StateRow[]): void {
    this.multiRow('INSERT OR REPLACE INTO record_state (book, part, key, value) VALUES', 4, rows);
    for (const [book, part, key, json] of rows) this.cache.wrote(book, part, key, json);
  }

  deleteState(keys: readonly (readonly [string, string, string])[]): void {
    const remove = this.prepared('DELETE FROM record_state WHERE book = ? AND part = ? AND key = ?');
    for (const [book, part, key] of keys) {
      remove.run(book, part, key);
      this.cache.wrote(book, part, key, undefined);
    }
  }

  deleteBook(book: string): void {
    this.prepared('DELETE FROM record_state WHERE book = ?').run(book);
    this.prepared('DELETE FROM record_undo WHERE book = ?').run(book);
    this.cache.clear();
  }

  stateKeys(book: string, part: string): string[] {
    return (this.prepared('SELECT key FROM record_state WHERE book = ? AND part = ?').all(book, part) as { key: string }[]).map((r) => r.key);
  }

  stateBooks(prefix: string): string[] {
    return (this.prepared('SELECT DISTINCT book FROM record_state WHERE book >= ? AND book < ?').all(prefix, `${prefix}\uffff`) as { book: string }[]).map((r) => r.book);
  }

  countState(book?: string): number {
    const row = book === undefined ? this.prepared('SELECT count(*) AS n FROM record_state').get() : this.prepared('SELECT count(*) AS n FROM record_state WHERE book = ?').get(book);
    return (row as { n: number }).n;
  }

  writeUndo(rows: readonly UndoRow[]): void {
    this.multiRow('INSERT OR REPLACE INTO record_undo (book, part, key, date, value) VALUES', 5, rows);
  }

  takeUndo(books: readonly string[], fromDate: string): [string, string, string, string | null][] {
    const earliest = new Map<string, [string, string, string, string | null]>();
    for (const chunk of chunks(books)) {
      const rows = this.prepared(`SELECT book, part, key, value FROM record_undo WHERE book IN (${marks(chunk)}) AND date >= ? ORDER BY date DESC`).all(...chunk, fromDate) as {
        book: string;
        part: string;
        key: string;
        value: string | null;
      }[];
      // Latest first, so the entry left in the map for a key is its earliest: the value before `fromDate`.
      for (const row of rows) earliest.set(`${row.book}\u0000${row.part}\u0000${row.key}`, [row.book, row.part, row.key, row.value]);
      this.prepared(`DELETE FROM record_undo WHERE book IN (${marks(chunk)}) AND date >= ?`).run(...chunk, fromDate);
    }
    return [...earliest.values()];
  }

  booksWithUndoAt(books: readonly string[], instant: string): string[] {
    const found: string[] = [];
    for (const chunk of chunks(books)) {
      const rows = this.prepared(`SELECT DISTINCT book FROM record_undo WHERE book IN (${marks(chunk)}) AND date = ?`).all(...chunk, instant) as { book: string }[];
      found.push(...rows.map((r) => r.book));
    }
    return found;
  }

  pruneUndo(beforeDate: string): void {
    this.prepared('DELETE FROM record_undo WHERE date < ?').run(beforeDate);
  }

  /** Many rows in a few multi-row statements rather than one statement per row. */
  private multiRow(insert: string, width: number, rows: readonly (readonly (string | number | null)[])[]): void {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
      const placeholders = `(${Array.from({ length: width }, () => '?').join(', ')})`;
      const sql = `${insert} ${Array.from({ length: chunk.length }, () => placeholders).join(', ')}`;
      this.prepared(sql).run(...chunk.flat());
    }
  }
}
