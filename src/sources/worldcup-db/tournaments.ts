// tournaments.csv, host_countries.csv and tournament_stages.csv: what every other file refers to.
import type { CompetitionRef, EditionRef, StageRef, TeamRef } from '../../domain/match-data.js';
import { stageKindOf } from '../../domain/stage-kind.js';
import type { StageKind } from '../../domain/vocabulary.js';
import { COMPETITIONS } from './codes.js';
import type { CsvRow } from '../csv/csv-row.js';
import { assertKnown, groupBy } from './rows.js';

export interface Stage extends StageRef {
  readonly startDate: string;
  readonly endDate: string;
}

export interface Tournament {
  readonly row: CsvRow;
  readonly competition: CompetitionRef;
  readonly edition: EditionRef;
  /** team ids of the host countries. */
  readonly hostIds: ReadonlySet<string>;
  readonly hosts: readonly TeamRef[];
  readonly stages: readonly Stage[];
  /** stage_number as other files write it (`1`) → stage. */
  readonly stagesByNumber: ReadonlyMap<string, Stage>;
  /** One stage per kind in every tournament, so a match's stage name (`quarter-final`) finds its stage. */
  readonly stagesByKind: ReadonlyMap<StageKind, Stage>;
}

const TOURNAMENT_NAME = /^(\d{4}) (.+)$/;

export function readTournaments(
  tournamentRows: readonly CsvRow[],
  hostRows: readonly CsvRow[],
  stageRows: readonly CsvRow[],
  teams: ReadonlyMap<string, TeamRef>,
): Map<string, Tournament> {
  const hostsOf = groupBy(hostRows, 'tournament_id');
  const stagesOf = groupBy(stageRows, 'tournament_id');
  const tournaments = new Map<string, Tournament>();
  for (const row of tournamentRows) {
    const id = row.required('tournament_id');
    const hostList = hostsOf.get(id) ?? [];
    const stages = (stagesOf.get(id) ?? []).map(stageOf);
    tournaments.set(id, {
      row,
      competition: competitionOf(row),
      edition: editionOf(row),
      hostIds: new Set(hostList.map((host) => host.required('team_id'))),
      hosts: hostList.map((host) => host.ref('team_id', teams)),
      stages,
      stagesByNumber: new Map(stages.map((stage) => [String(stage.order), stage])),
      stagesByKind: byKind(stages, stagesOf.get(id) ?? []),
    });
  }
  assertKnown(hostsOf, tournaments, 'tournament_id');
  assertKnown(stagesOf, tournaments, 'tournament_id');
  return tournaments;
}

function competitionOf(row: CsvRow): CompetitionRef {
  const name = row.required('tournament_name');
  const suffix = TOURNAMENT_NAME.exec(name)?.[2];
  const competition = suffix === undefined ? undefined : COMPETITIONS[suffix];
  if (competition === undefined) throw row.error('tournament_name', `worldcup-db: unknown competition in '${name}'`);
  return competition;
}

/** A World Cup is played within one year: edition `2022`, 2022–2022. */
function editionOf(row: CsvRow): EditionRef {
  const year = row.int('year');
  return { name: String(year), startYear: year, endYear: year };
}

function stageOf(row: CsvRow): Stage {
  const name = row.required('stage_name');
  return {
    name,
    kind: stageKindOf(name),
    order: row.int('stage_number'),
    startDate: row.date('start_date'),
    endDate: row.date('end_date'),
  };
}

function byKind(stages: readonly Stage[], rows: readonly CsvRow[]): Map<StageKind, Stage> {
  const map = new Map<StageKind, Stage>();
  stages.forEach((stage, index) => {
    if (map.has(stage.kind)) throw (rows[index] as CsvRow).error('stage_name', `two stages of kind ${stage.kind}`);
    map.set(stage.kind, stage);
  });
  return map;
}
