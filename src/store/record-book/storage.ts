// What the record engine asks of a store. The engine never sees SQL: it streams the counted
// matches in time order and keeps its book (facts, keyed state, an undo journal, what it was built
// from) through this interface. SQLite implements it in `sqlite-storage.ts`; a PostgreSQL store
// implements the same methods over its own tables.

/** A match the record book counts (played, or live with the score so far), as stored. */
export interface RecordMatchRow {
  readonly id: number;
  readonly date: string;
  readonly time: string | null;
  readonly utc_offset: string | null;
  readonly city: string | null;
  readonly status: string;
  readonly competition_id: number;
  readonly competition_name: string;
  readonly sex: string;
  readonly competition_kind: string;
  readonly edition_id: number;
  readonly edition_name: string;
  readonly start_year: number;
  readonly stage_kind: string | null;
  readonly stage_name: string | null;
  readonly group_name: string | null;
  readonly home_team_id: number;
  readonly away_team_id: number;
  readonly home_team: string;
  readonly away_team: string;
  readonly neutral: number | null;
  readonly ft_home: number;
  readonly ft_away: number;
  readonly et_home: number | null;
  readonly et_away: number | null;
  readonly pen_home: number | null;
  readonly pen_away: number | null;
  readonly shootout_winner: string | null;
  readonly goals_known: number;
}

export interface RecordGoalRow {
  readonly match_id: number;
  readonly id: number;
  readonly seq: number;
  readonly side: string;
  readonly player_id: number | null;
  readonly name: string | null;
  readonly birth_date: string | null;
  readonly minute: number | null;
  readonly stoppage: number | null;
  readonly period: string | null;
  readonly penalty: number;
  readonly own_goal: number;
}

export interface RecordBookingRow {
  readonly match_id: number;
  readonly side: string;
  readonly player_id: number | null;
  readonly player_name: string;
  readonly birth_date: string | null;
  readonly card: string;
  readonly minute: number | null;
  readonly stoppage: number | null;
}

/** Some counted matches, oldest first, with their goals and bookings (each in match order). */
export interface RecordMatchChunk {
  readonly matches: readonly RecordMatchRow[];
  readonly goals: readonly RecordGoalRow[];
  readonly bookings: readonly RecordBookingRow[];
}

/** A counted match's day and kick-off, as stored. */
export interface StoredMatchTime {
  readonly id: number;
  readonly date: string;
  readonly time: string | null;
  readonly utcOffset: string | null;
}

export interface RecordMatchQuery {
  /** Only these matches. */
  readonly matchIds?: readonly number[];
  /** Only matches of these competitions… */
  readonly competitionIds?: readonly number[];
  /** …on or after this date. */
  readonly fromDate?: string;
}

/** Each edition's champion where the final standings are stored, and the match that decided it. */
export interface StoredChampions {
  /** match id → the champion team's id, for the champion's last match of the edition. */
  readonly byMatch: ReadonlyMap<number, number>;
  readonly editionsWithStandings: ReadonlySet<number>;
}

/** What the organisers published about an edition's teams that the record book reads beyond results. */
export interface StoredEditionTeams {
  /** edition id → the host teams' ids, for editions whose hosts are stored. */
  readonly hostsByEdition: ReadonlyMap<number, readonly number[]>;
  /** match id → teams whose edition ended with it, in the group stage (their last group match; not through, by the published group standings). */
  readonly groupExitsByMatch: ReadonlyMap<number, readonly number[]>;
  readonly editionsWithGroupStandings: ReadonlySet<number>;
}

export interface StoredCompetition {
  readonly id: number;
  readonly name: string;
  readonly sex: string;
  readonly kind: string;
}

/** One fact as the book stores it: the columns it is found by, and its JSON body. */
export interface StoredFact {
  readonly id: string;
  readonly matchId: number;
  readonly definitionId: string;
  /** `definition-id|book-key`: the book the fact belongs to. */
  readonly book: string;
  readonly kind: string;
  readonly date: string;
  readonly score: number;
  readonly body: string;
}

/** A state value as JSON text; `null` where the key did not exist. */
export type StateRow = readonly [book: string, part: string, key: string, json: string];
/** A key's value before the day `date` changed it (`null`: the key did not exist). */
export type UndoRow = readonly [book: string, part: string, key: string, date: string, json: string | null];

/**
 * What changed in the store since the book last took it in: per competition, the earliest date a
 * counted match (or its goals, bookings, scorers' names and birth dates, the edition's standings)
 * changed. `everything` when something every book reads changed (a team or competition renamed).
 */
