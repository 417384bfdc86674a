// The first schema of the store: every table of src/store/schema.ts, with the indexes identity needs.
import type { Kysely, Migration } from 'kysely';

type Builder = ReturnType<Kysely<unknown>['schema']['createTable']>;

function table(db: Kysely<unknown>, name: string, columns: (t: Builder) => Builder): Promise<void> {
  return columns(db.schema.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey())).execute();
}

export const initialMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await table(db, 'source_file', (t) =>
      t
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('rows', 'integer', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull()),
    );
    await table(db, 'competition', (t) =>
      t
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull().unique())
        .addColumn('sex', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull()),
    );
    await table(db, 'edition', (t) =>
      t
        .addColumn('competition_id', 'integer', (c) => c.notNull().references('competition.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('start_year', 'integer', (c) => c.notNull())
        .addColumn('end_year', 'integer', (c) => c.notNull())
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('source_file_id', 'integer', (c) => c.notNull())
        .addUniqueConstraint('edition_unique', ['competition_id', 'name']),
    );
    await table(db, 'stage', (t) =>
      t
        .addColumn('edition_id', 'integer', (c) => c.notNull().references('edition.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('stage_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ordinal', 'integer')
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addUniqueConstraint('stage_unique', ['edition_id', 'stage_key']),
    );
    await table(db, 'edition_group', (t) =>
      t
        .addColumn('stage_id', 'integer', (c) => c.notNull().references('stage.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('team_count', 'integer'),
    );
    await table(db, 'team', (t) =>
      t
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('national', 'integer', (c) => c.notNull())
        .addColumn('code', 'text')
        .addColumn('confederation', 'text')
        .addColumn('region', 'text')
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'team_alias', (t) =>
      t
        .addColumn('team_id', 'integer', (c) => c.notNull().references('team.id'))
        .addColumn('alias', 'text', (c) => c.notNull())
        .addColumn('alias_key', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text')
        .addColumn('valid_to', 'text')
        .addColumn('source_file_id', 'integer'),
    );
    await table(db, 'venue', (t) =>
      t
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('city', 'text')
        .addColumn('country', 'text')
        .addColumn('capacity', 'integer')
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'player', (t) =>
      t
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('given_name', 'text')
        .addColumn('family_name', 'text')
        .addColumn('birth_date', 'text')
        .addColumn('sex', 'text')
        .addColumn('positions', 'text')
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'player_name', (t) =>
      t
        .addColumn('player_id', 'integer', (c) => c.notNull().references('player.id'))
        .addColumn('team_id', 'integer')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('source_file_id', 'integer'),
    );
    await db.schema
      .createTable('player_source_id')
      .addColumn('player_id', 'integer', (c) => c.notNull().references('player.id'))
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('source_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('player_source_id_pk', ['format', 'source_id'])
      .execute();
    await table(db, 'squad_member', (t) =>
      t
        .addColumn('edition_id', 'integer', (c) => c.notNull())
        .addColumn('team_id', 'integer', (c) => c.notNull())
        .addColumn('player_id', 'integer', (c) => c.notNull())
        .addColumn('shirt_number', 'integer')
        .addColumn('position', 'text')
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'match', (t) =>
      t
        .addColumn('edition_id', 'integer', (c) => c.notNull().references('edition.id'))
        .addColumn('stage_id', 'integer')
        .addColumn('group_name', 'text')
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('time', 'text')
        .addColumn('utc_offset', 'text')
        .addColumn('venue', 'text')
        .addColumn('city', 'text')
        .addColumn('country', 'text')
        .addColumn('home_team_id', 'integer', (c) => c.notNull())
        .addColumn('away_team_id', 'integer', (c) => c.notNull())
        .addColumn('home_name', 'text', (c) => c.notNull())
        .addColumn('away_name', 'text', (c) => c.notNull())
        .addColumn('neutral', 'integer')
        .addColumn('ht_home', 'integer')
        .addColumn('ht_away', 'integer')
        .addColumn('ft_home', 'integer')
        .addColumn('ft_away', 'integer')
        .addColumn('et_home', 'integer')
        .addColumn('et_away', 'integer')
        .addColumn('pen_home', 'integer')
        .addColumn('pen_away', 'integer')
        .addColumn('result_only', 'integer', (c) => c.notNull())
        .addColumn('shootout_winner', 'text')
        .addColumn('shootout_first', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('status_note', 'text')
        .addColumn('behind_closed_doors', 'integer')
        .addColumn('attendance', 'integer')
        .addColumn('match_number', 'integer')
        .addColumn('replay', 'integer', (c) => c.notNull())
        .addColumn('notes', 'text')
        .addColumn('goals_known', 'integer', (c) => c.notNull())
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'match_source', (t) =>
      t
        .addColumn('match_id', 'integer', (c) => c.notNull().references('match.id'))
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('source_key', 'text', (c) => c.notNull())
        .addColumn('source_file_id', 'integer', (c) => c.notNull())
        .addColumn('line', 'integer')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addUniqueConstraint('match_source_unique', ['format', 'source_key']),
    );
    const event = (t: Builder): Builder =>
      t
        .addColumn('match_id', 'integer', (c) => c.notNull().references('match.id'))
        .addColumn('side', 'text', (c) => c.notNull())
        .addColumn('team_id', 'integer', (c) => c.notNull())
        .addColumn('player_id', 'integer');
    const minute = (t: Builder): Builder =>
      t.addColumn('minute', 'integer').addColumn('stoppage', 'integer').addColumn('period', 'text');
    await table(db, 'goal', (t) =>
      minute(event(t).addColumn('seq', 'integer', (c) => c.notNull()).addColumn('scorer_name', 'text'))
        .addColumn('penalty', 'integer', (c) => c.notNull())
        .addColumn('own_goal', 'integer', (c) => c.notNull())
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'shootout_kick', (t) =>
      event(t)
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('taker_name', 'text')
        .addColumn('converted', 'integer', (c) => c.notNull())
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'booking', (t) =>
      minute(event(t).addColumn('player_name', 'text', (c) => c.notNull()))
        .addColumn('card', 'text', (c) => c.notNull())
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'substitution', (t) =>
      minute(event(t).addColumn('player_name', 'text', (c) => c.notNull()))
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'edition_team', (t) =>
      t
        .addColumn('edition_id', 'integer', (c) => c.notNull())
        .addColumn('team_id', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('performance', 'text')
        .addColumn('matches', 'integer')
        .addColumn('position', 'integer')
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'published_standing', (t) =>
      t
        .addColumn('edition_id', 'integer', (c) => c.notNull())
        .addColumn('stage_kind', 'text', (c) => c.notNull())
        .addColumn('stage_name', 'text', (c) => c.notNull())
        .addColumn('group_name', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('team_id', 'integer', (c) => c.notNull())
        .addColumn('played', 'integer', (c) => c.notNull())
        .addColumn('wins', 'integer', (c) => c.notNull())
        .addColumn('draws', 'integer', (c) => c.notNull())
        .addColumn('losses', 'integer', (c) => c.notNull())
        .addColumn('goals_for', 'integer', (c) => c.notNull())
        .addColumn('goals_against', 'integer', (c) => c.notNull())
        .addColumn('points', 'integer', (c) => c.notNull())
        .addColumn('advanced', 'integer', (c) => c.notNull())
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'award', (t) =>
      t
        .addColumn('edition_id', 'integer', (c) => c.notNull())
        .addColumn('award', 'text', (c) => c.notNull())
        .addColumn('player_id', 'integer')
        .addColumn('player_name', 'text', (c) => c.notNull())
        .addColumn('team_id', 'integer')
        .addColumn('shared', 'integer', (c) => c.notNull())
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'conflict', (t) =>
      t
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('kept_value', 'text')
        .addColumn('kept_source_file_id', 'integer')
        .addColumn('other_value', 'text')
        .addColumn('other_source_file_id', 'integer', (c) => c.notNull())
        .addColumn('other_location', 'text'),
    );
    await table(db, 'provenance', (t) =>
      t
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('source_file_id', 'integer', (c) => c.notNull()),
    );
    await table(db, 'notice', (t) =>
      t
        .addColumn('source_file_id', 'integer', (c) => c.notNull())
        .addColumn('location', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull()),
    );

    const indexes: readonly (readonly [string, string, readonly string[]])[] = [
      ['match_date', 'match', ['date']],
      ['match_edition', 'match', ['edition_id']],
      ['match_home', 'match', ['home_team_id', 'date']],
      ['match_away', 'match', ['away_team_id', 'date']],
      ['match_source_match', 'match_source', ['match_id']],
      ['goal_match', 'goal', ['match_id']],
      ['goal_player', 'goal', ['player_id']],
      ['kick_match', 'shootout_kick', ['match_id']],
      ['booking_match', 'booking', ['match_id']],
      ['substitution_match', 'substitution', ['match_id']],
      ['team_alias_key', 'team_alias', ['alias_key']],
      ['player_name_key', 'player_name', ['name_key']],
      ['player_name_player', 'player_name', ['player_id']],
      ['squad_player', 'squad_member', ['player_id']],
      ['source_file_sha', 'source_file', ['format', 'sha256']],
      ['conflict_entity', 'conflict', ['entity', 'entity_id']],
    ];
    for (const [name, on, columns] of indexes) {
      await db.schema.createIndex(name).on(on).columns([...columns]).execute();
    }
  },
};
