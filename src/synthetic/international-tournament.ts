// A national-team tournament in a host country: groups of four, then knockout rounds with extra
// time and penalties, a third-place match and a final.
import type { CompetitionRef, StageRef } from '../domain/match-data.js';
import type { Sex, StageKind } from '../domain/vocabulary.js';
import { dayNumber } from './calendar.js';
import { LEAGUE_RULES, type PlayedMatch } from './fixture.js';
import { tournamentSlots } from './kickoff.js';
import { singleMatch, type Placing } from './knockout.js';
import { playMatch } from './play-match.js';
import type { Random } from './random.js';
import { squadOf } from './squads.js';
import { rankTeams } from './standings.js';
import type { Country, Squad, Team, World } from './world-types.js';

export interface TournamentSpec {
  readonly competition: CompetitionRef;
  readonly year: number;
  readonly teams: number;
  readonly sex: Sex;
}

const SQUAD_SIZE = 23;
// Group matchdays: 1-2 and 3-4 on matchdays one and two, then 4-1 and 2-3 kicking off together.
const GROUP_ROUNDS: readonly (readonly [number, number])[][] = [
  [[0, 1], [2, 3]],
  [[0, 2], [3, 1]],
  [[3, 0], [1, 2]],
];

function stage(name: string, kind: StageKind, order: number): StageRef {
  return { name, kind, order };
}

export function playTournament(rng: Random, world: World, spec: TournamentSpec): PlayedMatch[] {
  const { year } = spec;
  const teamOf = (c: Country): Team => (spec.sex === 'men' ? c.men : c.women);
  const eligible = world.countries.filter((c) => (spec.sex === 'men' ? c.menFrom : c.womenFrom) <= year);
  const byStrength = [...eligible].sort((a, b) => teamOf(b).rating - teamOf(a).rating || a.index - b.index);
  const host = rng.pick(byStrength.slice(0, 40));
  const others = byStrength
    .filter((c) => c !== host)
    .map((c) => ({ c, form: teamOf(c).rating + rng.int(0, 30) }))
    .sort((x, y) => y.form - x.form || x.c.index - y.c.index)
    .slice(0, spec.teams - 1)
    .map((x) => x.c);
  const edition = { name: String(year), startYear: year, endYear: year };
  const squadFor = new Map<Country, Squad>();
  for (const c of [host, ...others]) squadFor.set(c, squadOf(teamOf(c), spec.competition, edition, SQUAD_SIZE));
  const hostTeam = teamOf(host);
  const start = dayNumber(year, 6, 10) + rng.int(0, 4);
  const slots = tournamentSlots(year);
  let matchNumber = 0;
  const placing = (day: number, kickoff: number): Placing => () => {
    matchNumber += 1;
    const i = matchNumber % host.cities.length;
    return {
      day,
      kickoff,
      utcOffset: host.utcOffset,
      neutral: true,
      venue: host.stadiums[i] ?? host.name,
      city: host.cities[i] ?? host.name,
      country: host.name,
      matchNumber,
    };
  };
  // The host plays at home whenever it plays; everyone else on neutral ground.
  const orient = (a: Squad, b: Squad): [Squad, Squad] => (b.team === hostTeam ? [b, a] : [a, b]);
  const hostAware = (p: Placing): Placing => (h, a, leg) => ({ ...p(h, a, leg), neutral: h.team !== hostTeam });

  // Pots by strength, the host heading group A.
  const seeded = [host, ...others.sort((a, b) => teamOf(b).rating - teamOf(a).rating || a.index - b.index)];
  const groupCount = spec.teams / 4;
  const groups: Squad[][] = Array.from({ length: groupCount }, () => []);
  for (let pot = 0; pot < 4; pot++) {
    const members = pot === 0 ? [seeded[0], ...rng.shuffled(seeded.slice(1, groupCount))] : rng.shuffled(seeded.slice(pot * groupCount, (pot + 1) * groupCount));
    members.forEach((c, g) => {
      const squad = c ? squadFor.get(c) : undefined;
      if (squad) groups[g]?.push(squad);
    });
  }
  const groupStage = stage('Group stage', 'group', 1);
  const played: PlayedMatch[] = [];
  const winners: Squad[] = [];
  const runnersUp: Squad[] = [];
  groups.forEach((group, g) => {
    const letter = String.fromCharCode(65 + g);
    const results: PlayedMatch[] = [];
    GROUP_ROUNDS.forEach((round, md) => {
      round.forEach(([x, y], i) => {
        const a = group[x];
        const b = group[y];
        if (!a || !b) return;
        const [home, away] = orient(a, b);
        const slot = md < 2 ? (g % 2) * 2 + i : (g % 2) * 2 + 1;
        const where = hostAware(placing(start + md * 4 + Math.floor(g / 2), slots[slot] ?? 0))(home, away, 1);
        results.push(playMatch(rng, { competition: spec.competition, edition, stage: groupStage, group: `Group ${letter}`, home, away, ...where }, LEAGUE_RULES));
      });
    });
    played.push(...results);
    const table = rankTeams(rng, group.map((s) => s.team), results, year < 1994 ? 2 : 3);
    const bySquad = (t: Team | undefined): Squad | undefined => group.find((s) => s.team === t);
    const first = bySquad(table[0]);
    const second = bySquad(table[1]);
    if (first && second) {
      winners.push(first);
      runnersUp.push(second);
    }
  });

  // 1A–2B, 1C–2D, … then 1B–2A, 1D–2C, …: group partners meet again only in the final.
  let round: [Squad, Squad][] = [];
  for (const half of [0, 1]) {
    for (let g = 0; g < groupCount; g += 2) {
      const w = winners[g + half];
      const r = runnersUp[g + 1 - half];
      if (w && r) round.push([w, r]);
    }
  }
  const kinds: [string, StageKind][] = spec.teams === 32
    ? [['Round of 16', 'round_of_16'], ['Quarter-finals', 'quarter_final'], ['Semi-finals', 'semi_final']]
    : [['Quarter-finals', 'quarter_final'], ['Semi-finals', 'semi_final']];
  let day = start + 14;
  let order = 2;
  let semiLosers: Squad[] = [];
  for (const [name, kind] of kinds) {
    const next: Squad[] = [];
    const losers: Squad[] = [];
    round.forEach(([a, b], i) => {
      const [home, away] = orient(a, b);
      const tie = singleMatch(rng, home, away, stage(name, kind, order), hostAware(placing(day + Math.floor(i / 2), slots[i % 2 === 0 ? 1 : 3] ?? 0)));
      played.push(...tie.matches);
      next.push(tie.winner);
      losers.push(tie.loser);
    });
    day += Math.ceil(round.length / 2) + 2;
    order += 1;
    semiLosers = losers;
    round = [];
    for (let i = 0; i + 1 < next.length; i += 2) round.push([next[i] as Squad, next[i + 1] as Squad]);
  }
  const [l1, l2] = semiLosers;
  if (l1 && l2) {
    const [home, away] = orient(l1, l2);
    played.push(...singleMatch(rng, home, away, stage('Third place', 'third_place', order), hostAware(placing(day + 1, slots[3] ?? 0))).matches);
  }
  const final = round[0];
  if (final) {
    const [home, away] = orient(final[0], final[1]);
    played.push(...singleMatch(rng, home, away, stage('Final', 'final', order + 1), hostAware(placing(day + 2, slots[3] ?? 0))).matches);
  }
  return played;
}
