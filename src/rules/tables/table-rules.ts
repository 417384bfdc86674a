// What a competition's regulations say about ordering a table: plain, serialisable data.
import type { Criterion } from './criteria.js';

/** A band of table positions with one consequence: "1–8: round of 16". */
export interface Zone {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

/**
 * The table rules of one competition era.
 *
 * @example tableRulesFor(worldCup, { name: '2018', startYear: 2018, endYear: 2018 }).criteria
 * // ['points', 'goal_difference', 'goals_for', 'h2h_points', 'h2h_goal_difference', 'h2h_goals_for', 'fair_play', 'lots']
 */
export interface TableRules {
  /** Stable key of the rule set: `fifa-wc-men-2018`. */
  readonly id: string;
  /** The regulation the rule set follows, and where its details were checked. */
  readonly source: string;
  readonly pointsForWin: number;
  readonly pointsForDraw: number;
  /** Tie-breakers in the order the regulation applies them; `points` first. */
  readonly criteria: readonly Criterion[];
  /**
   * Places the organiser actually ranked (1930 and 1950: only the group winner). Teams level below
   * this are reported as never ranked rather than as an order the rules decided.
   */
  readonly rankedPlaces?: number;
  /**
   * True when teams level on points met again in a play-off (World Cups 1930–1958): a second meeting
   * of two teams in the same group is that play-off, kept out of the table and used by `play_off`.
   */
  readonly playOffMatches?: boolean;
  readonly zones?: readonly Zone[];
  /**
   * Places where two teams level on points meet in a play-off that the table cannot show (Serie A
   * from 2022-23: 1, the title; 17, the line above the relegation places). The place is still
   * ordered by the criteria, and the explanation says the play-off decides it.
   */
  readonly playOffPlaces?: readonly number[];
  /**
   * Head-to-head counts only once the teams level have played every meeting between them (LaLiga:
   * until then goal difference decides). Matters for tables during a season.
   */
  readonly headToHeadWhenAllMet?: boolean;
  /**
   * How the organiser ranked the table when the season was stopped before every match was played
   * (Ligue 1 and EFL League One 2019-20: points per game). Used only where the data shows an
   * unfinished season; a complete season keeps `criteria`.
   */
  readonly ifCutShort?: CutShortRule;
}

export interface CutShortRule {
  readonly criteria: readonly Criterion[];
  /** The decision that ranked the unfinished season. */
  readonly source: string;
}

/** The common league order: points (`pointsForWin` for a win, one for a draw), then goal difference, then goals scored. */
export function goalDifferenceRules(id: string, pointsForWin: 2 | 3, source: string): TableRules {
  return { id, source, pointsForWin, pointsForDraw: 1, criteria: ['points', 'goal_difference', 'goals_for'] };
}
