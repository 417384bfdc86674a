// A points deduction a source notes, stored against its edition with the team as the note names it.
import type { SourceFormat } from '../domain/vocabulary.js';
import type { IncomingPointsDeduction } from '../sources/source-batch.js';
import type { IngestContext } from './ingest-context.js';
import { resolveCompetition, resolveEdition } from './resolve-structure.js';

export function ingestPointsDeduction(ctx: IngestContext, d: IncomingPointsDeduction, format: SourceFormat, fileId: number): void {
  const counts = ctx.count(format, 'points deductions');
  counts.read += 1;
  counts.added += 1;
  const competition = resolveCompetition(ctx, d.competition);
  const editionId = resolveEdition(ctx, competition.id, d.edition, fileId);
  ctx.writes.insert('points_deduction', {
    id: ctx.nextId('points_deduction'),
    edition_id: editionId,
    team_name: d.team,
    points: d.points,
    reason: d.reason ?? null,
    source_file_id: fileId,
    location: d.line !== undefined ? `${d.file}:${d.line}` : d.file,
  });
}
