// The Fjelstul World Cup database (worldcup-db): 20 CSV files read once each into one SourceBatch.
import { join } from 'node:path';
import { UsageError } from '../../domain/errors.js';
import type { ProgressListener, SourceAdapter, SourceBatch } from '../source-batch.js';
import { checkAppearances, checkStages } from './checks.js';
import { FILES, FORMAT, type WorldcupFile } from './codes.js';
import { readCsvFiles } from '../csv/csv.js';
import { readEditions } from './editions.js';
import { findDataFolder } from './layout.js';
import { readMatches } from './matches.js';
import { readPlayers } from './players.js';
import { readSquads } from './squads.js';
import { readTeams } from './teams.js';
import { readTournaments } from './tournaments.js';
import { readVenues } from './venues.js';

/**
 * Reads a copy of github.com/jfjelstul/worldcup: the CSV files directly in the folder, or in its
 * `data-csv/` subfolder as in the repository.
 *
 * @example const batch = await worldcupDbAdapter.read('../shared/data/worldcup-db');
 */
export const worldcupDbAdapter: SourceAdapter = {
  format: FORMAT,

  async detect(path: string): Promise<boolean> {
    return (await findDataFolder(path)) !== undefined;
  },

  async inputFiles(path: string): Promise<string[]> {
    const folder = await findDataFolder(path);
    return folder === undefined ? [] : FILES.map((file) => join(folder, file));
  },

  async read(path: string, onProgress?: ProgressListener): Promise<SourceBatch> {
    const folder = await findDataFolder(path);
    if (folder === undefined) {
      throw new UsageError(`${path}: not a worldcup-db folder (no matches.csv, tournaments.csv, players.csv)`);
    }
    const tables = await readCsvFiles(FORMAT, folder, FILES, onProgress);
    const rows = (file: WorldcupFile) => tables[file].rows;

    const teams = readTeams(rows('teams.csv'), rows('confederations.csv'));
    const players = readPlayers(rows('players.csv'));
    const tournaments = readTournaments(
      rows('tournaments.csv'),
      rows('host_countries.csv'),
      rows('tournament_stages.csv'),
      teams.refs,
    );
    const refs = { tournaments, teams: teams.refs, players: players.refs };
    const notices = checkStages(rows('tournament_stages.csv'), rows('matches.csv'));
    const matches = readMatches(
      {
        matches: rows('matches.csv'),
        goals: rows('goals.csv'),
        penaltyKicks: rows('penalty_kicks.csv'),
        bookings: rows('bookings.csv'),
        substitutions: rows('substitutions.csv'),
      },
      refs,
      notices,
    );
    notices.push(...checkAppearances(rows('team_appearances.csv'), new Map(matches.map((m) => [m.sourceKey, m]))));
    const editions = readEditions(
      tournaments,
      {
        groups: rows('groups.csv'),
        qualifiedTeams: rows('qualified_teams.csv'),
        tournamentStandings: rows('tournament_standings.csv'),
        groupStandings: rows('group_standings.csv'),
        awardWinners: rows('award_winners.csv'),
        awards: rows('awards.csv'),
      },
      teams.refs,
      players.refs,
    );
    return {
      format: FORMAT,
      origin: path,
      inputs: FILES.map((file) => tables[file].input),
      teams: teams.incoming,
      venues: readVenues(rows('stadiums.csv')),
      players: players.incoming,
      squads: readSquads(rows('squads.csv'), tournaments, teams.refs, players.refs),
      editions,
      matches,
      statusUpdates: [],
      notices,
    };
  },
};
