// The record engine's storage in PostgreSQL: the same tables and questions as
// `record-book/sqlite-storage.ts`, in PostgreSQL's words (upserts with ON CONFLICT, lists as
// array parameters; text columns compare bytewise, as SQLite's do: migration 010).
import type {
  PendingChanges,
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
} from '../record-book/storage.js';
import { CHUNK, COUNTED, countedMatchesSql, editionTeamsOf, EXTENT_SQL, GROUP_EXITS_SQL, GROUP_STANDINGS_EDITIONS_SQL, HOSTS_SQL } from '../record-book/counted-matches-sql.js';
import { StateCache } from '../record-book/state-cache.js';
import { arrayParameter, type SyncSql } from './sync-sql.js';

// PostgreSQL binds up to 65,535 values per statement.
const ROWS_PER_STATEMENT = 1000;

type ChunkReader = (lastDate: string, lastId: number) => RecordMatchRow[];

/** The last row for each key wins, as SQLite's INSERT OR REPLACE of the same rows would leave it. */
function lastPerKey<R extends readonly unknown[]>(rows: readonly R[], width: number): R[] {
  const byKey = new Map<string, R>();
  for (const row of rows) byKey.set(JSON.stringify(row.slice(0, width)), row);
  return [...byKey.values()];
}

export class PostgresRecordBookStorage implements RecordBookStorage {
  /**
   * The state a writer read lately, kept between its transactions: a new match reads ~110 keys,
   * each a round trip to the server (12.7 of its 32 ms at 30,000 matches, in
   * bench/postgres-new-matches.js), most of them read by the matches just before. Trusted only
   * inside this storage's transactions, which hold the store's write lock: each checks the state's
   * change sequence (migration 017) as it begins, and takes the number its own writes left as it ends.
   */
  private readonly cache: StateCache;

  constructor(private readonly sql: SyncSql) {
    this.cache = new StateCache(
      // Before its first number a sequence shows the number it will give (1): that would look like no change.
      () => Number(this.sql.get<{ changes: string }>('SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS changes FROM record_state_changes')!.changes),
      () => this.sql.connection.inTransaction,
    );
  }

  transaction<T>(work: () => T): T {
    const outermost = !this.sql.connection.inTransaction;
    return this.cache.within(outermost, () =>
      this.sql.transaction(() => {
        // After the write lock: no other writer moves the sequence until this one commits.
        if (outermost) this.cache.validate();
        const result = work();
        if (outermost) this.cache.settle();
        return result;
      }),
    );
  }

  *matchChunks(query: RecordMatchQuery = {}): Generator<RecordMatchChunk> {
    let nextChunk: ChunkReader;
    if (query.matchIds) {
      if (query.matchIds.length === 0) return;
      const ids = arrayParameter(query.matchIds);
      const text = countedMatchesSql('AND m.id = ANY(?::int[])');
      nextChunk = (lastDate, lastId) => this.sql.all<RecordMatchRow>(text, ids, lastDate, lastDate, lastId);
    } else if (query.competitionIds) {
      if (query.competitionIds.length === 0) return;
      const from = query.fromDate ?? '';
      const competitions = arrayParameter(query.competitionIds);
      const text = countedMatchesSql('AND m.date >= ? AND m.edition_id IN (SELECT id FROM edition WHERE competition_id = ANY(?::int[]))');
      nextChunk = (lastDate, lastId) => this.sql.all<RecordMatchRow>(text, from, competitions, lastDate, lastDate, lastId);
    } else {
      const text = countedMatchesSql('');
      nextChunk = (lastDate, lastId) => this.sql.all<RecordMatchRow>(text, lastDate, lastDate, lastId);
    }
    let lastDate = query.fromDate ?? '';
    let lastId = 0;
    for (;;) {
      const matches = nextChunk(lastDate, lastId);
      if (matches.length === 0) return;
      const ids = arrayParameter(matches.map((r) => r.id));
      const goals = this.sql.all<RecordGoalRow>(
        `SELECT g.match_id, g.id, g.seq, g.side, g.player_id, p.name, p.birth_date, g.minute, g.stoppage, g.period, g.penalty, g.own_goal
         FROM goal g LEFT JOIN player p ON p.id = g.player_id WHERE g.match_id = ANY(?::int[]) ORDER BY g.match_id, g.seq`,
        ids,
      );
      const bookings = this.sql.all<RecordBookingRow>(
        `SELECT b.match_id, b.side, b.player_id, b.player_name, p.birth_date, b.card, b.minute, b.stoppage
         FROM booking b LEFT JOIN player p ON p.id = b.player_id WHERE b.match_id = ANY(?::int[]) ORDER BY b.match_id, b.id`,
        ids,
      );
      yield { matches, goals, bookings };
      const last = matches[matches.length - 1]!;
      lastDate = last.date;
      lastId = last.id;
      if (matches.length < CHUNK) return;
    }
  }

