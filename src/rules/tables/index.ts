// The table part of competition rules: rule sets as data, and tables computed and explained from matches.
export { CRITERIA, CRITERION_NAMES, type Criterion } from './criteria.js';
export type { TableRules, Zone, CutShortRule } from './table-rules.js';
export { tableRulesFor } from './rules-for.js';
export { LEAGUE_PHASE_ZONES } from './uefa-club-rules.js';
export { computeTable, type ComputeTableOptions } from './compute-table.js';
export type { Table, TableRow, SeparatedFrom } from './table.js';
export type { Separation } from './separation.js';
export type { ExcludedMatch } from './counted-matches.js';
export { fairPlayPoints, disciplinaryPoints } from './fair-play.js';
export { splitGroups, groupLabel } from './split-groups.js';
export { tableGroups, type TableGroup } from './table-groups.js';
export { leagueRulesFor } from './league-rules.js';
export { teamNamed, type PointsDeduction } from './deductions.js';
export { everyPairMeets } from './round-robin.js';
