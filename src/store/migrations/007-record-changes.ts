// What a late result or a correction touches, kept by the store itself: triggers note, per
// edition, the earliest date whose counted matches changed (a match added, corrected, deleted or
// its status changed; its goals or bookings; a scorer's name or birth date; the final standings).
// The record book then replays only the books of those competitions, from that date, after
// rolling their state back with the undo journal (record_undo). Facts carry their book, so a
// book's facts from a date can be withdrawn.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from './dialect.js';

/** Notes `edition` changed on `date` (keeps the earliest date per edition). */
function noteEdition(edition: string, date: string): string {
  return `INSERT INTO record_change (kind, id, since) VALUES ('edition', ${edition}, ${date}) ON CONFLICT (kind, id) DO UPDATE SET since = min(since, excluded.since);`;
}

function noteMatchOf(matchId: string): string {
  return `INSERT INTO record_change (kind, id, since) SELECT 'edition', edition_id, date FROM match WHERE id = ${matchId} ON CONFLICT (kind, id) DO UPDATE SET since = min(since, excluded.since);`;
}

function note(kind: string, id: string): string {
  return `INSERT INTO record_change (kind, id, since) VALUES ('${kind}', ${id}, '') ON CONFLICT (kind, id) DO NOTHING;`;
}

/** The match columns the record book reads: a change to any other column (a note, a source) changes nothing. */
export const MATCH_COLUMNS = [
  'date', 'time', 'utc_offset', 'city', 'status', 'edition_id', 'stage_id', 'group_name', 'home_team_id', 'away_team_id', 'neutral',
  'ft_home', 'ft_away', 'et_home', 'et_away', 'pen_home', 'pen_away', 'shootout_winner', 'goals_known',
];
export const GOAL_COLUMNS = ['match_id', 'seq', 'side', 'player_id', 'minute', 'stoppage', 'period', 'penalty', 'own_goal'];
export const BOOKING_COLUMNS = ['match_id', 'side', 'player_id', 'player_name', 'card'];

export function changed(columns: readonly string[]): string {
  return columns.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
}

const TRIGGERS: readonly string[] = [
  `CREATE TRIGGER record_change_match_insert AFTER INSERT ON match BEGIN ${noteEdition('NEW.edition_id', 'NEW.date')} END`,
  `CREATE TRIGGER record_change_match_update AFTER UPDATE ON match WHEN ${changed(MATCH_COLUMNS)} BEGIN ${noteEdition('OLD.edition_id', 'OLD.date')} ${noteEdition('NEW.edition_id', 'NEW.date')} END`,
  `CREATE TRIGGER record_change_match_delete AFTER DELETE ON match BEGIN ${noteEdition('OLD.edition_id', 'OLD.date')} END`,
  `CREATE TRIGGER record_change_goal_insert AFTER INSERT ON goal BEGIN ${noteMatchOf('NEW.match_id')} END`,
  `CREATE TRIGGER record_change_goal_update AFTER UPDATE ON goal WHEN ${changed(GOAL_COLUMNS)} BEGIN ${noteMatchOf('OLD.match_id')} ${noteMatchOf('NEW.match_id')} END`,
  `CREATE TRIGGER record_change_goal_delete AFTER DELETE ON goal BEGIN ${noteMatchOf('OLD.match_id')} END`,
  `CREATE TRIGGER record_change_booking_insert AFTER INSERT ON booking BEGIN ${noteMatchOf('NEW.match_id')} END`,
  `CREATE TRIGGER record_change_booking_update AFTER UPDATE ON booking WHEN ${changed(BOOKING_COLUMNS)} BEGIN ${noteMatchOf('OLD.match_id')} ${noteMatchOf('NEW.match_id')} END`,
  `CREATE TRIGGER record_change_booking_delete AFTER DELETE ON booking BEGIN ${noteMatchOf('OLD.match_id')} END`,
  `CREATE TRIGGER record_change_player_update AFTER UPDATE ON player WHEN ${changed(['name', 'birth_date'])} BEGIN ${note('player', 'NEW.id')} END`,
  `CREATE TRIGGER record_change_standing_insert AFTER INSERT ON edition_team WHEN NEW.position = 1 BEGIN ${note('standings', 'NEW.edition_id')} END`,
  `CREATE TRIGGER record_change_standing_update AFTER UPDATE ON edition_team WHEN ${changed(['position', 'team_id', 'edition_id'])} BEGIN ${note('standings', 'OLD.edition_id')} ${note('standings', 'NEW.edition_id')} END`,
  `CREATE TRIGGER record_change_standing_delete AFTER DELETE ON edition_team WHEN OLD.position = 1 BEGIN ${note('standings', 'OLD.edition_id')} END`,
  // Names every book reads: rare, and replayed in full.
  `CREATE TRIGGER record_change_team_update AFTER UPDATE ON team WHEN ${changed(['name'])} BEGIN ${note('all', '0')} END`,
  `CREATE TRIGGER record_change_edition_update AFTER UPDATE ON edition WHEN ${changed(['name', 'start_year', 'competition_id'])} BEGIN ${note('all', '0')} END`,
  `CREATE TRIGGER record_change_competition_update AFTER UPDATE ON competition WHEN ${changed(['name', 'sex', 'kind'])} BEGIN ${note('all', '0')} END`,
  `CREATE TRIGGER record_change_stage_update AFTER UPDATE ON stage WHEN ${changed(['kind', 'name'])} BEGIN ${note('all', '0')} END`,
];

