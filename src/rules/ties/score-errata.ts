// Known scores a source prints without `a.e.t.`: the result after extra time shown as if after 90 minutes.
import type { MatchData, ScorePair } from '../../domain/match-data.js';

/**
 * A match whose source shows the score after extra time with no extra-time mark. Nothing in such
 * a file can reveal it (the after-ET score looks like any 90-minute result), so the correction is
 * kept here as data, beside the report it comes from.
 */
export interface UnmarkedExtraTime {
  readonly date: string;
  readonly home: string;
  readonly away: string;
  /** The score after 90 minutes. */
  readonly fullTime: ScorePair;
  /** The score after extra time: what the source prints. */
  readonly extraTime: ScorePair;
  readonly source: string;
}

export const UNMARKED_EXTRA_TIME: readonly UnmarkedExtraTime[] = [
  {
    // champions-league/2024-25/cl.txt prints `PSV (NED) v Juventus FC (ITA) 3-1 (0-0)`.
    date: '2025-02-19',
    home: 'PSV',
    away: 'Juventus FC',
    fullTime: [2, 1],
    extraTime: [3, 1],
    source: 'UEFA match report, PSV 3-1 Juventus (aet), 19 February 2025: Flamingo 98\' after Perišić 74\' made it 3-3 on aggregate',
  },
  {
    // champions-league/2024-25/cl.txt prints `FC Internazionale Milano (ITA) v FC Barcelona (ESP) 4-3 (2-0)`.
    date: '2025-05-06',
    home: 'FC Internazionale Milano',
    away: 'FC Barcelona',
    fullTime: [3, 3],
    extraTime: [4, 3],
    source: 'UEFA match report, Inter 4-3 Barcelona (aet), 6 May 2025: Acerbi 90+3\' made it 6-6 on aggregate, Frattesi 99\'',
  },
];

/**
 * The match with its extra time restored, and the warning that says so, when it is a known
 * unmarked extra-time result; otherwise the match as it was.
 */
export function restoreExtraTime(
  match: MatchData,
  errata: readonly UnmarkedExtraTime[] = UNMARKED_EXTRA_TIME,
): { match: MatchData; warning?: string } {
  const ft = match.score.fullTime;
  if (ft === undefined || match.score.extraTime !== undefined) return { match };
  const erratum = errata.find(
    (e) =>
      e.date === match.date &&
      e.home === match.home.name &&
      e.away === match.away.name &&
      e.extraTime[0] === ft[0] &&
      e.extraTime[1] === ft[1],
  );
  if (erratum === undefined) return { match };
  const warning =
    `${match.date} ${match.home.name} ${ft[0]}-${ft[1]} ${match.away.name}: the file shows no extra time, ` +
    `but it was ${erratum.fullTime[0]}-${erratum.fullTime[1]} after 90 minutes and ${ft[0]}-${ft[1]} a.e.t. (${erratum.source})`;
  return { match: { ...match, score: { ...match.score, fullTime: erratum.fullTime, extraTime: erratum.extraTime } }, warning };
}
