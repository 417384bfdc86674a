// The vocabulary of table tie-breakers: what each criterion compares and how a desk names it.

/**
 * One step in ordering a table. `h2h_*` criteria look only at the matches among the teams still
 * level when the head-to-head block is reached; the others look at all counted matches.
 */
export const CRITERIA = [
  'points',
  /** A season cut short: points divided by matches played (Ligue 1 2019-20, EFL League One and Two 2019-20). */
  'points_per_game',
  'goal_difference',
  'goal_average',
  'goals_for',
  'away_goals_for',
  'wins',
  'away_wins',
  'h2h_points',
  'h2h_goal_difference',
  'h2h_goals_for',
  'h2h_away_goals_for',
  /** UEFA: when a head-to-head block split the tied teams only partly, run it again on each remaining level subset. */
  'h2h_reapply',
  /** 1930–1958 World Cups: a play-off match between teams level on points; it settles the place but is not in the table. */
  'play_off',
  /** FIFA fair-play points from the bookings: yellow −1, second yellow −3, straight red −4, yellow then straight red −5. */
  'fair_play',
  /** UEFA disciplinary points from the bookings: yellow 1, red 3, sent off for two yellows 3; fewer is better. */
  'disciplinary_points',
  'opponents_points',
  'opponents_goal_difference',
  'opponents_goals_for',
  /** UEFA club coefficient: not in any match data, so never checkable here. */
  'coefficient',
  /** A drawing of lots (or the organiser's own order): only an outside order can settle it. */
  'lots',
] as const;
export type Criterion = (typeof CRITERIA)[number];

const HEAD_TO_HEAD: ReadonlySet<Criterion> = new Set([
  'h2h_points',
  'h2h_goal_difference',
  'h2h_goals_for',
  'h2h_away_goals_for',
  'h2h_reapply',
]);

export function isHeadToHead(criterion: Criterion): boolean {
  return HEAD_TO_HEAD.has(criterion);
}

/** Criteria where the smaller value ranks higher. */
export const LOWER_IS_BETTER: ReadonlySet<Criterion> = new Set(['disciplinary_points']);

/** How the explanation names a criterion: "ahead of Senegal on fair-play points". */
export const CRITERION_NAMES: Readonly<Record<Criterion, string>> = {
  points: 'points',
  points_per_game: 'points per game',
  goal_difference: 'goal difference',
  goal_average: 'goal average',
  goals_for: 'goals scored',
  away_goals_for: 'away goals scored',
  wins: 'wins',
  away_wins: 'away wins',
  h2h_points: 'head-to-head points',
  h2h_goal_difference: 'head-to-head goal difference',
  h2h_goals_for: 'head-to-head goals scored',
  h2h_away_goals_for: 'head-to-head away goals',
  h2h_reapply: 'head-to-head (reapplied)',
  play_off: 'the play-off',
  fair_play: 'fair-play points',
  disciplinary_points: 'disciplinary points',
  opponents_points: "league-phase opponents' points",
  opponents_goal_difference: "league-phase opponents' goal difference",
  opponents_goals_for: "league-phase opponents' goals scored",
  coefficient: 'club coefficient',
  lots: 'drawing of lots',
};
