// Sizing: how many domestic leagues, and from which season, so that a history of N matches spans
// the decades up to the mid-2020s. Every format has a fixed match count, so the estimate is exact.
import { Random } from './random.js';

export const FIRST_YEAR = 1900;
/** The season (by starting year) a full-size history should reach. */
export const TARGET_LAST_SEASON = 2024;
export const MAX_LEAGUES = 150;
/** Two leagues give the club cup its 32–36 entrants from the first season. */
export const MIN_LEAGUES = 2;
export const STREAM_LEAGUE_SPEC = 11;

export interface LeagueSpec {
  readonly founded: number;
  readonly size: number;
}

/** League `index`'s founding year and size: its own stream, so plans for any count agree on it. */
export function leagueSpec(seed: number, index: number): LeagueSpec {
  const rng = Random.from(seed, STREAM_LEAGUE_SPEC, index);
  const founded = index < 2 ? FIRST_YEAR : FIRST_YEAR + rng.below(61);
  const size = rng.pick([16, 18, 18, 20, 20, 20]);
  return { founded, size };
}

/** Men's tournament in summer `year`: 16 teams (32 matches) until 1978, then 32 teams (64). */
export function menTournamentTeams(year: number): number {
  if (year < 1930 || year % 4 !== 2 || year === 1942 || year === 1946) return 0;
  return year < 1982 ? 16 : 32;
}

/** Women's tournament in summer `year`, from 1991: 16 teams until 2011, then 32. */
export function womenTournamentTeams(year: number): number {
  if (year < 1991 || year % 4 !== 3) return 0;
  return year < 2015 ? 16 : 32;
}

export function tournamentMatches(teams: number): number {
  // Groups of four play six matches; the knockout rounds, third place included, teams/2.
  return teams === 0 ? 0 : (teams / 4) * 6 + teams / 2;
}

/** The club cup of season `year`/`year+1`: straight knockout of 32, later a 36-club league phase. */
export function clubCupMatches(year: number): number {
  if (year < 1955) return 0;
  return year < 1992 ? 61 : 189;
}

/** Matches in the season starting 1 August `year`, with the given leagues. */
export function seasonMatches(year: number, leagues: readonly LeagueSpec[]): number {
  let total = clubCupMatches(year);
  total += tournamentMatches(menTournamentTeams(year + 1)) + tournamentMatches(womenTournamentTeams(year + 1));
  for (const spec of leagues) if (spec.founded <= year) total += spec.size * (spec.size - 1);
  return total;
}

export interface HistoryPlan {
  readonly leagues: number;
  readonly firstSeason: number;
}

/**
 * The smallest number of leagues whose history from 1900 reaches `matches` by the 2024-25
 * season; a small history starts later instead, so it still holds tournaments and a club cup.
 */
export function planHistory(seed: number, matches: number): HistoryPlan {
  const specs = Array.from({ length: MAX_LEAGUES }, (_, i) => leagueSpec(seed, i));
  let leagues = MIN_LEAGUES;
  for (; leagues < MAX_LEAGUES; leagues++) {
    if (totalMatches(FIRST_YEAR, specs.slice(0, leagues)) >= matches) break;
  }
  const chosen = specs.slice(0, leagues);
  let firstSeason = FIRST_YEAR;
  // With more than the minimum, the history starts in 1900 and ends a little before the target.
  if (leagues === MIN_LEAGUES) {
    while (firstSeason < TARGET_LAST_SEASON && totalMatches(firstSeason + 1, chosen) >= matches) firstSeason += 1;
  }
  return { leagues, firstSeason };
}

function totalMatches(from: number, leagues: readonly LeagueSpec[]): number {
  let total = 0;
  for (let year = from; year <= TARGET_LAST_SEASON; year++) total += seasonMatches(year, leagues);
  return total;
}
