// The closed vocabularies of the record definition format: every enumerated field draws from here.
import { STAGE_KINDS, TABLE_STAGE_KINDS, type StageKind } from '../../domain/vocabulary.js';

/** What a record ranks: one row of the record book is one of these. */
export const UNITS = [
  'goal',
  'player-match',
  'player-edition',
  'player-career',
  'team-match',
  'team-edition',
  'team-career',
  'match',
  'two-legged-tie',
  'edition',
  'streak',
] as const;
export type Unit = (typeof UNITS)[number];

/** The units a streak is a run of. */
export const STREAK_MEMBERS = ['team-match', 'player-match'] as const;
export type StreakMember = (typeof STREAK_MEMBERS)[number];

/**
 * Competition families present in the data. A family is orthogonal to sex: `fifa-world-cup` with
 * sex "women" is the FIFA Women's World Cup. `domestic-league` is every competition of kind 'league'
 * (a national league's seasons: "English Premier League"), one book per competition.
 */
export const FAMILIES = ['fifa-world-cup', 'uefa-club', 'international', 'domestic-league'] as const;
export type Family = (typeof FAMILIES)[number];

export const SCOPE_SEXES = ['men', 'women', 'any'] as const;
export type ScopeSex = (typeof SCOPE_SEXES)[number];

/** Stage kinds that are played as knockout rounds: what the `knockout` alias stands for. */
export const KNOCKOUT_STAGE_KINDS: readonly StageKind[] = STAGE_KINDS.filter(
  (kind) => !TABLE_STAGE_KINDS.has(kind) && kind !== 'qualifying' && kind !== 'other',
);

export const STAGE_SCOPES = [...STAGE_KINDS, 'knockout'] as const;
export type StageScope = (typeof STAGE_SCOPES)[number];

export const VENUES = ['home', 'away', 'neutral'] as const;
export type Venue = (typeof VENUES)[number];

/** How separate the record books of a family's competitions are. */
export const BOOKS = ['per-competition', 'single'] as const;
export type Books = (typeof BOOKS)[number];

export const MEASURE_KINDS = ['count', 'sum', 'age', 'minute', 'margin', 'aggregate', 'gap'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const PRODUCE_KINDS = ['extreme', 'ordinal', 'first', 'first_since', 'milestone', 'streak'] as const;
export type ProduceKind = (typeof PRODUCE_KINDS)[number];

export const DIRECTIONS = ['oldest', 'youngest', 'most', 'fewest', 'fastest', 'latest', 'biggest', 'longest'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Whose count a first, first-since or milestone is kept for. */
export const PER = ['player', 'team', 'team-pair', 'competition'] as const;
export type Per = (typeof PER)[number];

/** What an ordinal counts: distinct players, distinct teams, or every occurrence. */
export const DISTINCT = ['player', 'team', 'occurrence'] as const;
export type Distinct = (typeof DISTINCT)[number];

/** What the data must hold for a definition to be evaluated truthfully. */
export const COVERAGE = ['scorers', 'goal_minutes', 'birth_dates', 'lineups', 'shootouts', 'stages', 'venues', 'cards'] as const;
export type Coverage = (typeof COVERAGE)[number];

export const FACT_KINDS = [
  'new_record',
  'equals_record',
  'extends_own_record',
  'nth_member',
  'first',
  'first_since',
  'milestone',
  'streak',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** Placeholders a title or fact text may use; the engine fills them. */
export const PLACEHOLDERS = [
  'subject',
  'value',
  'previous',
  'previousValue',
  'previousDate',
  'competition',
  'edition',
  'team',
  'opponent',
  'date',
  'n',
  'ordinal',
  'since',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
