// A record-book rebuild in two parts (see `RebuildInParts`), the store's side: it counts and dates
// the matches for the split and copies the other thread's part in (`part-storage.ts` is that side).
import type SQLite from 'better-sqlite3';
import type { CountedDay, RebuildInParts, StoredMatchTime } from './storage.js';
import { COUNTED } from './counted-matches-sql.js';

/** The book's tables a part writes: the scratch file has these and nothing else. */
export const PART_TABLES = ['record_fact', 'record_state', 'record_undo'] as const;

/** The schema name the scratch file is attached under. */
const SCRATCH = 'record_scratch';

/**
 * Whether a match's kick-off is in the usual shape, each field in range, on a day written as a
 * calendar date: what `kickOffUtc` reads without `Date.parse`, always to a time (a day past the
 * month's end, 31 April, still reads as one; day 00 or month 13 would not).
 */
const USUAL_KICK_OFF = `((m.time GLOB '[01][0-9]:[0-5][0-9]' OR m.time GLOB '2[0-3]:[0-5][0-9]')
  AND (m.utc_offset GLOB '[+-][01][0-9]:[0-5][0-9]' OR m.utc_offset GLOB '[+-]2[0-3]:[0-5][0-9]')
  AND m.date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
  AND CAST(substr(m.date, 6, 2) AS INTEGER) BETWEEN 1 AND 12
  AND CAST(substr(m.date, 9, 2) AS INTEGER) BETWEEN 1 AND 31)`;

/**
 * The store's page cache while a split rebuild runs (KiB): its writes are the state's spills,
 * appended in key order, and the memory goes to the second thread's heap instead.
 */
const SPLIT_CACHE_KIB = 32_768;

export class SqliteRebuildParts implements RebuildInParts {
  /** The page cache's size before the split rebuild (as `PRAGMA cache_size` gives it). */
  private cacheSize: number | undefined;

  constructor(
    private readonly sqlite: SQLite.Database,
    readonly path: string,
  ) {}

  matchesByCompetition(): Map<number, number> {
    // Counted or not: the edition index alone answers (0.04 s at 1,000,000 matches, where counting
    // only the played ones read every row: 0.5 s before either thread could start).
    const rows = this.sqlite
      .prepare(
        `SELECT e.competition_id AS id, sum(x.n) AS n FROM (SELECT edition_id, count(*) AS n FROM match GROUP BY edition_id) x
         JOIN edition e ON e.id = x.edition_id GROUP BY e.competition_id`,
      )
      .all() as { id: number; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  countedDays(): CountedDay[] {
    const days = this.sqlite
      .prepare(`SELECT m.date AS date, count(*) AS matches, sum(CASE WHEN ${USUAL_KICK_OFF} THEN 1 ELSE 0 END) AS usual FROM match m WHERE ${COUNTED} GROUP BY m.date ORDER BY m.date`)
      .all() as { date: string; matches: number; usual: number }[];
    const irregular = days.filter((d) => d.usual < d.matches).map((d) => d.date);
    const kickOffs = new Map<string, StoredMatchTime[]>();
    const read = this.sqlite.prepare(`SELECT m.id, m.date, m.time, m.utc_offset AS utcOffset FROM match m WHERE m.date = ? AND ${COUNTED} ORDER BY m.id`);
    for (const date of irregular) kickOffs.set(date, read.all(date) as StoredMatchTime[]);
    return days.map((d) => {
      const times = kickOffs.get(d.date);
      return times ? { date: d.date, kickOffs: times } : { date: d.date };
    });
  }

  attachScratch(path: string): void {
    this.sqlite.prepare(`ATTACH DATABASE ? AS ${SCRATCH}`).run(path);
    this.cacheSize = this.sqlite.pragma('cache_size', { simple: true }) as number;
    this.sqlite.pragma(`cache_size = -${SPLIT_CACHE_KIB}`);
  }

  copyScratch(): void {
    for (const table of PART_TABLES) this.sqlite.exec(`INSERT INTO main.${table} SELECT * FROM ${SCRATCH}.${table}`);
  }

  detachScratch(): void {
    const attached = (this.sqlite.prepare('PRAGMA database_list').all() as { name: string }[]).some((d) => d.name === SCRATCH);
    if (attached) this.sqlite.exec(`DETACH DATABASE ${SCRATCH}`);
    if (this.cacheSize !== undefined) this.sqlite.pragma(`cache_size = ${this.cacheSize}`);
    this.cacheSize = undefined;
  }

  inTransaction(): boolean {
    return this.sqlite.inTransaction;
  }
}
