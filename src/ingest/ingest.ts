// Writes source batches into a store in one transaction: identity, merging and provenance happen
// here, once, for every source. Files already imported (same bytes) are skipped.
import type { Store } from '../store/open-store.js';
import type { SourceBatch } from '../sources/source-batch.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import { IngestContext } from './ingest-context.js';
import { ingestMatch } from './ingest-match.js';
import { ingestAwards, ingestEdition, ingestPlayers, ingestSquadMember, ingestTeam, ingestVenue } from './ingest-reference.js';
import { ingestStatusUpdate } from './ingest-status.js';

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
  /** False when the store was left exactly as it was: everything had been imported before. */
  readonly changed: boolean;
}

export type IngestProgress = (event: { phase: 'merge' | 'write'; done: number; total: number; label: string }) => void;

export async function ingestBatches(store: Store, batches: readonly SourceBatch[], onProgress?: IngestProgress): Promise<ImportSummary> {
  return store.db.transaction().execute(async (trx) => {
    const ctx = new IngestContext(trx);
    await ctx.load();
    const sources: SourceSummary[] = [];
    const importedAt = new Date().toISOString();
    const totalMatches = batches.reduce((n, b) => n + b.matches.length, 0);
    let matchesDone = 0;

    for (const batch of batches) {
      const format = batch.format;
      const fileIds = new Map<string, number>();
      let already = 0;
      for (const input of batch.inputs) {
        const known = ctx.sourceFiles.get(`${format}|${input.sha256}`);
        if (known !== undefined) {
          already += 1;
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
      for (const { record, fileId } of fresh(batch.editions)) ingestEdition(ctx, record, format, fileId);
      const players = fresh(batch.players);
      const squads = fresh(batch.squads);
      if (players.length > 0) {
        ingestPlayers(ctx, players.map((p) => p.record), squads.map((s) => s.record), format, players[0]!.fileId);
      }
      for (const { record, fileId } of squads) ingestSquadMember(ctx, record, format, fileId);
      for (const { record, fileId } of fresh(batch.editions)) ingestAwards(ctx, record, format, fileId);
      for (const { record, fileId } of fresh(batch.matches)) {
        ingestMatch(ctx, record, format, fileId);
        matchesDone += 1;
        if (matchesDone % 2000 === 0) onProgress?.({ phase: 'merge', done: matchesDone, total: totalMatches, label: 'matches' });
      }
      for (const { record, fileId } of fresh(batch.statusUpdates)) ingestStatusUpdate(ctx, record, format, fileId);
      const notices = fresh(batch.notices);
      for (const { record, fileId } of notices) {
        ctx.writes.insert('notice', {
          id: ctx.nextId('notice'),
          source_file_id: fileId,
          location: record.line !== undefined ? `${record.file}:${record.line}` : record.file,
          message: record.message,
        });
      }
      const entities: EntitySummary[] = [];
      for (const [key, c] of ctx.counts) {
        const [f, entity] = key.split('\u0000');
        if (f === format && entity !== undefined) entities.push({ entity, ...c });
      }
      for (const key of [...ctx.counts.keys()]) if (key.startsWith(`${format}\u0000`)) ctx.counts.delete(key);
      sources.push({
        format,
        origin: batch.origin,
        files: batch.inputs.length,
        filesAlreadyImported: already,
        rowsRead: batch.inputs.reduce((n, i) => n + i.rows, 0),
        entities,
        notices: notices.map(({ record }) => ({
          location: record.line !== undefined ? `${record.file}:${record.line}` : record.file,
          message: record.message,
        })),
      });
    }
    onProgress?.({ phase: 'merge', done: totalMatches, total: totalMatches, label: 'matches' });
    const changed = !ctx.writes.isEmpty;
    await ctx.writes.flush(trx, store.bulk, (done, total) => onProgress?.({ phase: 'write', done, total, label: 'rows' }));
    return { sources, conflictsRecorded: ctx.conflictsAdded.count, changed };
  });
}
