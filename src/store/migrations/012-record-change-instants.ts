// A late result replays its books from its own kick-off, not from the start of its day: the change
// notes of migration 007 now write the instant a change reached — `YYYY-MM-DD|YYYY-MM-DDTHH:MM`,
// the day and the kick-off in UTC, when the match has a kick-off and a UTC offset; the day alone
// otherwise. The keys sort as time does and are the engine's `instantKey`, so the earliest of two
// notes is still their minimum. The engine falls back to the whole day when any match of it lacks
// a kick-off (the day then has no order).
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from './dialect.js';
import { BOOKING_COLUMNS, changed, GOAL_COLUMNS, MATCH_COLUMNS } from './007-record-changes.js';

/** SQLite reads `HH:MM+HH:MM` after a date as local time with its offset and gives UTC; malformed gives NULL. */
function instantOf(row: string): string {
  return `${row}date || COALESCE('|' || strftime('%Y-%m-%dT%H:%M', ${row}date || ' ' || ${row}time || ${row}utc_offset), '')`;
}

function noteEdition(row: 'NEW.' | 'OLD.'): string {
  return `INSERT INTO record_change (kind, id, since) VALUES ('edition', ${row}edition_id, ${instantOf(row)}) ON CONFLICT (kind, id) DO UPDATE SET since = min(since, excluded.since);`;
}

function noteMatchOf(matchId: string): string {
  return `INSERT INTO record_change (kind, id, since) SELECT 'edition', edition_id, ${instantOf('')} FROM match WHERE id = ${matchId} ON CONFLICT (kind, id) DO UPDATE SET since = min(since, excluded.since);`;
}

const SQLITE_TRIGGERS: readonly (readonly [name: string, body: string])[] = [
  ['record_change_match_insert', `AFTER INSERT ON match BEGIN ${noteEdition('NEW.')} END`],
  ['record_change_match_update', `AFTER UPDATE ON match WHEN ${changed(MATCH_COLUMNS)} BEGIN ${noteEdition('OLD.')} ${noteEdition('NEW.')} END`],
  ['record_change_match_delete', `AFTER DELETE ON match BEGIN ${noteEdition('OLD.')} END`],
  ['record_change_goal_insert', `AFTER INSERT ON goal BEGIN ${noteMatchOf('NEW.match_id')} END`],
  ['record_change_goal_update', `AFTER UPDATE ON goal WHEN ${changed(GOAL_COLUMNS)} BEGIN ${noteMatchOf('OLD.match_id')} ${noteMatchOf('NEW.match_id')} END`],
  ['record_change_goal_delete', `AFTER DELETE ON goal BEGIN ${noteMatchOf('OLD.match_id')} END`],
  ['record_change_booking_insert', `AFTER INSERT ON booking BEGIN ${noteMatchOf('NEW.match_id')} END`],
  ['record_change_booking_update', `AFTER UPDATE ON booking WHEN ${changed(BOOKING_COLUMNS)} BEGIN ${noteMatchOf('OLD.match_id')} ${noteMatchOf('NEW.match_id')} END`],
  ['record_change_booking_delete', `AFTER DELETE ON booking BEGIN ${noteMatchOf('OLD.match_id')} END`],
];

// PostgreSQL: the functions of migration 007 take the instant; a malformed time or offset (which
// would make the cast fail, and with it the write) notes the day.
const POSTGRES_STATEMENTS: readonly string[] = [
  `CREATE FUNCTION record_instant_key(day text, kick_off text, utc_offset text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
   BEGIN
     IF kick_off IS NULL OR utc_offset IS NULL OR kick_off !~ '^[0-9][0-9]:[0-9][0-9]$' THEN RETURN day; END IF;
     RETURN day || '|' || to_char(((day || ' ' || kick_off || utc_offset)::timestamptz) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI');
   EXCEPTION WHEN others THEN RETURN day;
   END $$`,
  `CREATE OR REPLACE FUNCTION record_change_match_of(match_id integer) RETURNS void LANGUAGE sql AS $$
     INSERT INTO record_change (kind, id, since) SELECT 'edition', m.edition_id, record_instant_key(m.date, m.time, m.utc_offset) FROM match m WHERE m.id = match_id
     ON CONFLICT (kind, id) DO UPDATE SET since = LEAST(record_change.since, excluded.since) $$`,
  `CREATE OR REPLACE FUNCTION record_change_note() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_ARGV[0] = 'all' THEN PERFORM record_change_mark('all', 0); RETURN NULL; END IF;
     IF TG_ARGV[0] = 'player' THEN PERFORM record_change_mark('player', NEW.id); RETURN NULL; END IF;
     IF TG_OP <> 'INSERT' THEN
       IF TG_ARGV[0] = 'match' THEN PERFORM record_change_edition(OLD.edition_id, record_instant_key(OLD.date, OLD.time, OLD.utc_offset));
       ELSIF TG_ARGV[0] = 'event' THEN PERFORM record_change_match_of(OLD.match_id);
       ELSE PERFORM record_change_mark('standings', OLD.edition_id); END IF;
     END IF;
     IF TG_OP <> 'DELETE' THEN
       IF TG_ARGV[0] = 'match' THEN PERFORM record_change_edition(NEW.edition_id, record_instant_key(NEW.date, NEW.time, NEW.utc_offset));
       ELSIF TG_ARGV[0] = 'event' THEN PERFORM record_change_match_of(NEW.match_id);
       ELSE PERFORM record_change_mark('standings', NEW.edition_id); END IF;
     END IF;
     RETURN NULL;
   END $$`,
];

export const recordChangeInstantsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    if (isPostgres(db)) {
      for (const statement of POSTGRES_STATEMENTS) await sql.raw(statement).execute(db);
      return;
    }
    for (const [name, body] of SQLITE_TRIGGERS) {
      await sql.raw(`DROP TRIGGER IF EXISTS ${name}`).execute(db);
      await sql.raw(`CREATE TRIGGER ${name} ${body}`).execute(db);
    }
  },
};
