// A competition edition suspended, resumed or abandoned, from live input: recorded with its date and reason.
import { ValidationError } from '../domain/errors.js';
import type { IncomingCompetitionStatus } from '../sources/source-batch.js';
import { findEdition } from '../store/queries/editions.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import type { IngestContext } from './ingest-context.js';

export async function ingestCompetitionStatus(ctx: IngestContext, s: IncomingCompetitionStatus, format: SourceFormat): Promise<void> {
  const counts = ctx.count(format, 'competition statuses');
  counts.read += 1;
  const edition = await findEdition(ctx.db, s.competition, s.season).catch((error: unknown) => {
    throw new ValidationError({ file: s.file, line: s.line }, error instanceof Error ? error.message : String(error), 'competition');
  });
  counts.added += 1;
  ctx.writes.insert('competition_status', {
    id: ctx.nextId('competition_status'),
    edition_id: edition.id,
    status: s.status,
    since: s.since,
    reason: s.reason ?? null,
    recorded_at: new Date().toISOString(),
  });
}
