// The record book reads an edition's hosts (edition_team rows of role 'host') and its published
// group standings (who got through a group): a host or a standing added, corrected or deleted
// replays the edition's books, as a changed champion does (migration 007 notes 'standings' for
// it). Both stores; an index finds the hosts without scanning every edition's teams.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from './dialect.js';

/** The published-standing columns the record book reads. */
const STANDING_COLUMNS = ['edition_id', 'team_id', 'stage_kind', 'advanced'];

function note(edition: string): string {
  return `INSERT INTO record_change (kind, id, since) VALUES ('standings', ${edition}, '') ON CONFLICT (kind, id) DO NOTHING;`;
}

const SQLITE_TRIGGERS: readonly string[] = [
  `CREATE TRIGGER record_change_host_insert AFTER INSERT ON edition_team WHEN NEW.role = 'host' BEGIN ${note('NEW.edition_id')} END`,
  `CREATE TRIGGER record_change_host_update AFTER UPDATE ON edition_team WHEN OLD.role IS NOT NEW.role AND (OLD.role = 'host' OR NEW.role = 'host') BEGIN ${note('OLD.edition_id')} ${note('NEW.edition_id')} END`,
  `CREATE TRIGGER record_change_host_delete AFTER DELETE ON edition_team WHEN OLD.role = 'host' BEGIN ${note('OLD.edition_id')} END`,
  `CREATE TRIGGER record_change_group_standing_insert AFTER INSERT ON published_standing BEGIN ${note('NEW.edition_id')} END`,
  `CREATE TRIGGER record_change_group_standing_update AFTER UPDATE ON published_standing WHEN ${STANDING_COLUMNS.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')} BEGIN ${note('OLD.edition_id')} ${note('NEW.edition_id')} END`,
  `CREATE TRIGGER record_change_group_standing_delete AFTER DELETE ON published_standing BEGIN ${note('OLD.edition_id')} END`,
];

// On PostgreSQL, migration 007's record_change_note('standings') notes OLD's and NEW's edition.
function pgTrigger(name: string, timing: string, table: string, when?: string): string {
  return `CREATE TRIGGER ${name} AFTER ${timing} ON ${table} FOR EACH ROW ${when ? `WHEN (${when}) ` : ''}EXECUTE FUNCTION record_change_note('standings')`;
}

const POSTGRES_TRIGGERS: readonly string[] = [
  pgTrigger('record_change_host_insert', 'INSERT', 'edition_team', `NEW.role = 'host'`),
  pgTrigger('record_change_host_update', 'UPDATE', 'edition_team', `OLD.role IS DISTINCT FROM NEW.role AND (OLD.role = 'host' OR NEW.role = 'host')`),
  pgTrigger('record_change_host_delete', 'DELETE', 'edition_team', `OLD.role = 'host'`),
  pgTrigger('record_change_group_standing_insert', 'INSERT OR DELETE', 'published_standing'),
  pgTrigger('record_change_group_standing_update', 'UPDATE', 'published_standing', STANDING_COLUMNS.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ')),
];

export const editionHostsChangesMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createIndex('edition_team_role').on('edition_team').columns(['role', 'edition_id']).execute();
    for (const trigger of isPostgres(db) ? POSTGRES_TRIGGERS : SQLITE_TRIGGERS) await sql.raw(trigger).execute(db);
  },
};
