// squads.csv: every player named in a team's squad for one tournament.
import type { PersonRef, TeamRef } from '../../domain/match-data.js';
import type { IncomingSquadMember } from '../source-batch.js';
import { POSITION_CODES } from './codes.js';
import type { CsvRow } from '../csv/csv-row.js';
import type { Tournament } from './tournaments.js';

export function readSquads(
  rows: readonly CsvRow[],
  tournaments: ReadonlyMap<string, Tournament>,
  teams: ReadonlyMap<string, TeamRef>,
  players: ReadonlyMap<string, PersonRef>,
): IncomingSquadMember[] {
  return rows.map((row) => {
    const tournament = row.ref('tournament_id', tournaments);
    const shirtNumber = row.int('shirt_number');
    return {
      // squads.csv has no id of its own; a player is in one squad per tournament.
      sourceKey: `${row.text('tournament_id')}/${row.text('team_id')}/${row.text('player_id')}`,
      file: row.file,
      line: row.line,
      competition: tournament.competition,
      edition: tournament.edition,
      team: row.ref('team_id', teams),
      person: row.ref('player_id', players),
      // Squads before numbering was fixed (1930–1950) carry 0: no number.
      shirtNumber: shirtNumber > 0 ? shirtNumber : undefined,
      position: row.code('position_code', POSITION_CODES),
    };
  });
}
