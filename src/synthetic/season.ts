// One season of the world, 1 August to 31 July: careers move on, then every competition is played
// and the matches come out in kick-off order.
import { playClubCup } from './club-cup.js';
import { playLeagueSeason } from './domestic-league.js';
import type { PlayedMatch } from './fixture.js';
import { playTournament } from './international-tournament.js';
import { clubCupMatches, menTournamentTeams, womenTournamentTeams } from './plan.js';
import { Random } from './random.js';
import { driftRating, renewRoster, transferPlayers } from './rosters.js';
import type { World } from './world-types.js';

const STREAM_SEASON = 31;
const MEN_TOURNAMENT = { name: 'Orbis Cup', sex: 'men', kind: 'international_tournament' } as const;
const WOMEN_TOURNAMENT = { name: "Orbis Women's Cup", sex: 'women', kind: 'international_tournament' } as const;

/** Local date first, then the kick-off instant in UTC, as the record engine orders matches. */
function chronologicalKey(m: PlayedMatch): number {
  return m.fixture.day * 10_000 + m.fixture.kickoff - m.fixture.utcOffset + 1_000;
}

function advanceCareers(world: World, year: number): void {
  const rng = Random.from(world.seed, STREAM_SEASON, year, 0);
  for (const c of world.countries) {
    // A national team's tournament falls at the end of the season: it exists if it plays by then.
    if (c.menFrom <= year + 1) {
      renewRoster(rng, world, c.men, year);
      driftRating(rng, c.men, 2);
    }
    if (c.womenFrom <= year + 1) {
      renewRoster(rng, world, c.women, year);
      driftRating(rng, c.women, 2);
    }
  }
  for (const league of world.leagues) {
    if (league.founded > year) continue;
    const clubs = [...league.members, ...league.reserves];
    transferPlayers(rng, clubs);
    for (const club of clubs) {
      renewRoster(rng, world, club, year);
      driftRating(rng, club, 3);
    }
  }
}

/** Every match of the season starting in `year`, in chronological order. */
export function playSeason(world: World, year: number): PlayedMatch[] {
  advanceCareers(world, year);
  const matches: PlayedMatch[] = [];
  // The cup goes first: its entrants are the champions of the season before.
  if (clubCupMatches(year) > 0) matches.push(...playClubCup(Random.from(world.seed, STREAM_SEASON, year, 1), world.leagues, year));
  for (const league of world.leagues) {
    if (league.founded <= year) matches.push(...playLeagueSeason(Random.from(world.seed, STREAM_SEASON, year, 100 + league.index), league, year));
  }
  const men = menTournamentTeams(year + 1);
  if (men > 0) {
    matches.push(...playTournament(Random.from(world.seed, STREAM_SEASON, year, 2), world, { competition: MEN_TOURNAMENT, year: year + 1, teams: men, sex: 'men' }));
  }
  const women = womenTournamentTeams(year + 1);
  if (women > 0) {
    matches.push(...playTournament(Random.from(world.seed, STREAM_SEASON, year, 3), world, { competition: WOMEN_TOURNAMENT, year: year + 1, teams: women, sex: 'women' }));
  }
  // Array sort is stable: matches at the same instant keep the order they were played in.
  return matches.sort((a, b) => chronologicalKey(a) - chronologicalKey(b));
}
