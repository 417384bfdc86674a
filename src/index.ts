// The matchfacts library: open a store, import data, read matches and players, keep the record book, write stories, check claims.
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
// The record book: definitions, facts with proof, the stored and incremental book.
export { loadBuiltInCatalogue, loadDefinitions, loadDefinitionFile, type LoadedDefinition } from './records/definitions/load-definitions.js';
export type { RecordDefinition } from './records/definitions/schema.js';
export type { Fact, FactProof, FactCoverage, RecordEntry } from './records/engine/fact.js';
export { RecordBook } from './records/engine/record-book.js';
export {
  rebuildRecordBook,
  ensureRecordBook,
  snapshotRecordBook,
  updateRecordBook,
  extendRecordBook,
  pruneRecordUndo,
  readMatchFacts,
  readDefinitionFacts,
  readStateValue,
  type UpdateResult,
} from './records/book/record-book-store.js';
export { recordBookAsOf } from './records/book/as-of.js';
// Stories, previews and claims.
export { writeStory, loadStoryInput, renderStory, writePreview, loadPreviewInput, type Story, type Sentence, type StoryFormat } from './story/index.js';
export { checkClaim, parseClaim, type CheckResult, type Verdict } from './claims/index.js';
// Open data sets.
export { pullDatasets } from './datasets/pull-datasets.js';
export { resolveDatasetPaths } from './datasets/resolve-dataset-paths.js';
export { listCachedDatasets } from './datasets/list-cache.js';
