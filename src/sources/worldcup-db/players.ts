// players.csv: every player with birth date and positions, and the PersonRef of each player id.
import type { PersonRef } from '../../domain/match-data.js';
import type { Position } from '../../domain/vocabulary.js';
import type { IncomingPlayer } from '../source-batch.js';
import { ABSENT, BINARY, POSITION_FLAGS } from './codes.js';
import type { CsvRow } from '../csv/csv-row.js';

export interface Players {
  readonly incoming: IncomingPlayer[];
  /** player_id → the person, so goals, cards and squads name a player the same way. */
  readonly refs: Map<string, PersonRef>;
}

export function readPlayers(rows: readonly CsvRow[]): Players {
  const incoming: IncomingPlayer[] = [];
  const refs = new Map<string, PersonRef>();
  for (const row of rows) {
    const person = personOf(row);
    const sourceId = person.sourceId as string;
    if (refs.has(sourceId)) throw row.error('player_id', `player_id ${sourceId} appears twice`);
    refs.set(sourceId, person);
    const positions: Position[] = POSITION_FLAGS.filter(([field]) => row.code(field, BINARY)).map(
      ([, position]) => position,
    );
    const birthDate = row.optional('birth_date', ABSENT) === undefined ? undefined : row.date('birth_date');
    const sex = row.code('female', BINARY) ? 'women' : 'men';
    const player = { person, birthDate, sex, positions } as const;
    incoming.push({ sourceKey: sourceId, file: row.file, line: row.line, player });
  }
  return { incoming, refs };
}

/**
 * A player's name as displayed: `given family`, or the family name alone for players known by one
 * name (`given_name` = `not applicable`: Pelé).
 */
function personOf(row: CsvRow): PersonRef {
  const familyName = row.required('family_name');
  const givenName = row.optional('given_name', ABSENT);
  const name = givenName === undefined ? familyName : `${givenName} ${familyName}`;
  return { name, givenName, familyName, sourceId: row.required('player_id') };
}
