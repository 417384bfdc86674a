// Builds the synthetic world from a seed: a few hundred countries with men's and women's national
// teams, and domestic leagues whose pyramids hold a few thousand clubs.
import type { TeamRef } from '../domain/match-data.js';
import type { Sex } from '../domain/vocabulary.js';
import { cityName, clubName, countryName, NameRegistry, stadiumName, teamCode } from './names.js';
import { leagueSpec, type HistoryPlan } from './plan.js';
import { clamp, Random } from './random.js';
import type { Country, League, Place, Team, World } from './world-types.js';

export const COUNTRY_COUNT = 220;
const STREAM_COUNTRIES = 21;
const STREAM_CLUBS = 22;
/** Lower divisions hold this many clubs per club in the top one: they rise and fall. */
const PYRAMID_FACTOR = 5;

const CONFEDERATIONS: readonly { name: string; offsets: readonly number[] }[] = [
  { name: 'UEFA', offsets: [0, 60, 60, 120, 180] },
  { name: 'CONMEBOL', offsets: [-300, -240, -180] },
  { name: 'CAF', offsets: [0, 60, 120, 180] },
  { name: 'AFC', offsets: [180, 240, 330, 420, 480, 540] },
  { name: 'CONCACAF', offsets: [-360, -300, -240] },
  { name: 'OFC', offsets: [600, 720, 780] },
];
const LEAGUE_NAMES = ['Premier Division', 'First League', 'Championship', 'Super League', 'National League', 'Honour Division'];

export function createWorld(seed: number, plan: HistoryPlan): World {
  const names = new NameRegistry();
  const codes = new Set<string>();
  let teamKey = 0;
  const team = (ref: TeamRef, national: boolean, sex: Sex, place: Place, city: string, stadium: string, rating: number): Team => ({
    key: teamKey++,
    ref,
    national,
    sex,
    place,
    city,
    stadium,
    rating,
    roster: [],
    emitted: false,
  });

  const rng = Random.from(seed, STREAM_COUNTRIES);
  const countries: Country[] = [];
  for (let index = 0; index < COUNTRY_COUNT; index++) {
    const name = names.unique(rng, countryName);
    const confederation = CONFEDERATIONS[index % CONFEDERATIONS.length] ?? CONFEDERATIONS[0];
    const place: Place = {
      name,
      code: teamCode(rng, name, codes),
      utcOffset: rng.pick(confederation?.offsets ?? [0]),
      confederation: confederation?.name ?? 'UEFA',
      cities: Array.from({ length: 8 }, () => names.unique(rng, cityName)),
      stadiums: Array.from({ length: 8 }, () => stadiumName(rng)),
    };
    // The first countries play from the start, so the 1930 tournament has its sixteen.
    const menFrom = index < 24 ? 1900 + rng.below(15) : 1900 + rng.below(90);
    const womenFrom = 1965 + rng.below(35);
    const ref = { name, code: place.code };
    const home = place.cities[0] ?? name;
    const ground = place.stadiums[0] ?? name;
    countries.push({
      ...place,
      index,
      menFrom,
      womenFrom,
      men: team(ref, true, 'men', place, home, ground, clamp(rng.normalish(50, 9), 10, 92)),
      // Women's football grew unevenly: wider gaps, hence the occasional 10-0.
      women: team(ref, true, 'women', place, home, ground, clamp(rng.normalish(48, 13), 5, 95)),
    });
  }

  const clubRng = Random.from(seed, STREAM_CLUBS);
  const leagues: League[] = [];
  for (let index = 0; index < plan.leagues; index++) {
    const country = countries[index];
    if (!country) break;
    const spec = leagueSpec(seed, index);
    const strength = clamp(clubRng.normalish(55, 5), 35, 75);
    const clubs: Team[] = [];
    for (let c = 0; c < spec.size * PYRAMID_FACTOR; c++) {
      // Big cities hold several clubs; once their plausible names are taken, a new town is drawn.
      let city = '';
      let name = '';
      do {
        city = clubRng.chance(1, 2) ? clubRng.pick(country.cities) : cityName(clubRng);
        name = clubName(clubRng, city);
      } while (!names.claim(name));
      const top = c < spec.size;
      const rating = clamp(strength + clubRng.normalish(top ? 0 : -8, 5), 5, 95);
      clubs.push(team({ name, code: country.code }, false, 'men', country, city, stadiumName(clubRng), rating));
    }
    leagues.push({
      index,
      country,
      competition: { name: `${country.name} ${clubRng.pick(LEAGUE_NAMES)}`, sex: 'men', kind: 'league' },
      founded: spec.founded,
      size: spec.size,
      strength,
      members: clubs.slice(0, spec.size),
      reserves: clubs.slice(spec.size),
      lastTable: [],
    });
  }
  return { seed, countries, leagues, nextPlayerId: 1 };
}
