// Scenarios for a suspended or unfinished competition: the state at a date and what can still happen.
export { matchesAsOf, isOpenFixture } from './as-of.js';
export { tableOutlook, type TeamOutlook } from './table-outlook.js';
