// One IncomingEdition per tournament: hosts, stages, groups, participants, standings and awards.
import type { PersonRef, StageRef, TeamRef } from '../../domain/match-data.js';
import type { IncomingEdition, PublishedStanding } from '../source-batch.js';
import { BINARY } from './codes.js';
import type { CsvRow } from '../csv/csv-row.js';
import { assertKnown, groupBy, located } from './rows.js';
import type { Tournament } from './tournaments.js';

export interface EditionFiles {
  readonly groups: readonly CsvRow[];
  readonly qualifiedTeams: readonly CsvRow[];
  readonly tournamentStandings: readonly CsvRow[];
  readonly groupStandings: readonly CsvRow[];
  readonly awardWinners: readonly CsvRow[];
  readonly awards: readonly CsvRow[];
}

interface Refs {
  readonly teams: ReadonlyMap<string, TeamRef>;
  readonly players: ReadonlyMap<string, PersonRef>;
  readonly awardNames: ReadonlyMap<string, string>;
}

export function readEditions(
  tournaments: ReadonlyMap<string, Tournament>,
  files: EditionFiles,
  teams: ReadonlyMap<string, TeamRef>,
  players: ReadonlyMap<string, PersonRef>,
): IncomingEdition[] {
  const refs: Refs = { teams, players, awardNames: awardNames(files.awards) };
  const byTournament = {
    groups: groupBy(files.groups, 'tournament_id'),
    qualified: groupBy(files.qualifiedTeams, 'tournament_id'),
    standings: groupBy(files.tournamentStandings, 'tournament_id'),
    groupStandings: groupBy(files.groupStandings, 'tournament_id'),
    awards: groupBy(files.awardWinners, 'tournament_id'),
  };
  for (const groups of Object.values(byTournament)) assertKnown(groups, tournaments, 'tournament_id');

  const editions: IncomingEdition[] = [];
  for (const [id, tournament] of tournaments) {
    const { row } = tournament;
    editions.push({
      ...located(row, id),
      competition: tournament.competition,
      edition: tournament.edition,
      startDate: row.date('start_date'),
      endDate: row.date('end_date'),
      hosts: tournament.hosts,
      stages: tournament.stages,
      groups: (byTournament.groups.get(id) ?? []).map((group) => ({
        stage: stageOf(group, tournament),
        name: group.required('group_name'),
        teamCount: group.int('count_teams'),
      })),
      participants: (byTournament.qualified.get(id) ?? []).map((team) => ({
        team: team.ref('team_id', teams),
        performance: team.required('performance'),
        matches: team.int('count_matches'),
      })),
      finalStandings: (byTournament.standings.get(id) ?? []).map((standing) => ({
        position: standing.int('position'),
        team: standing.ref('team_id', teams),
      })),
      publishedGroupStandings: (byTournament.groupStandings.get(id) ?? []).map((standing) =>
        publishedStanding(standing, tournament, teams),
      ),
      awards: (byTournament.awards.get(id) ?? []).map((winner) => award(winner, refs)),
    });
  }
  return editions;
}

function awardNames(rows: readonly CsvRow[]): Map<string, string> {
  return new Map(rows.map((row) => [row.required('award_id'), row.required('award_name')]));
}

function stageOf(row: CsvRow, tournament: Tournament): StageRef {
  const { name, kind, order } = row.ref('stage_number', tournament.stagesByNumber);
  return { name, kind, order };
}

function publishedStanding(
  row: CsvRow,
  tournament: Tournament,
  teams: ReadonlyMap<string, TeamRef>,
): PublishedStanding {
  return {
    stage: stageOf(row, tournament),
    group: row.required('group_name'),
    position: row.int('position'),
    team: row.ref('team_id', teams),
    played: row.int('played'),
    wins: row.int('wins'),
    draws: row.int('draws'),
    losses: row.int('losses'),
    goalsFor: row.int('goals_for'),
    goalsAgainst: row.int('goals_against'),
    points: row.int('points'),
    advanced: row.code('advanced', BINARY),
  };
}

function award(row: CsvRow, refs: Refs): IncomingEdition['awards'][number] {
  return {
    award: row.ref('award_id', refs.awardNames),
    person: row.ref('player_id', refs.players),
    team: row.ref('team_id', refs.teams),
    shared: row.code('shared', BINARY),
  };
}
