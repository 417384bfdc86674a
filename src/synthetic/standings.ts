// A league or group table from played matches: points, goal difference, goals, then lots.
import type { PlayedMatch } from './fixture.js';
import type { Random } from './random.js';
import type { Team } from './world-types.js';

interface Row {
  readonly team: Team;
  points: number;
  difference: number;
  scored: number;
  readonly lot: number;
}

/** Teams in table order. Lots are drawn before sorting so the order is a pure function of the draw. */
export function rankTeams(rng: Random, teams: readonly Team[], matches: readonly PlayedMatch[], pointsForWin: number): Team[] {
  const rows = new Map<number, Row>();
  for (const team of teams) rows.set(team.key, { team, points: 0, difference: 0, scored: 0, lot: rng.uint32() });
  for (const m of matches) {
    const [h, a] = m.final;
    const home = rows.get(m.fixture.home.team.key);
    const away = rows.get(m.fixture.away.team.key);
    if (!home || !away) continue;
    home.scored += h;
    away.scored += a;
    home.difference += h - a;
    away.difference += a - h;
    if (h > a) home.points += pointsForWin;
    else if (a > h) away.points += pointsForWin;
    else {
      home.points += 1;
      away.points += 1;
    }
  }
  return [...rows.values()]
    .sort((x, y) => y.points - x.points || y.difference - x.difference || y.scored - x.scored || x.lot - y.lot)
    .map((r) => r.team);
}
