// One team's totals over a set of matches: the raw numbers every criterion reads.
import { disciplinaryPoints, fairPlayPoints } from './fair-play.js';
import type { CountedMatch } from './counted-matches.js';

export interface TeamRecord {
  readonly team: string;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  goalsFor: number;
  goalsAgainst: number;
  points: number;
  awayGoalsFor: number;
  awayWins: number;
  /** Undefined when a counted match carries no bookings: the card criteria cannot be checked. */
  fairPlay: number | undefined;
  disciplinaryPoints: number | undefined;
  /** Opponents met, once per match, in match order. */
  readonly opponents: string[];
}

function emptyRecord(team: string): TeamRecord {
  return {
    team,
    played: 0,
    won: 0,
    drawn: 0,
    lost: 0,
    goalsFor: 0,
    goalsAgainst: 0,
    points: 0,
    awayGoalsFor: 0,
    awayWins: 0,
    fairPlay: 0,
    disciplinaryPoints: 0,
    opponents: [],
  };
}

export interface Points {
  readonly pointsForWin: number;
  readonly pointsForDraw: number;
}

/**
 * Records of `teams` over `matches`; a match with a team outside `teams` is ignored, which is how
 * a head-to-head mini-table is built.
 */
export function recordsOf(
  teams: readonly string[],
  matches: readonly CountedMatch[],
  points: Points,
): Map<string, TeamRecord> {
  const records = new Map(teams.map((team) => [team, emptyRecord(team)]));
  for (const match of matches) {
    const home = records.get(match.home);
    const away = records.get(match.away);
    if (home === undefined || away === undefined) continue;
    const [homeGoals, awayGoals] = match.score;
    add(home, homeGoals, awayGoals, points);
    add(away, awayGoals, homeGoals, points);
    away.awayGoalsFor += awayGoals;
    if (awayGoals > homeGoals) away.awayWins += 1;
    home.opponents.push(away.team);
    away.opponents.push(home.team);
    const bookings = match.match.bookings;
    for (const [record, side] of [
      [home, 'home'],
      [away, 'away'],
    ] as const) {
      record.fairPlay = bookings === undefined || record.fairPlay === undefined ? undefined : record.fairPlay + fairPlayPoints(bookings, side);
      record.disciplinaryPoints =
        bookings === undefined || record.disciplinaryPoints === undefined
          ? undefined
          : record.disciplinaryPoints + disciplinaryPoints(bookings, side);
    }
  }
  return records;
}

function add(record: TeamRecord, goalsFor: number, goalsAgainst: number, points: Points): void {
  record.played += 1;
  record.goalsFor += goalsFor;
  record.goalsAgainst += goalsAgainst;
  if (goalsFor > goalsAgainst) {
    record.won += 1;
    record.points += points.pointsForWin;
  } else if (goalsFor === goalsAgainst) {
    record.drawn += 1;
    record.points += points.pointsForDraw;
  } else {
    record.lost += 1;
  }
}
