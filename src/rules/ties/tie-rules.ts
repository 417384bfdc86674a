// What decides a knockout tie in one competition and era: the rule set as plain, cited data.

/** What happens when a single match is still level after extra time. */
export type LevelAfterExtraTime = 'penalties' | 'replay' | 'lots';

/** How a two-legged tie is decided once both legs are played. */
export interface TwoLegRules {
  /** Away goals break a level aggregate after 90 minutes of the second leg. */
  readonly awayGoals: boolean;
  /**
   * Away goals scored in extra time of the second leg count too, so the visiting side can go
   * through on them after 120 minutes (UEFA until 2020-21).
   */
  readonly awayGoalsInExtraTime: boolean;
  /** Extra time, then penalties, when the aggregate (and away goals, if used) is still level. */
  readonly levelAfterExtraTime: 'penalties';
}

/** How a single knockout match is decided. */
export interface SingleMatchRules {
  readonly extraTime: boolean;
  readonly levelAfterExtraTime: LevelAfterExtraTime;
  /** A drawn final may be settled differently from other rounds (replayed rather than lots). */
  readonly finalLevelAfterExtraTime?: LevelAfterExtraTime;
}

/**
 * The knockout rules of one competition in one era. Whether a round is two-legged or a single
 * match is never taken from here: it is recognised from the fixtures themselves.
 */
export interface TieRules {
  /** Stable id of the rule set: `uefa-club-away-goals`. */
  readonly id: string;
  /** Editions it covers, as a reader would say it: `2011-12 to 2020-21`. */
  readonly era: string;
  readonly twoLegs: TwoLegRules;
  readonly singleMatch: SingleMatchRules;
  /**
   * Rounds before the final are two-legged as a rule (UEFA club competitions). The format is still
   * read from the fixtures; this only says that a round whose teams the data shows meeting once,
   * with no later round in the data, may be missing its other legs.
   */
  readonly roundsUsuallyTwoLegged?: boolean;
  /** Where the rule comes from: regulations, a circular, a press release. */
  readonly source: string;
}
