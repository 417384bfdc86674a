// Where stored values come from: a disagreement between sources is kept as a conflict (the first
// value stays), a value a later source fills in is recorded with that source.
import type { SourceFormat } from '../domain/vocabulary.js';
import type { IngestContext } from './ingest-context.js';

export interface MergeOrigin {
  readonly format: SourceFormat;
  readonly sourceFileId: number;
  readonly location: string;
}

export function recordConflict(
  ctx: IngestContext,
  entity: string,
  entityId: number,
  field: string,
  kept: { value: unknown; sourceFileId: number | null },
  other: { value: unknown; origin: MergeOrigin },
): void {
  ctx.conflictsAdded.count += 1;
  ctx.writes.insert('conflict', {
    id: ctx.nextId('conflict'),
    entity,
    entity_id: entityId,
    field,
    kept_value: kept.value === null || kept.value === undefined ? null : String(kept.value),
    kept_source_file_id: kept.sourceFileId,
    other_value: other.value === null || other.value === undefined ? null : String(other.value),
    other_source_file_id: other.origin.sourceFileId,
    other_location: other.origin.location,
  });
}

export function recordFill(ctx: IngestContext, entity: string, entityId: number, field: string, origin: MergeOrigin): void {
  ctx.writes.insert('provenance', {
    id: ctx.nextId('provenance'),
    entity,
    entity_id: entityId,
    field,
    source_file_id: origin.sourceFileId,
  });
}

