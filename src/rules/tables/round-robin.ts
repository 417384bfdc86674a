// Whether some matches make a whole round robin: a group of three teams or more in which every pair
// meets. A group the data holds only part of (a desk's first result of a new World Cup: two teams,
// one match) is no round robin, so neither its table nor its stakes can be called final.
import type { MatchData } from '../../domain/match-data.js';

/** Every pair of `teams` (three or more) meets in `matches`. */
export function everyPairMeets(teams: readonly string[], matches: readonly MatchData[]): boolean {
  if (teams.length < 3) return false;
  const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const met = new Set(matches.map((m) => pairKey(m.home.name, m.away.name)));
  return teams.every((a, i) => teams.slice(i + 1).every((b) => met.has(pairKey(a, b))));
}
