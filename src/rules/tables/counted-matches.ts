// Which matches a table counts: played or awarded, dated, scored — and which are play-offs instead.
import type { MatchData, ScorePair } from '../../domain/match-data.js';

/** A match the table counts, reduced to what ordering needs. */
export interface CountedMatch {
  readonly home: string;
  readonly away: string;
  /** Final score: after extra time when there was any (1954: Brazil 1–1 Yugoslavia a.e.t. in Group 1). */
  readonly score: ScorePair;
  readonly match: MatchData;
}

export interface ExcludedMatch {
  readonly match: MatchData;
  readonly reason: string;
}

export interface MatchSelection {
  readonly counted: readonly CountedMatch[];
  /** Play-offs between teams level on points: they decide a place but are not in the table. */
  readonly playOffs: readonly CountedMatch[];
  readonly excluded: readonly ExcludedMatch[];
}

export interface SelectionOptions {
  readonly asOf?: string;
  readonly awardedCounts?: boolean;
  readonly playOffMatches?: boolean;
}

export function finalScore(match: MatchData): ScorePair | undefined {
  return match.score.extraTime ?? match.score.fullTime;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function describe(match: MatchData): string {
  return `${match.date} ${match.home.name} v ${match.away.name}`;
}

export function selectMatches(matches: readonly MatchData[], options: SelectionOptions): MatchSelection {
  const counted: CountedMatch[] = [];
  const playOffs: CountedMatch[] = [];
  const excluded: ExcludedMatch[] = [];
  const met = new Set<string>();
  // Date order, so that of two meetings the later one is the play-off, whatever order the caller used.
  const byDate = [...matches].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const match of byDate) {
    if (options.asOf !== undefined && match.date > options.asOf) {
      excluded.push({ match, reason: `${describe(match)}: after ${options.asOf}` });
      continue;
    }
    const countable = match.status === 'played' || (match.status === 'awarded' && options.awardedCounts !== false);
    if (!countable) {
      excluded.push({ match, reason: `${describe(match)}: ${match.status}, not counted` });
      continue;
    }
    const score = finalScore(match);
    if (score === undefined) {
      excluded.push({ match, reason: `${describe(match)}: no score, not counted` });
      continue;
    }
    const entry: CountedMatch = { home: match.home.name, away: match.away.name, score, match };
    const key = pairKey(entry.home, entry.away);
    if (options.playOffMatches === true && met.has(key)) playOffs.push(entry);
    else counted.push(entry);
    met.add(key);
  }
  return { counted, playOffs, excluded };
}