  champions(): StoredChampions {
    const rows = this.sql.all<{ team_id: number; edition_id: number; match_id: number | null }>(
      `SELECT et.team_id, et.edition_id,
         (SELECT m.id FROM match m WHERE m.edition_id = et.edition_id AND ${COUNTED}
            AND (m.home_team_id = et.team_id OR m.away_team_id = et.team_id) ORDER BY m.date DESC, m.id DESC LIMIT 1) AS match_id
       FROM edition_team et WHERE et.position = 1`,
    );
    const byMatch = new Map<number, number>();
    for (const row of rows) if (row.match_id !== null) byMatch.set(row.match_id, row.team_id);
    return { byMatch, editionsWithStandings: new Set(rows.map((r) => r.edition_id)) };
  }

  editionTeams(): StoredEditionTeams {
    return editionTeamsOf(
      this.sql.all<{ edition_id: number; team_id: number }>(HOSTS_SQL),
      this.sql.all<{ team_id: number; match_id: number | null }>(GROUP_EXITS_SQL),
      this.sql.all<{ edition_id: number }>(GROUP_STANDINGS_EDITIONS_SQL),
    );
  }

  competitions(): StoredCompetition[] {
    return this.sql.all<StoredCompetition>('SELECT id, name, sex, kind FROM competition ORDER BY id');
  }