export interface PendingChanges {
  readonly everything: boolean;
  readonly since: ReadonlyMap<number, string>;
}

/** A day with counted matches, for deciding how the day is taken in without reading them all. */
export interface CountedDay {
  readonly date: string;
  /**
   * Every match's kick-off that day, given only where the day is not a calendar date written
   * `YYYY-MM-DD` (months 01–12, days 01–31) or some kick-off is missing or not in the usual
   * shape (`HH:MM` with a `±HH:MM` offset, each in range).
   */
  readonly kickOffs?: readonly StoredMatchTime[];
}

/**
 * A rebuild split between two threads by competition, where the store can (SQLite, in a file):
 * the other thread reads the store's matches through a connection of its own and writes its part
 * of the book to a scratch file, which the store then copies in, inside the rebuild's transaction.
 */
export interface RebuildInParts {
  /** The store's file, for the other thread. */
  readonly path: string;
  /**
   * How many matches each competition has (competition id → matches), counted or not (fixtures
   * not yet played too): what the split balances by, read from an index rather than every row.
   */
  matchesByCompetition(): Map<number, number>;
  countedDays(): CountedDay[];
  /** Makes the scratch file's tables readable to this store. Call outside any transaction. */
  attachScratch(path: string): void;
  /** Copies the scratch file's facts, state and undo journal into the book (inside the rebuild's transaction). */
  copyScratch(): void;
  /** Lets go of the scratch file. Call outside any transaction. */
  detachScratch(): void;
  /** Whether a transaction is open on the store's connection (a rebuild inside another's transaction is not split). */
  inTransaction(): boolean;
}

export interface RecordBookStorage {
  /** Present where a rebuild can be split between threads (see `RebuildInParts`). */
  readonly parts?: RebuildInParts;
  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: () => T): T;

  // The matches.
  /** Counted matches, oldest first (date, then id), a chunk at a time: no cursor stays open between chunks. */
  matchChunks(query?: RecordMatchQuery): Generator<RecordMatchChunk>;
  champions(): StoredChampions;
  /** Hosts and group-stage exits, read once per replay like the champions. */
  editionTeams(): StoredEditionTeams;
  competitions(): StoredCompetition[];
  countCountedMatches(): number;
  /** The last date of a counted match ('' when none) and the highest match id (0 when none). */
  extent(): { readonly lastDate: string; readonly maxMatchId: number };
  /** Counted matches with an id above `afterId`, in no particular order. */
  countedMatchesAfter(afterId: number): { id: number; date: string }[];
  /** When each counted match from `fromDate` on kicks off (no goals, no names): what orders a day. */
  countedMatchTimes(fromDate: string): StoredMatchTime[];
  pendingChanges(): PendingChanges;
  /** Forgets the pending changes: the book has taken them in. */
  clearChanges(): void;

  // What the book was built from.
  readMeta(): Map<string, string>;
  writeMeta(entries: Readonly<Record<string, string>>): void;

  // The book.
  /** Deletes every fact, state value, undo entry and meta value. */
  clearBook(): void;
  insertFacts(facts: readonly StoredFact[]): void;
  /** Fact bodies of one match (most newsworthy first), one definition (oldest first), or some books from a date. */
  factBodies(where: { readonly matchId: number } | { readonly definitionId: string } | { readonly books: readonly string[]; readonly fromDate: string } | 'all'): string[];
  /** Deletes the facts of `books` dated on or after `fromDate`. */
  deleteFacts(books: readonly string[], fromDate: string): void;
  readState(book: string, part: string, key: string): string | undefined;
  writeState(rows: readonly StateRow[]): void;
  deleteState(keys: readonly (readonly [book: string, part: string, key: string])[]): void;
  /** Deletes all state and undo entries of `book`. */
  deleteBook(book: string): void;
  stateKeys(book: string, part: string): string[];
  /** The books whose state key starts with `prefix`. */
  stateBooks(prefix: string): string[];
  /** State values of one book, or of all. */
  countState(book?: string): number;

  // The undo journal: a key's value before each day that changed it, for the days a correction can reach.
  writeUndo(rows: readonly UndoRow[]): void;
  /**
   * Takes the journal of `books` from `fromDate` on: for each key changed since, its value before
   * the first change on or after `fromDate`; the entries are deleted.
   */
  takeUndo(books: readonly string[], fromDate: string): [book: string, part: string, key: string, json: string | null][];
  /** Which of `books` have journal entries made under exactly this instant key (a whole day's, say). */
  booksWithUndoAt(books: readonly string[], instant: string): string[];
  /** Forgets journal entries dated before `date`. */
  pruneUndo(beforeDate: string): void;
}
