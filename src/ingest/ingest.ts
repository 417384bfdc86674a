// Writes source batches into a store in one transaction: identity, merging and provenance happen
// here, once, for every source. Files already imported (same bytes) are skipped. Batches may
// arrive one by one (read in parallel elsewhere) and are ingested in the order given.
import { inWriteTransaction, type Store, type WriteLockOptions } from '../store/open-store.js';
import type { SourceBatch } from '../sources/source-batch.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import { IngestContext } from './ingest-context.js';
import { ingestMatch } from './ingest-match.js';
import { rebuildCorrectedMatches } from './rebuild-match.js';
import { loadContextFor, wantsTargetedContext } from './load-context-for.js';
import { ingestAwards, ingestEdition, ingestPlayers, ingestSquadMember, ingestTeam, ingestVenue } from './ingest-reference.js';
import { ingestStatusUpdate } from './ingest-status.js';
import { ingestCompetitionStatus } from './ingest-competition-status.js';
import { ingestPointsDeduction } from './ingest-deduction.js';

export interface EntitySummary {
  readonly entity: string;
  readonly read: number;
  readonly added: number;
  readonly merged: number;
  readonly unchanged: number;
  readonly corrected: number;
}

export interface SourceSummary {
  readonly format: SourceFormat;
  readonly origin: string;
  readonly files: number;
  readonly filesAlreadyImported: number;
  readonly rowsRead: number;
  readonly entities: readonly EntitySummary[];
  readonly notices: readonly { location: string; message: string }[];
}

export interface ImportSummary {
  readonly sources: readonly SourceSummary[];
  readonly conflictsRecorded: number;
  /** Teams no source had named before this import, as this import names them. */
  readonly newTeams: readonly string[];
  /** False when the store was left exactly as it was: everything had been imported before. */
  readonly changed: boolean;
}

export interface IngestOptions extends WriteLockOptions {
  /** Load the whole store's identities even for a few matches (the way before targeted reads; benchmarks compare). */
  readonly wholeStore?: boolean;
}

export type IngestProgress = (event: { phase: 'merge' | 'write'; done: number; total: number; label: string }) => void;

interface FormatTally {
  origins: string[];
  files: number;
  already: number;
  rows: number;
  notices: { location: string; message: string }[];
}

function commonFolder(paths: readonly string[]): string {
  const split = paths.map((p) => p.split('/'));
  const first = split[0] ?? [];
  let i = 0;
  while (i < first.length && split.every((s) => s[i] === first[i])) i += 1;
  return first.slice(0, i).join('/') || (first.length > 0 ? '/' : '');
}

async function ingestBatch(ctx: IngestContext, batch: SourceBatch, tally: FormatTally, importedAt: string): Promise<void> {
  const format = batch.format;
  const fileIds = new Map<string, number>();
  tally.origins.push(batch.origin);
  for (const input of batch.inputs) {
    tally.files += 1;
    tally.rows += input.rows;
    const known = ctx.sourceFiles.get(`${format}|${input.sha256}`);
    if (known !== undefined) {
      tally.already += 1;
      continue;
    }
    const id = ctx.nextId('source_file');
    ctx.sourceFiles.set(`${format}|${input.sha256}`, id);
    ctx.sourceFileFormat.set(id, format);
    fileIds.set(input.file, id);
    ctx.writes.insert('source_file', { id, format, path: input.file, sha256: input.sha256, rows: input.rows, imported_at: importedAt });
  }
  const fresh = <T extends { file: string }>(records: readonly T[]): { record: T; fileId: number }[] =>
    records.flatMap((record) => {
      const fileId = fileIds.get(record.file);
      return fileId === undefined ? [] : [{ record, fileId }];
    });

  for (const { record, fileId } of fresh(batch.teams)) ingestTeam(ctx, record, format, fileId);
  for (const { record, fileId } of fresh(batch.venues)) ingestVenue(ctx, record, format, fileId);
  const editions = fresh(batch.editions);
  for (const { record, fileId } of editions) ingestEdition(ctx, record, format, fileId);
  const players = fresh(batch.players);
  const squads = fresh(batch.squads);
  const firstPlayerFile = players[0]?.fileId;
  if (firstPlayerFile !== undefined) {
    ingestPlayers(ctx, players.map((p) => p.record), squads.map((s) => s.record), format, firstPlayerFile);
  }
  for (const { record, fileId } of squads) ingestSquadMember(ctx, record, format, fileId);
  for (const { record, fileId } of editions) ingestAwards(ctx, record, format, fileId);
  // A match is assembled from several files (matches, goals, bookings, shoot-outs): when any file
  // of the batch is new, every match is compared again, so a changed goals file corrects it.
  const anyFileId = new Map(batch.inputs.map((input) => [input.file, fileIds.get(input.file) ?? ctx.sourceFiles.get(`${format}|${input.sha256}`)]));
  const matches = fileIds.size === 0 ? [] : batch.matches.flatMap((record) => {
    const fileId = anyFileId.get(record.file);
    return fileId === undefined ? [] : [{ record, fileId }];
  });
  for (const { record, fileId } of matches) ingestMatch(ctx, record, format, fileId);
  await rebuildCorrectedMatches(ctx);
  for (const { record, fileId } of fresh(batch.statusUpdates)) await ingestStatusUpdate(ctx, record, format, fileId);
  for (const { record } of fresh(batch.competitionStatuses ?? [])) await ingestCompetitionStatus(ctx, record, format);
  for (const { record, fileId } of fresh(batch.pointsDeductions ?? [])) ingestPointsDeduction(ctx, record, format, fileId);
  for (const { record, fileId } of fresh(batch.notices)) {
    const location = record.line !== undefined ? `${record.file}:${record.line}` : record.file;
    tally.notices.push({ location, message: record.message });
    ctx.writes.insert('notice', { id: ctx.nextId('notice'), source_file_id: fileId, location, message: record.message });
  }
}

