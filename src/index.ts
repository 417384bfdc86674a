// The matchfacts library: open a store, import data, read matches and players.
export { openStore, resolveDbPath, DEFAULT_DB_PATH, type Store, type OpenStoreOptions } from './store/open-store.js';
export { importPath, planImport, type ImportOptions, type ImportResult } from './ingest/import-path.js';
export type { ImportSummary, SourceSummary, EntitySummary } from './ingest/ingest.js';
export { readMatches, type MatchFilter } from './store/queries/read-matches.js';
export type { StoredMatch, StoredGoal } from './store/queries/stored-match.js';
export { findPlayerIds, readPlayerProfile, type PlayerProfile } from './store/queries/players.js';
export { readConflicts, type ConflictView } from './store/queries/conflicts.js';
export { ageOn, formatAge, type Age } from './domain/age.js';
export { formatScoreLine } from './domain/score-line.js';
export { nameKey } from './domain/names.js';
export { stageKindOf } from './domain/stage-kind.js';
export * from './domain/errors.js';
export type * from './domain/match-data.js';
export type * from './domain/vocabulary.js';
export { ADAPTERS } from './sources/registry.js';
export { computeTable, tableRulesFor, splitGroups, type Table, type TableRow, type TableRules } from './rules/tables/index.js';
export { buildTies, buildBracket, nextRound, openTies, possibleNextOpponents, tieRulesFor, type Tie, type Bracket } from './rules/ties/index.js';
export type { SourceAdapter, SourceBatch } from './sources/source-batch.js';
