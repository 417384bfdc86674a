// The stored id of each leg of a tie, so a reader can follow a leg to its match page: the rules
// work on match data (which carries no id), and may hand back a corrected copy of a leg.
import type { MatchData } from '../domain/match-data.js';
import type { StoredMatch } from '../store/queries/stored-match.js';

export type LegMatchId = (leg: MatchData) => number | null;

/** Within one edition a day and its two teams name one match. */
export function legMatchIds(stored: readonly StoredMatch[]): LegMatchId {
  const ids = new Map(stored.map((m) => [legKey(m.data), m.id] as const));
  return (leg) => ids.get(legKey(leg)) ?? null;
}

function legKey(m: MatchData): string {
  return `${m.date}|${m.home.name}|${m.away.name}`;
}
