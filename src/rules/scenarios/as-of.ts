// A competition as it stood on a date: later matches become fixtures still to be played.
import type { MatchData } from '../../domain/match-data.js';

/**
 * The matches as they stood at the end of `asOf`: those played later lose their result and
 * become scheduled fixtures, and rounds that had not begun are left out, so tables, ties and
 * scenarios can be computed for that moment.
 *
 * @example asOf(cl202021, '2021-03-10') // the round of 16 second legs after 10 March are open
 */
export function matchesAsOf(matches: readonly MatchData[], asOf: string | undefined): MatchData[] {
  if (asOf === undefined) return [...matches];
  // A round that had not begun by then was not known either: its pairings came from later draws.
  const begun = new Set(matches.filter((m) => m.date <= asOf).map(stageOf));
  return matches.filter((m) => m.date <= asOf || begun.has(stageOf(m))).map((m) =>
    m.date <= asOf ? m : { ...m, status: m.status === 'cancelled' ? m.status : 'scheduled', score: {}, goals: undefined, shootout: undefined, bookings: undefined },
  );
}

function stageOf(m: MatchData): string {
  return `${m.stage?.kind ?? ''}|${m.stage?.name ?? ''}`;
}

/** Fixtures not played (yet): scheduled, postponed or suspended. */
export function isOpenFixture(m: MatchData): boolean {
  return m.status === 'scheduled' || m.status === 'postponed' || m.status === 'suspended';
}
