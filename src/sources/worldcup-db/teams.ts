// teams.csv joined with confederations.csv: the national teams and the TeamRef of each team id.
import type { TeamRef } from '../../domain/match-data.js';
import type { IncomingTeam } from '../source-batch.js';
import type { CsvRow } from '../csv/csv-row.js';
import { located } from './rows.js';

export interface Teams {
  readonly incoming: IncomingTeam[];
  /** team_id → name and code, for every file that refers to a team. */
  readonly refs: Map<string, TeamRef>;
}

/**
 * `team_code` is an ISO 3166 alpha-3 code, not a FIFA code: Germany and West Germany share `DEU`,
 * so a code alone never identifies a team.
 */
export function readTeams(teamRows: readonly CsvRow[], confederationRows: readonly CsvRow[]): Teams {
  const confederations = new Map(
    confederationRows.map((row) => [row.required('confederation_id'), row.required('confederation_code')]),
  );
  const incoming: IncomingTeam[] = [];
  const refs = new Map<string, TeamRef>();
  for (const row of teamRows) {
    const id = row.required('team_id');
    const team: TeamRef = { name: row.required('team_name'), code: row.required('team_code') };
    const confederation = row.ref('confederation_id', confederations);
    const code = row.text('confederation_code');
    if (code !== confederation) {
      const confederationId = row.text('confederation_id');
      throw row.error('confederation_code', `confederation_code '${code}' is not that of ${confederationId}`);
    }
    refs.set(id, team);
    const region = row.required('region_name');
    incoming.push({ ...located(row, id), team, national: true, aliases: [], confederation, region });
  }
  return { incoming, refs };
}
