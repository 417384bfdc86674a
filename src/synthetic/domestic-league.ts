// A domestic league season: a home-and-away round robin on weekends, then promotion and relegation.
import type { EditionRef } from '../domain/match-data.js';
import { dayNumber, onOrAfter, pad2 } from './calendar.js';
import { LEAGUE_RULES, type PlayedMatch } from './fixture.js';
import { weekendSlots } from './kickoff.js';
import { playMatch } from './play-match.js';
import type { Random } from './random.js';
import { doubleRoundRobin } from './round-robin.js';
import { squadOf } from './squads.js';
import { rankTeams } from './standings.js';
import type { League, Team } from './world-types.js';

const SATURDAY = 6;
/** Weeks a season spans: shorter leagues take a longer winter break. */
const SEASON_WEEKS = 38;
const RELEGATED = 3;

export function clubSeason(year: number): EditionRef {
  return { name: `${year}/${pad2((year + 1) % 100)}`, startYear: year, endYear: year + 1 };
}

export function playLeagueSeason(rng: Random, league: League, year: number): PlayedMatch[] {
  const edition = clubSeason(year);
  const order = rng.shuffled(league.members);
  const squads = order.map((team) => squadOf(team, league.competition, edition));
  const rounds = doubleRoundRobin(order.length);
  const firstSaturday = onOrAfter(dayNumber(year, 8, 15), SATURDAY);
  const breakWeeks = Math.max(0, SEASON_WEEKS - rounds.length);
  const slots = weekendSlots(year);
  const played: PlayedMatch[] = [];
  rounds.forEach((pairs, r) => {
    const saturday = firstSaturday + 7 * (r + (r >= rounds.length / 2 ? breakWeeks : 0));
    for (const [h, a] of pairs) {
      const home = squads[h];
      const away = squads[a];
      if (!home || !away) continue;
      played.push(
        playMatch(rng, {
          competition: league.competition,
          edition,
          day: saturday + (rng.chance(3, 10) ? 1 : 0),
          kickoff: rng.pick(slots),
          utcOffset: league.country.utcOffset,
          home,
          away,
          neutral: false,
          venue: home.team.stadium,
          city: home.team.city,
          country: league.country.name,
        }, LEAGUE_RULES),
      );
    }
  });
  const table = rankTeams(rng, order, played, year >= 1981 ? 3 : 2);
  league.lastTable = table;
  promoteAndRelegate(rng, league, table);
  return played;
}

/** The bottom three go down; the three strongest clubs below (with some luck) come up. */
function promoteAndRelegate(rng: Random, league: League, table: readonly Team[]): void {
  const down = table.slice(table.length - RELEGATED);
  const contenders = league.reserves
    .map((team) => ({ team, form: team.rating + rng.int(0, 15) }))
    .sort((x, y) => y.form - x.form || x.team.key - y.team.key);
  const up = contenders.slice(0, RELEGATED).map((c) => c.team);
  league.members = [...table.slice(0, table.length - RELEGATED), ...up];
  league.reserves = [...contenders.slice(RELEGATED).map((c) => c.team), ...down];
}
