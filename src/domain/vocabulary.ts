// Fixed vocabularies of the domain model: every enumerated field draws its values from here.

export const MATCH_STATUSES = [
  'scheduled',
  /** In progress, with the score so far: its record facts are provisional until the final result. */
  'live',
  'played',
  'postponed',
  'suspended',
  'abandoned',
  'awarded',
  'cancelled',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

export const SEXES = ['men', 'women'] as const;
export type Sex = (typeof SEXES)[number];

export const COMPETITION_KINDS = ['league', 'cup', 'international_tournament'] as const;
export type CompetitionKind = (typeof COMPETITION_KINDS)[number];

/**
 * What a stage is, independent of how a source spells it: `quarter-final`, `Quarterfinals`
 * and `Viertelfinale` are all `quarter_final`.
 */
export const STAGE_KINDS = [
  'qualifying',
  'group',
  'second_group',
  'final_group',
  'league_phase',
  /** A domestic league season: every round (`Matchday 1` … `Matchday 38`) is one table. */
  'league',
  'playoff',
  'first_round',
  'round_of_32',
  'round_of_16',
  'quarter_final',
  'semi_final',
  'third_place',
  'final',
  'other',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** Stage kinds played as groups or a league table rather than knockout ties. */
export const TABLE_STAGE_KINDS: ReadonlySet<StageKind> = new Set([
  'group',
  'second_group',
  'final_group',
  'league_phase',
  'league',
]);

export const PERIODS = ['first_half', 'second_half', 'extra_time_first', 'extra_time_second', 'shootout'] as const;
export type Period = (typeof PERIODS)[number];

export const POSITIONS = ['goalkeeper', 'defender', 'midfielder', 'forward'] as const;
export type Position = (typeof POSITIONS)[number];

export const CARDS = ['yellow', 'second_yellow', 'red'] as const;
export type Card = (typeof CARDS)[number];

export type Side = 'home' | 'away';

/** The formats matchfacts reads; each has one adapter in `src/sources/`. */
export const SOURCE_FORMATS = ['worldcup-db', 'international-results', 'football-txt', 'matchfacts-json'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** The state of a competition edition. */
export const COMPETITION_STATUSES = ['active', 'suspended', 'abandoned', 'completed'] as const;
export type CompetitionStatus = (typeof COMPETITION_STATUSES)[number];
