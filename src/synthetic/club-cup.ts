// The continental club cup: two-legged knockout ties from 1955, a 36-club league phase with
// knockout play-offs from 1992-93; a single final on neutral ground.
import type { CompetitionRef, StageRef } from '../domain/match-data.js';
import type { StageKind } from '../domain/vocabulary.js';
import { dayNumber, onOrAfter } from './calendar.js';
import { clubSeason } from './domestic-league.js';
import { LEAGUE_RULES, type PlayedMatch } from './fixture.js';
import { midweekKickoff } from './kickoff.js';
import { awayGoalsCount, singleMatch, twoLeggedTie, type Placing } from './knockout.js';
import { playMatch } from './play-match.js';
import type { Random } from './random.js';
import { leaguePhaseRounds } from './round-robin.js';
import { squadOf } from './squads.js';
import { rankTeams } from './standings.js';
import type { League, Squad, Team } from './world-types.js';

export const CLUB_CUP: CompetitionRef = { name: 'Continental Champions Cup', sex: 'men', kind: 'cup' };
const TUESDAY = 2;
const SATURDAY = 6;

/** Month and day on or after which a matchday (the first Tuesday) falls. */
type Anchor = readonly [month: number, day: number];
const KNOCKOUT_ERA: Record<string, readonly Anchor[]> = {
  round_of_32: [[9, 15], [9, 29]],
  round_of_16: [[10, 20], [11, 3]],
  quarter_final: [[3, 2], [3, 16]],
  semi_final: [[4, 6], [4, 20]],
};
const LEAGUE_ERA: Record<string, readonly Anchor[]> = {
  league_phase: [[9, 16], [9, 30], [10, 21], [11, 4], [11, 25], [12, 9], [1, 20], [1, 27]],
  playoff: [[2, 10], [2, 17]],
  round_of_16: [[3, 3], [3, 10]],
  quarter_final: [[4, 7], [4, 14]],
  semi_final: [[4, 28], [5, 5]],
};

function anchorDay(year: number, [month, day]: Anchor): number {
  // Matchdays from August to December are in the season's first year, the rest in its second.
  return onOrAfter(dayNumber(month >= 8 ? year : year + 1, month, day), TUESDAY);
}

/** League champions first (strongest leagues first), then runners-up, and so on. */
function entrants(rng: Random, leagues: readonly League[], count: number): Team[] {
  const ordered = [...leagues].sort((a, b) => b.strength - a.strength || a.index - b.index);
  const chosen = new Set<Team>();
  for (let place = 0; chosen.size < count && place < 20; place++) {
    for (const league of ordered) {
      const team = league.lastTable[place];
      if (team && chosen.size < count) chosen.add(team);
    }
  }
  // Before leagues have finished a season, or when there are few: the strongest clubs.
  const rest = ordered.flatMap((l) => [...l.members, ...l.reserves]).sort((a, b) => b.rating - a.rating || a.key - b.key);
  for (const team of rest) if (chosen.size < count) chosen.add(team);
  return rng.shuffled([...chosen]);
}

export function playClubCup(rng: Random, leagues: readonly League[], year: number): PlayedMatch[] {
  const active = leagues.filter((l) => l.founded <= year);
  const edition = clubSeason(year);
  const leaguePhase = year >= 1992;
  const clubs = entrants(rng, active, leaguePhase ? 36 : 32);
  const squads = clubs.map((t) => squadOf(t, CLUB_CUP, edition));
  const calendar = leaguePhase ? LEAGUE_ERA : KNOCKOUT_ERA;
  const awayGoals = awayGoalsCount(year);
  const played: PlayedMatch[] = [];
  let order = 1;
  const at = (anchor: Anchor | undefined, index: number): Placing => (home) => ({
    // Half the matches of a matchday on the Tuesday, half on the Wednesday.
    day: anchorDay(year, anchor ?? [9, 15]) + (index % 2),
    kickoff: midweekKickoff(year, index),
    utcOffset: home.team.place.utcOffset,
    neutral: false,
    venue: home.team.stadium,
    city: home.team.city,
    country: home.team.place.name,
  });
  const tieRound = (pairs: readonly (readonly [Squad, Squad])[], name: string, kind: StageKind): Squad[] => {
    const anchors = calendar[kind] ?? [];
    const stageRef: StageRef = { name, kind, order: order++ };
    return pairs.map(([first, second], i) => {
      const tie = twoLeggedTie(rng, first, second, stageRef, (h, a, leg) => at(anchors[leg - 1], i)(h, a, leg), awayGoals);
      played.push(...tie.matches);
      return tie.winner;
    });
  };
  const pairUp = (list: readonly Squad[]): [Squad, Squad][] => {
    const pairs: [Squad, Squad][] = [];
    for (let i = 0; i + 1 < list.length; i += 2) pairs.push([list[i] as Squad, list[i + 1] as Squad]);
    return pairs;
  };

  let remaining: Squad[];
  if (leaguePhase) {
    const stageRef: StageRef = { name: 'League phase', kind: 'league_phase', order: order++ };
    const results: PlayedMatch[] = [];
    leaguePhaseRounds(squads.length).forEach((pairs, md) => {
      pairs.forEach(([h, a], i) => {
        const home = squads[h];
        const away = squads[a];
        if (!home || !away) return;
        const where = at(calendar.league_phase?.[md], i)(home, away, 1);
        results.push(playMatch(rng, { competition: CLUB_CUP, edition, stage: stageRef, home, away, ...where }, LEAGUE_RULES));
      });
    });
    played.push(...results);
    const table = rankTeams(rng, squads.map((s) => s.team), results, 3);
    const squadOfTeam = new Map(squads.map((s) => [s.team, s]));
    const ranked = table.map((t) => squadOfTeam.get(t)).filter((s): s is Squad => s !== undefined);
    // 9th–24th play off, the lower-ranked club at home first; winners meet the top eight.
    const playoffPairs: [Squad, Squad][] = [];
    for (let i = 0; i < 8; i++) playoffPairs.push([ranked[23 - i] as Squad, ranked[8 + i] as Squad]);
    const through = tieRound(playoffPairs, 'Knockout play-offs', 'playoff');
    remaining = ranked.slice(0, 8).flatMap((top, i) => [through[7 - i] as Squad, top]);
  } else {
    remaining = tieRound(pairUp(squads), 'Round of 32', 'round_of_32');
  }
  remaining = tieRound(pairUp(remaining), 'Round of 16', 'round_of_16');
  remaining = tieRound(pairUp(rng.shuffled(remaining)), 'Quarter-finals', 'quarter_final');
  remaining = tieRound(pairUp(rng.shuffled(remaining)), 'Semi-finals', 'semi_final');
  const [a, b] = remaining;
  if (a && b) {
    const host = rng.pick(active.length > 0 ? active : leagues);
    const city = rng.int(0, host.country.cities.length - 1);
    const placeFinal: Placing = () => ({
      day: onOrAfter(dayNumber(year + 1, 5, 25), SATURDAY),
      kickoff: year < 1992 ? 20 * 60 : 21 * 60,
      utcOffset: host.country.utcOffset,
      neutral: true,
      venue: host.country.stadiums[city] ?? host.country.name,
      city: host.country.cities[city] ?? host.country.name,
      country: host.country.name,
    });
    played.push(...singleMatch(rng, a, b, { name: 'Final', kind: 'final', order }, placeFinal).matches);
  }
  return played;
}
