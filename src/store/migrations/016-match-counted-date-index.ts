// The record book asks, on every write, for the last day it counts: the newest played (or live)
// match. Down the date index that walks past every fixture still to come — a desk loads a season's
// schedule in advance, so a league's 380 fixtures and a tournament's draw sit above the last
// result (1,000 held-back fixtures cost ~0.2 ms a call at 1,000,000 matches; with this index, 0.02).
// Partial: only the matches the book counts (`COUNTED` in store/record-book/counted-matches-sql.ts,
// whose terms the WHERE below repeats so that both SQLite and PostgreSQL see the query implies it).
import { sql, type Kysely, type Migration } from 'kysely';

export const matchCountedDateIndexMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('match_counted_date')
      .on('match')
      .columns(['date', 'id'])
      .where(sql<boolean>`status IN ('played', 'live') AND ft_home IS NOT NULL AND ft_away IS NOT NULL`)
      .execute();
  },
};
