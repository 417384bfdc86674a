// Which side a goal or kick belongs to, from "home", "away" or one of the two team names.
import { nameKey } from '../../domain/names.js';
import type { Period, Side } from '../../domain/vocabulary.js';
import type { TeamInput } from './schema.js';

export const teamNameOf = (team: TeamInput): string => (typeof team === 'string' ? team : team.name);

/**
 * The side `team` names, or undefined when it is neither.
 *
 * @example sideOf('atalanta', 'Valencia', 'Atalanta') // 'away'
 */
export function sideOf(team: string, home: TeamInput, away: TeamInput): Side | undefined {
  if (team === 'home' || team === 'away') return team;
  const key = nameKey(team);
  if (key === nameKey(teamNameOf(home))) return 'home';
  if (key === nameKey(teamNameOf(away))) return 'away';
  return undefined;
}

/** The period a minute of play falls in: 45+2' is first half, 46' second half, 91' extra time. */
export function periodOfMinute(minute: number): Exclude<Period, 'shootout'> {
  if (minute <= 45) return 'first_half';
  if (minute <= 90) return 'second_half';
  if (minute <= 105) return 'extra_time_first';
  return 'extra_time_second';
}

/** Minutes after which stoppage time is played. */
export const STOPPAGE_MINUTES: ReadonlySet<number> = new Set([45, 90, 105, 120]);
