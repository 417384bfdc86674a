// The number a criterion compares for one team, given the teams it is compared among.
import type { Criterion } from './criteria.js';
import type { CountedMatch } from './counted-matches.js';
import type { TableRules } from './table-rules.js';
import { recordsOf, type TeamRecord } from './team-record.js';

/** Everything a criterion may read: the whole table's records and the matches behind them. */
export interface RankingContext {
  readonly rules: TableRules;
  readonly overall: ReadonlyMap<string, TeamRecord>;
  readonly counted: readonly CountedMatch[];
  readonly playOffs: readonly CountedMatch[];
}

/** Mini-tables are rebuilt often while ranking; one per distinct set of teams is enough. */
const miniTables = new WeakMap<RankingContext, Map<string, Map<string, TeamRecord>>>();

export function miniTable(context: RankingContext, among: readonly string[]): ReadonlyMap<string, TeamRecord> {
  let cache = miniTables.get(context);
  if (cache === undefined) miniTables.set(context, (cache = new Map()));
  const key = [...among].sort().join('\u0000');
  let table = cache.get(key);
  if (table === undefined) cache.set(key, (table = recordsOf(among, context.counted, context.rules)));
  return table;
}

function recordOf(records: ReadonlyMap<string, TeamRecord>, team: string): TeamRecord {
  const record = records.get(team);
  if (record === undefined) throw new Error(`no record for ${team}`);
  return record;
}

/** Goals scored divided by goals conceded; with none conceded, infinite — unless none scored either. */
export function goalAverage(record: TeamRecord): number | undefined {
  if (record.goalsAgainst > 0) return record.goalsFor / record.goalsAgainst;
  return record.goalsFor > 0 ? Number.POSITIVE_INFINITY : undefined;
}

function sumOverOpponents(context: RankingContext, record: TeamRecord, read: (opponent: TeamRecord) => number): number {
  let sum = 0;
  for (const opponent of record.opponents) sum += read(recordOf(context.overall, opponent));
  return sum;
}

/** Play-off wins against the other teams of `among`. */
function playOffWins(context: RankingContext, team: string, among: readonly string[]): number {
  let wins = 0;
  for (const match of context.playOffs) {
    if (!among.includes(match.home) || !among.includes(match.away)) continue;
    const [home, away] = match.score;
    if ((match.home === team && home > away) || (match.away === team && away > home)) wins += 1;
  }
  return wins;
}

/**
 * The value of `criterion` for `team`; undefined when the data cannot tell (no bookings, no
 * coefficient, goal average of 0 to 0). `among` is the set a head-to-head or play-off criterion
 * looks at.
 */
export function criterionValue(
  context: RankingContext,
  criterion: Criterion,
  team: string,
  among: readonly string[],
): number | undefined {
  const overall = recordOf(context.overall, team);
  switch (criterion) {
    case 'points':
      return overall.points;
    case 'points_per_game':
      return overall.played > 0 ? overall.points / overall.played : 0;
    case 'goal_difference':
      return overall.goalsFor - overall.goalsAgainst;
    case 'goal_average':
      return goalAverage(overall);
    case 'goals_for':
      return overall.goalsFor;
    case 'away_goals_for':
      return overall.awayGoalsFor;
    case 'wins':
      return overall.won;
    case 'away_wins':
      return overall.awayWins;
    case 'h2h_points':
      return recordOf(miniTable(context, among), team).points;
    case 'h2h_goal_difference': {
      const mini = recordOf(miniTable(context, among), team);
      return mini.goalsFor - mini.goalsAgainst;
    }
    case 'h2h_goals_for':
      return recordOf(miniTable(context, among), team).goalsFor;
    case 'h2h_away_goals_for':
      return recordOf(miniTable(context, among), team).awayGoalsFor;
    case 'play_off':
      return playOffWins(context, team, among);
    case 'fair_play':
      return overall.fairPlay;
    case 'disciplinary_points':
      return overall.disciplinaryPoints;
    case 'opponents_points':
      return sumOverOpponents(context, overall, (o) => o.points);
    case 'opponents_goal_difference':
      return sumOverOpponents(context, overall, (o) => o.goalsFor - o.goalsAgainst);
    case 'opponents_goals_for':
      return sumOverOpponents(context, overall, (o) => o.goalsFor);
    case 'h2h_reapply':
    case 'coefficient':
    case 'lots':
      // Not values: the ranker handles the first; the data holds neither coefficients nor lots.
      return undefined;
  }
}