// The same notes on PostgreSQL: one plpgsql function, told by its argument what the row is.
function distinct(columns: readonly string[]): string {
  return columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
}

function pgTrigger(name: string, timing: string, table: string, what: string, when?: string): string {
  return `CREATE TRIGGER ${name} AFTER ${timing} ON ${table} FOR EACH ROW ${when ? `WHEN (${when}) ` : ''}EXECUTE FUNCTION record_change_note('${what}')`;
}

const POSTGRES_TRIGGERS: readonly string[] = [
  `CREATE FUNCTION record_change_edition(edition integer, day text) RETURNS void LANGUAGE sql AS $$
     INSERT INTO record_change (kind, id, since) VALUES ('edition', edition, day)
     ON CONFLICT (kind, id) DO UPDATE SET since = LEAST(record_change.since, excluded.since) $$`,
  `CREATE FUNCTION record_change_match_of(match_id integer) RETURNS void LANGUAGE sql AS $$
     INSERT INTO record_change (kind, id, since) SELECT 'edition', m.edition_id, m.date FROM match m WHERE m.id = match_id
     ON CONFLICT (kind, id) DO UPDATE SET since = LEAST(record_change.since, excluded.since) $$`,
  `CREATE FUNCTION record_change_mark(what text, row_id integer) RETURNS void LANGUAGE sql AS $$
     INSERT INTO record_change (kind, id, since) VALUES (what, row_id, '') ON CONFLICT (kind, id) DO NOTHING $$`,
  `CREATE FUNCTION record_change_note() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_ARGV[0] = 'all' THEN PERFORM record_change_mark('all', 0); RETURN NULL; END IF;
     IF TG_ARGV[0] = 'player' THEN PERFORM record_change_mark('player', NEW.id); RETURN NULL; END IF;
     IF TG_OP <> 'INSERT' THEN
       IF TG_ARGV[0] = 'match' THEN PERFORM record_change_edition(OLD.edition_id, OLD.date);
       ELSIF TG_ARGV[0] = 'event' THEN PERFORM record_change_match_of(OLD.match_id);
       ELSE PERFORM record_change_mark('standings', OLD.edition_id); END IF;
     END IF;
     IF TG_OP <> 'DELETE' THEN
       IF TG_ARGV[0] = 'match' THEN PERFORM record_change_edition(NEW.edition_id, NEW.date);
       ELSIF TG_ARGV[0] = 'event' THEN PERFORM record_change_match_of(NEW.match_id);
       ELSE PERFORM record_change_mark('standings', NEW.edition_id); END IF;
     END IF;
     RETURN NULL;
   END $$`,
  pgTrigger('record_change_match_insert', 'INSERT OR DELETE', 'match', 'match'),
  pgTrigger('record_change_match_update', 'UPDATE', 'match', 'match', distinct(MATCH_COLUMNS)),
  pgTrigger('record_change_goal_insert', 'INSERT OR DELETE', 'goal', 'event'),
  pgTrigger('record_change_goal_update', 'UPDATE', 'goal', 'event', distinct(GOAL_COLUMNS)),
  pgTrigger('record_change_booking_insert', 'INSERT OR DELETE', 'booking', 'event'),
  pgTrigger('record_change_booking_update', 'UPDATE', 'booking', 'event', distinct(BOOKING_COLUMNS)),
  pgTrigger('record_change_player_update', 'UPDATE', 'player', 'player', distinct(['name', 'birth_date'])),
  pgTrigger('record_change_standing_insert', 'INSERT', 'edition_team', 'standings', 'NEW.position = 1'),
  pgTrigger('record_change_standing_update', 'UPDATE', 'edition_team', 'standings', distinct(['position', 'team_id', 'edition_id'])),
  pgTrigger('record_change_standing_delete', 'DELETE', 'edition_team', 'standings', 'OLD.position = 1'),
  pgTrigger('record_change_team_update', 'UPDATE', 'team', 'all', distinct(['name'])),
  pgTrigger('record_change_edition_update', 'UPDATE', 'edition', 'all', distinct(['name', 'start_year', 'competition_id'])),
  pgTrigger('record_change_competition_update', 'UPDATE', 'competition', 'all', distinct(['name', 'sex', 'kind'])),
  pgTrigger('record_change_stage_update', 'UPDATE', 'stage', 'all', distinct(['kind', 'name'])),
];

export const recordChangesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('record_change')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('id', 'integer', (c) => c.notNull())
      .addColumn('since', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_change_pk', ['kind', 'id'])
      .execute();
    await db.schema
      .createTable('record_undo')
      .addColumn('book', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('part', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('value', 'text')
      .addPrimaryKeyConstraint('record_undo_pk', ['book', 'date', 'part', 'key'])
      // One b-tree, written once per entry: a new match writes some tens of them. Pruning by date
      // scans the table, which holds only the days a correction can reach.
      .modifyEnd(isPostgres(db) ? sql`` : sql`without rowid`)
      .execute();
    // Facts of an older book lack the column: the engine revision that comes with it rebuilds them.
    await db.schema.alterTable('record_fact').addColumn('book', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.createIndex('record_fact_book').on('record_fact').columns(['book', 'date']).execute();
    await db.schema.createIndex('booking_player').on('booking').column('player_id').execute();
    for (const trigger of isPostgres(db) ? POSTGRES_TRIGGERS : TRIGGERS) await sql.raw(trigger).execute(db);
  },
};
