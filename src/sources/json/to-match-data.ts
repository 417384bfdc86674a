// Turns validated JSON input into the neutral domain shapes: MatchData and status updates.
import type { EditionRef, GoalData, MatchData, Score, ShootoutKickData, TeamRef } from '../../domain/match-data.js';
import { stageKindOf } from '../../domain/stage-kind.js';
import type { Side } from '../../domain/vocabulary.js';
import type { IncomingStatusUpdate, Located } from '../source-batch.js';
import { competitionRefOf } from './competition-defaults.js';
import type { GoalInput, KickInput, MatchInput, StatusInput, TeamInput } from './schema.js';
import { periodOfMinute, sideOf, teamNameOf } from './side-of.js';

/** Drops keys whose value is undefined, so optional fields are absent rather than `undefined`. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The edition a season names.
 *
 * @example editionOf('2019/20') // { name: '2019/20', startYear: 2019, endYear: 2020 }
 * @example editionOf('2022') // { name: '2022', startYear: 2022, endYear: 2022 }
 */
export function editionOf(season: string): EditionRef {
  const years = /^(\d{4})(?:\/(\d{2}))?$/.exec(season);
  if (!years) throw new Error(`editionOf: not a season: ${season}`);
  const startYear = Number(years[1]);
  return { name: season, startYear, endYear: years[2] === undefined ? startYear : startYear + 1 };
}

export const teamRefOf = (team: TeamInput): TeamRef =>
  typeof team === 'string' ? { name: team } : compact({ name: team.name, code: team.code });

/** The key of a match inside this format: `json:2020-03-10/Valencia/Atalanta`. */
export const matchSourceKey = (input: MatchInput): string =>
  `json:${input.date}/${teamNameOf(input.home)}/${teamNameOf(input.away)}`;

/** The key of a status update: `json:2020-03-10/Valencia#status`. */
export const statusSourceKey = (input: StatusInput): string => `json:${input.date}/${input.team}#status`;

/**
 * The domain match for one validated entry. Status defaults to 'played' when there is a full-time
 * score, else 'scheduled'; goals are put in the order they were scored.
 */
export function matchDataOf(input: MatchInput): MatchData {
  const score: Score = compact({ ...input.score });
  return compact({
    competition: competitionRefOf(input.competition),
    edition: editionOf(input.season),
    stage: input.stage === undefined ? undefined : { name: input.stage, kind: stageKindOf(input.stage) },
    group: input.group,
    date: input.date,
    time: input.time,
    utcOffset: input.utcOffset,
    venue: input.venue,
    city: input.city,
    country: input.country,
    home: teamRefOf(input.home),
    away: teamRefOf(input.away),
    neutral: input.neutral,
    score,
    status: input.status ?? (score.fullTime ? 'played' : 'scheduled'),
    statusNote: input.statusNote,
    behindClosedDoors: input.behindClosedDoors,
    attendance: input.attendance,
    goals: input.goals?.map((goal) => goalOf(goal, input)).sort(byTimeOfPlay),
    shootout: input.shootout?.map((kick, i) => kickOf(kick, i, input)),
  });
}

export function statusUpdateOf(input: StatusInput, where: Located): IncomingStatusUpdate {
  return compact({
    ...where,
    date: input.date,
    team: input.team,
    status: input.status,
    statusNote: input.statusNote,
    behindClosedDoors: input.behindClosedDoors,
    attendance: input.attendance,
  });
}

function sideOfEntry(team: string, input: MatchInput): Side {
  const side = sideOf(team, input.home, input.away);
  if (!side) throw new Error(`sideOfEntry: "${team}" passed validation but is neither team`);
  return side;
}

function goalOf(goal: GoalInput, input: MatchInput): GoalData {
  return compact({
    side: sideOfEntry(goal.team, input),
    scorer: goal.scorer === undefined ? undefined : { name: goal.scorer },
    minute: goal.minute,
    stoppage: goal.stoppage,
    period: goal.period ?? periodOfMinute(goal.minute),
    penalty: goal.penalty,
    ownGoal: goal.ownGoal,
  });
}

const byTimeOfPlay = (a: GoalData, b: GoalData): number =>
  (a.minute ?? 0) - (b.minute ?? 0) || (a.stoppage ?? 0) - (b.stoppage ?? 0);

function kickOf(kick: KickInput, index: number, input: MatchInput): ShootoutKickData {
  return compact({
    side: sideOfEntry(kick.team, input),
    taker: kick.taker === undefined ? undefined : { name: kick.taker },
    order: index + 1,
    converted: kick.converted,
  });
}