  countCountedMatches(): number {
    return this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM match m WHERE ${COUNTED}`)!.n;
  }

  extent(): { lastDate: string; maxMatchId: number } {
    const row = this.sql.get<{ last_date: string; max_match_id: number }>(EXTENT_SQL)!;
    return { lastDate: row.last_date, maxMatchId: row.max_match_id };
  }

  countedMatchesAfter(afterId: number): { id: number; date: string }[] {
    return this.sql.all(`SELECT m.id, m.date FROM match m WHERE m.id > ? AND ${COUNTED}`, afterId);
  }

  countedMatchTimes(fromDate: string): StoredMatchTime[] {
    return this.sql.all(`SELECT m.id, m.date, m.time, m.utc_offset AS "utcOffset" FROM match m WHERE m.date >= ? AND ${COUNTED} ORDER BY m.date, m.id`, fromDate);
  }

  pendingChanges(): PendingChanges {
    const rows = this.sql.all<{ kind: string; id: number; since: string }>('SELECT kind, id, since FROM record_change');
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
        earliest(row.id, this.sql.get<{ date: string | null }>('SELECT min(date) AS date FROM match WHERE edition_id = ?', row.id)!.date);
      } else if (row.kind === 'player') {
        // A scorer's name or birth date: every match the player scored or was booked in.
        const played = this.sql.all<{ edition_id: number; date: string }>(
          `SELECT m.edition_id, min(m.date) AS date FROM match m WHERE m.id IN (SELECT match_id FROM goal WHERE player_id = ? UNION SELECT match_id FROM booking WHERE player_id = ?) GROUP BY m.edition_id`,
          row.id,
          row.id,
        );
        for (const p of played) earliest(p.edition_id, p.date);
      }
    }
    const since = new Map<number, string>();
    for (const [edition, date] of byEdition) {
      const row = this.sql.get<{ competition_id: number }>('SELECT competition_id FROM edition WHERE id = ?', edition);
      // An edition deleted since: its matches went with it, and their books are found by the match's own change.
      if (row === undefined) return { everything: true, since: new Map() };
      const known = since.get(row.competition_id);
      if (known === undefined || date < known) since.set(row.competition_id, date);
    }
    return { everything: false, since };
  }

  clearChanges(): void {
    this.sql.run('DELETE FROM record_change');
  }

  readMeta(): Map<string, string> {
    return new Map(this.sql.all<{ key: string; value: string }>('SELECT key, value FROM record_meta').map((r) => [r.key, r.value]));
  }

  writeMeta(entries: Readonly<Record<string, string>>): void {
    for (const [key, value] of Object.entries(entries)) {
      this.sql.run('INSERT INTO record_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', key, value);
    }
  }

  clearBook(): void {
    this.sql.connection.exec('DELETE FROM record_fact; DELETE FROM record_state; DELETE FROM record_undo; DELETE FROM record_meta; DELETE FROM record_change;');
    this.cache.clear();
    this.ensureUndoDateIndex();
  }

  private undoDateIndexed = false;

  /** The journal is pruned by date after every new day: an index on it, as the SQLite store makes one. */
  private ensureUndoDateIndex(): void {
    if (this.undoDateIndexed) return;
    this.sql.connection.exec('CREATE INDEX IF NOT EXISTS record_undo_date ON record_undo (date)');
    this.undoDateIndexed = true;
  }

  insertFacts(facts: readonly StoredFact[]): void {
    const rows = facts.map((f) => [f.id, f.matchId, f.definitionId, f.book, f.kind, f.date, f.score, f.body] as const);
    this.multiRow(
      'INSERT INTO record_fact (id, match_id, definition_id, book, kind, date, score, body) VALUES',
      8,
      lastPerKey(rows, 1),
      'ON CONFLICT (id) DO UPDATE SET match_id = excluded.match_id, definition_id = excluded.definition_id, book = excluded.book, kind = excluded.kind, date = excluded.date, score = excluded.score, body = excluded.body',
    );
  }

  factBodies(where: { readonly matchId: number } | { readonly definitionId: string } | { readonly books: readonly string[]; readonly fromDate: string } | 'all'): string[] {
    let rows: { body: string }[];
    if (where === 'all') rows = this.sql.all('SELECT body FROM record_fact');
    else if ('matchId' in where) rows = this.sql.all('SELECT body FROM record_fact WHERE match_id = ? ORDER BY score DESC, id', where.matchId);
    else if ('definitionId' in where) rows = this.sql.all('SELECT body FROM record_fact WHERE definition_id = ? ORDER BY date, match_id', where.definitionId);
    else rows = this.sql.all('SELECT body FROM record_fact WHERE book = ANY(?::text[]) AND date >= ?', arrayParameter(where.books), where.fromDate);
    return rows.map((r) => r.body);
  }

  deleteFacts(books: readonly string[], fromDate: string): void {
    if (books.length > 0) this.sql.run('DELETE FROM record_fact WHERE book = ANY(?::text[]) AND date >= ?', arrayParameter(books), fromDate);
  }

  readState(book: string, part: string, key: string): string | undefined {
    // Outside a transaction nothing vouches for the cache (asking the sequence costs what the read does).
    const inTransaction = this.sql.connection.inTransaction;
    const cached = inTransaction ? this.cache.get(book, part, key) : undefined;
    if (cached !== undefined) return cached ?? undefined;
    const value = this.sql.get<{ value: string }>('SELECT value FROM record_state WHERE book = ? AND part = ? AND key = ?', book, part, key)?.value;
    if (inTransaction) this.cache.remember(book, part, key, value);
    return value;
  }

  writeState(rows: readonly StateRow[]): void {
    this.multiRow('INSERT INTO record_state (book, part, key, value) VALUES', 4, lastPerKey(rows, 3), 'ON CONFLICT (book, part, key) DO UPDATE SET value = excluded.value');
    for (const [book, part, key, json] of rows) this.cache.wrote(book, part, key, json);
  }

  deleteState(keys: readonly (readonly [string, string, string])[]): void {
    for (let start = 0; start < keys.length; start += ROWS_PER_STATEMENT) {
      const chunk = keys.slice(start, start + ROWS_PER_STATEMENT);
      this.sql.run(
        'DELETE FROM record_state s USING unnest(?::text[], ?::text[], ?::text[]) AS k(book, part, key) WHERE s.book = k.book AND s.part = k.part AND s.key = k.key',
        arrayParameter(chunk.map((k) => k[0])),
        arrayParameter(chunk.map((k) => k[1])),
        arrayParameter(chunk.map((k) => k[2])),
      );
    }
    for (const [book, part, key] of keys) this.cache.wrote(book, part, key, undefined);
  }

  deleteBook(book: string): void {
    this.sql.run('DELETE FROM record_state WHERE book = ?', book);
    this.sql.run('DELETE FROM record_undo WHERE book = ?', book);
    this.cache.clear();
  }

  stateKeys(book: string, part: string): string[] {
    return this.sql.all<{ key: string }>('SELECT key FROM record_state WHERE book = ? AND part = ?', book, part).map((r) => r.key);
  }

  stateBooks(prefix: string): string[] {
    return this.sql
      .all<{ book: string }>('SELECT DISTINCT book FROM record_state WHERE book >= ? AND book < ?', prefix, `${prefix}\uffff`)
      .map((r) => r.book);
  }

  countState(book?: string): number {
    const row = book === undefined ? this.sql.get<{ n: number }>('SELECT count(*) AS n FROM record_state') : this.sql.get<{ n: number }>('SELECT count(*) AS n FROM record_state WHERE book = ?', book);
    return row!.n;
  }

  writeUndo(rows: readonly UndoRow[]): void {
    // The journal's key is (book, date, part, key); rows arrive as (book, part, key, date, value).
    const keyed = new Map<string, UndoRow>();
    for (const row of rows) keyed.set(JSON.stringify([row[0], row[1], row[2], row[3]]), row);
    this.multiRow('INSERT INTO record_undo (book, part, key, date, value) VALUES', 5, [...keyed.values()], 'ON CONFLICT (book, date, part, key) DO UPDATE SET value = excluded.value');
  }

  takeUndo(books: readonly string[], fromDate: string): [string, string, string, string | null][] {
    if (books.length === 0) return [];
    const list = arrayParameter(books);
    const rows = this.sql.all<{ book: string; part: string; key: string; value: string | null }>(
      'SELECT book, part, key, value FROM record_undo WHERE book = ANY(?::text[]) AND date >= ? ORDER BY date DESC',
      list,
      fromDate,
    );
    // Latest first, so the entry left in the map for a key is its earliest: the value before `fromDate`.
    const earliest = new Map<string, [string, string, string, string | null]>();
    for (const row of rows) earliest.set(`${row.book}\u0000${row.part}\u0000${row.key}`, [row.book, row.part, row.key, row.value]);
    this.sql.run('DELETE FROM record_undo WHERE book = ANY(?::text[]) AND date >= ?', list, fromDate);
    return [...earliest.values()];
  }

  booksWithUndoAt(books: readonly string[], instant: string): string[] {
    if (books.length === 0) return [];
    return this.sql.all<{ book: string }>('SELECT DISTINCT book FROM record_undo WHERE book = ANY(?::text[]) AND date = ?', arrayParameter(books), instant).map((r) => r.book);
  }

  pruneUndo(beforeDate: string): void {
    this.ensureUndoDateIndex();
    this.sql.run('DELETE FROM record_undo WHERE date < ?', beforeDate);
  }

  /** Many rows in a few multi-row statements rather than one statement per row. */
  private multiRow(insert: string, width: number, rows: readonly (readonly (string | number | null)[])[], conflict: string): void {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
      const placeholders = `(${Array.from({ length: width }, () => '?').join(', ')})`;
      this.sql.run(`${insert} ${Array.from({ length: chunk.length }, () => placeholders).join(', ')} ${conflict}`, ...chunk.flat());
    }
  }
}
