// A new match's commit wrote ~195 pages at 100,000 matches, most of them for a few hundred rows of
// book state: `record_state` was a rowid table beside its key's index (INSERT OR REPLACE deleted
// the row in one page and appended it in another, and moved its index entry in a third), and the
// undo journal was keyed book first, so one match's undo rows landed in as many places as it
// touched books. On SQLite the state is now stored in its key's order (WITHOUT ROWID: a value is
// rewritten in the one page that holds it), and the journal date first — one match's undo rows are
// appended together, and pruning the journal by date needs no index of its own. PostgreSQL keeps
// its heap tables: their layout does not follow the key.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from './dialect.js';

const STATEMENTS: readonly string[] = [
  `CREATE TABLE record_state_clustered (book text NOT NULL, part text NOT NULL, key text NOT NULL, value text NOT NULL,
     CONSTRAINT record_state_pk PRIMARY KEY (book, part, key)) WITHOUT ROWID`,
  `INSERT INTO record_state_clustered (book, part, key, value) SELECT book, part, key, value FROM record_state ORDER BY book, part, key`,
  `DROP TABLE record_state`,
  `ALTER TABLE record_state_clustered RENAME TO record_state`,
  `CREATE TABLE record_undo_by_date (book text NOT NULL, date text NOT NULL, part text NOT NULL, key text NOT NULL, value text,
     CONSTRAINT record_undo_pk PRIMARY KEY (date, book, part, key)) WITHOUT ROWID`,
  `INSERT INTO record_undo_by_date (book, date, part, key, value) SELECT book, date, part, key, value FROM record_undo ORDER BY date, book, part, key`,
  `DROP TABLE record_undo`,
  `ALTER TABLE record_undo_by_date RENAME TO record_undo`,
];

export const recordStateClusteredMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    if (isPostgres(db)) return;
    for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
  },
};
