// matches.csv with its goals, shoot-out kicks, bookings and substitutions: one IncomingMatch per row.
import type { PersonRef, TeamRef } from '../../domain/match-data.js';
import { stageKindOf } from '../../domain/stage-kind.js';
import type { IncomingMatch, SourceNotice } from '../source-batch.js';
import { ABSENT, BINARY } from './codes.js';
import type { CsvRow } from '../csv/csv-row.js';
import { bookingsOf, goalsOf, type MatchContext, shootoutOf, substitutionsOf } from './match-events.js';
import { assertKnown, groupBy, located } from './rows.js';
import { scoreOf } from './score.js';
import type { Tournament } from './tournaments.js';

export interface MatchFiles {
  readonly matches: readonly CsvRow[];
  readonly goals: readonly CsvRow[];
  readonly penaltyKicks: readonly CsvRow[];
  readonly bookings: readonly CsvRow[];
  readonly substitutions: readonly CsvRow[];
}

export interface Refs {
  readonly tournaments: ReadonlyMap<string, Tournament>;
  readonly teams: ReadonlyMap<string, TeamRef>;
  readonly players: ReadonlyMap<string, PersonRef>;
}

const TIME = /^\d{2}:\d{2}$/;

export function readMatches(files: MatchFiles, refs: Refs, notices: SourceNotice[]): IncomingMatch[] {
  const events = {
    goals: groupBy(files.goals, 'match_id'),
    kicks: groupBy(files.penaltyKicks, 'match_id'),
    bookings: groupBy(files.bookings, 'match_id'),
    substitutions: groupBy(files.substitutions, 'match_id'),
  };
  const matchIds = new Map(files.matches.map((row) => [row.required('match_id'), row]));
  for (const groups of Object.values(events)) assertKnown(groups, matchIds, 'match_id');

  return files.matches.map((row) => {
    const id = row.required('match_id');
    const tournament = row.ref('tournament_id', refs.tournaments);
    const homeId = row.text('home_team_id');
    const awayId = row.text('away_team_id');
    const context: MatchContext = { homeId, awayId, players: refs.players };
    const goals = goalsOf(events.goals.get(id) ?? [], context);
    const { score, problem } = scoreOf(row, goals);
    if (problem !== undefined) notices.push({ ...located(row, id), message: problem });
    const stageName = row.required('stage_name');
    const stage = tournament.stagesByKind.get(stageKindOf(stageName));
    if (stage === undefined) throw row.error('stage_name', `no stage '${stageName}' in tournament_stages.csv`);
    const shootout = row.code('penalty_shootout', BINARY);
    const kicks = events.kicks.get(id);
    if (!shootout && kicks?.[0] !== undefined) throw kicks[0].error('match_id', `${id} had no penalty shoot-out`);
    return {
      ...located(row, id),
      match: {
        competition: tournament.competition,
        edition: tournament.edition,
        stage: { name: stageName, kind: stage.kind, order: stage.order },
        group: row.optional('group_name', ABSENT),
        date: row.date('match_date'),
        time: timeOf(row),
        venue: row.required('stadium_name'),
        city: row.required('city_name'),
        country: row.required('country_name'),
        home: row.ref('home_team_id', refs.teams),
        away: row.ref('away_team_id', refs.teams),
        // A host is at home wherever it is listed: Qatar was the away side against the Netherlands in
        // 2022, and West Germany's 1974 matches are in "Germany". No host played outside its country.
        neutral: !(tournament.hostIds.has(homeId) || tournament.hostIds.has(awayId)),
        score,
        status: 'played',
        replay: row.code('replay', BINARY) || undefined,
        notes: row.code('replayed', BINARY) ? ['replayed'] : undefined,
        // The database is complete for goals, and for cards and substitutions, which began in 1970.
        goals,
        shootout: shootout ? shootoutOf(kicks ?? [], context) : undefined,
        bookings: bookingsOf(events.bookings.get(id) ?? [], context),
        substitutions: substitutionsOf(events.substitutions.get(id) ?? [], context),
      },
    } satisfies IncomingMatch;
  });
}

function timeOf(row: CsvRow): string {
  const time = row.text('match_time');
  if (!TIME.test(time)) throw row.error('match_time', `match_time should be HH:MM, found '${time}'`);
  return time;
}
