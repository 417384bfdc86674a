// Which parts of a definition fit together: measures per unit, produces per measure, directions
// per measure, and who a count can be kept for. Data, so the README and the checks agree.
import { UNITS, type Coverage, type Direction, type Distinct, type FactKind, type MeasureKind, type Per, type ProduceKind, type Unit } from './vocabulary.js';

const ALL_BUT_STREAK: readonly Unit[] = UNITS.filter((unit) => unit !== 'streak');

export const UNITS_BY_MEASURE: Readonly<Record<MeasureKind, readonly Unit[]>> = {
  count: [...ALL_BUT_STREAK, 'streak'],
  sum: ALL_BUT_STREAK,
  age: ['goal', 'player-match'],
  minute: ['goal', 'player-match', 'match'],
  margin: ['team-match', 'match', 'two-legged-tie'],
  aggregate: ['match', 'two-legged-tie'],
  // A career or a run has no single date to measure a gap from.
  gap: ['goal', 'player-match', 'player-edition', 'team-match', 'team-edition', 'match', 'two-legged-tie'],
};

export const PRODUCES_BY_MEASURE: Readonly<Record<MeasureKind, readonly ProduceKind[]>> = {
  count: ['ordinal', 'first', 'milestone', 'streak'],
  sum: ['extreme', 'milestone'],
  age: ['extreme'],
  minute: ['extreme'],
  margin: ['extreme'],
  aggregate: ['extreme'],
  gap: ['first_since', 'extreme'],
};

export const DIRECTIONS_BY_MEASURE: Readonly<Record<MeasureKind, readonly Direction[]>> = {
  count: [],
  sum: ['most', 'fewest', 'biggest'],
  age: ['oldest', 'youngest'],
  minute: ['fastest', 'latest'],
  margin: ['biggest'],
  aggregate: ['most', 'fewest', 'biggest'],
  gap: ['longest'],
};

/** Whether the direction ranks the larger value first: the engine's sort order. */
export const DIRECTION_PREFERS_LARGER: Readonly<Record<Direction, boolean>> = {
  oldest: true,
  youngest: false,
  most: true,
  fewest: false,
  fastest: false,
  latest: true,
  biggest: true,
  longest: true,
};

export const PER_BY_UNIT: Readonly<Record<Unit, readonly Per[]>> = {
  goal: ['player', 'team', 'team-pair', 'competition'],
  'player-match': ['player', 'team', 'competition'],
  'player-edition': ['player', 'team', 'competition'],
  'player-career': ['player', 'team', 'competition'],
  'team-match': ['team', 'team-pair', 'competition'],
  'team-edition': ['team', 'competition'],
  'team-career': ['team', 'competition'],
  match: ['team-pair', 'competition'],
  'two-legged-tie': ['team-pair', 'competition'],
  edition: ['competition'],
  streak: [],
};

export const DISTINCT_BY_UNIT: Readonly<Record<Unit, readonly Distinct[]>> = {
  goal: ['player', 'team', 'occurrence'],
  'player-match': ['player', 'team', 'occurrence'],
  'player-edition': ['player', 'team', 'occurrence'],
  'player-career': ['player', 'team', 'occurrence'],
  'team-match': ['team', 'occurrence'],
  'team-edition': ['team', 'occurrence'],
  'team-career': ['team', 'occurrence'],
  match: ['occurrence'],
  'two-legged-tie': ['occurrence'],
  edition: ['occurrence'],
  streak: [],
};

export const FACT_KINDS_BY_PRODUCES: Readonly<Record<ProduceKind, readonly FactKind[]>> = {
  extreme: ['new_record', 'equals_record', 'extends_own_record'],
  ordinal: ['nth_member'],
  first: ['first'],
  first_since: ['first_since'],
  milestone: ['milestone'],
  streak: ['streak', 'new_record', 'equals_record', 'extends_own_record'],
};

/** Data a measure cannot be computed without, beyond its unit and fields. */
export const MEASURE_REQUIRES: Readonly<Record<MeasureKind, readonly Coverage[]>> = {
  count: [],
  sum: [],
  age: ['birth_dates'],
  minute: ['goal_minutes'],
  margin: [],
  aggregate: [],
  gap: [],
};

/** Units that have no home or away side of their own. */
export const UNITS_WITHOUT_SIDE: ReadonlySet<Unit> = new Set(['match', 'two-legged-tie', 'edition']);
