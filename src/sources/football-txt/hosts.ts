// Which teams a writer names as hosts so that a reader gives every match its `neutral` back.
import type { MatchData } from '../../domain/match-data.js';

/** Header comment text when every match is neutral and no host plays: a reader then marks all neutral. */
export const NEUTRAL_VENUES = 'neutral venues';

/**
 * Hosts consistent with the matches' `neutral` flags: a team of each non-neutral match that never
 * plays a neutral one, preferring teams already chosen so the list stays short.
 */
export function hostsFor(matches: readonly MatchData[]): string[] {
  const neutralTeams = new Set<string>();
  for (const m of matches) {
    if (m.neutral === true) {
      neutralTeams.add(m.home.name);
      neutralTeams.add(m.away.name);
    }
  }
  const hosts: string[] = [];
  for (const m of matches) {
    if (m.neutral !== false) continue;
    const candidates = [m.home.name, m.away.name].filter((team) => !neutralTeams.has(team));
    if (candidates.some((team) => hosts.includes(team))) continue;
    if (candidates[0] !== undefined) hosts.push(candidates[0]);
  }
  if (hosts.length === 0 && matches.length > 0 && matches.every((m) => m.neutral === true)) return [NEUTRAL_VENUES];
  return hosts;
}