/**
 * Ingests batches, in the order given, in one transaction: all of them or, on any error, none.
 *
 * @example
 * const batch = await worldcupDbAdapter.read('../shared/data/worldcup-db');
 * const summary = await ingestBatches(store, [batch]);
 */
export async function ingestBatches(
  store: Store,
  batches: Iterable<SourceBatch> | AsyncIterable<SourceBatch>,
  onProgress?: IngestProgress,
  options: IngestOptions = {},
): Promise<ImportSummary> {
  const lock = options;
  return store.bulk.importing(() => inWriteTransaction(store, async () => {
    const trx = store.db;
    const ctx = new IngestContext(trx);
    const importedAt = new Date().toISOString();
    const tallies = new Map<SourceFormat, FormatTally>();
    let matchesDone = 0;
    for await (const batch of batches) {
      let tally = tallies.get(batch.format);
      if (!tally) tallies.set(batch.format, (tally = { origins: [], files: 0, already: 0, rows: 0, notices: [] }));
      await ctx.loadSourceFilesOf(batch.format, batch.inputs.map((input) => input.sha256));
      if (batch.inputs.some((input) => !ctx.sourceFiles.has(`${batch.format}|${input.sha256}`))) {
        // A batch of status changes only (a live update) needs ids, not every identity in the store;
        // a few matches need the identities they name, read by index.
        const statusOnly =
          batch.matches.length + batch.teams.length + batch.players.length + batch.squads.length + batch.editions.length + batch.venues.length === 0;
        if (statusOnly) await ctx.ensureIds();
        else if (!options.wholeStore && wantsTargetedContext(ctx, batch)) await loadContextFor(ctx, batch);
        else await ctx.ensureLoaded();
      }
      await ingestBatch(ctx, batch, tally, importedAt);
      matchesDone += batch.matches.length;
      onProgress?.({ phase: 'merge', done: matchesDone, total: matchesDone, label: batch.origin });
    }
    const sources: SourceSummary[] = [...tallies].map(([format, tally]) => ({
      format,
      origin: commonFolder(tally.origins),
      files: tally.files,
      filesAlreadyImported: tally.already,
      rowsRead: tally.rows,
      entities: [...ctx.counts]
        .filter(([key]) => key.startsWith(`${format}\u0000`))
        .map(([key, c]) => ({ entity: key.slice(format.length + 1), ...c })),
      notices: tally.notices,
    }));
    const changed = !ctx.writes.isEmpty;
    await store.bulk.load(
      () => ctx.writes.flush(trx, store.bulk, (done, total) => onProgress?.({ phase: 'write', done, total, label: 'rows' })),
      ctx.writes.insertCounts(),
    );
    return { sources, conflictsRecorded: ctx.conflictsAdded.count, newTeams: ctx.newTeams, changed };
  }, lock));
}
