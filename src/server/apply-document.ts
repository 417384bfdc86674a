// One write, as the write queue runs it: a matchfacts JSON document validated whole, ingested in
// one transaction, the record book brought up to date. Runs in the writer thread, or inline.
import { formatLocation, MatchfactsError, NotFoundError, ParseError, UsageError, ValidationError, type SourceLocation } from '../domain/errors.js';
import { ingestBatches } from '../ingest/ingest.js';
import { snapshotRecordBook, updateRecordBook, type UpdateOptions } from '../records/book/record-book-store.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import { batchFromJsonText } from '../sources/json/adapter.js';
import type { IncomingCompetitionStatus } from '../sources/source-batch.js';
import type { MatchData } from '../domain/match-data.js';
import type { Store } from '../store/open-store.js';

/** What a write did, in plain data (it crosses from the writer thread). */
export interface AppliedDocument {
  readonly changed: boolean;
  /** The matches the document named, to look up in the store: whole matches and status changes. */
  readonly matches: readonly Pick<MatchData, 'date' | 'home' | 'away'>[];
  readonly statusChanges: readonly { date: string; team: string }[];
  readonly competitionStatuses: readonly IncomingCompetitionStatus[];
}

export async function applyDocument(
  store: Store,
  definitions: readonly RecordDefinition[],
  text: string,
  label: string,
  undoPrune: UpdateOptions['undoPrune'] = 'now',
): Promise<AppliedDocument> {
  const batch = batchFromJsonText(text, label);
  const before = snapshotRecordBook(store, definitions);
  const summary = await ingestBatches(store, [batch]);
  if (summary.changed) {
    const historyChanged = summary.sources.some((s) => s.entities.some((e) => e.merged > 0 || e.corrected > 0));
    updateRecordBook(store, definitions, before, { historyChanged, undoPrune });
  }
  return {
    changed: summary.changed,
    matches: batch.matches.map(({ match }) => ({ date: match.date, home: match.home, away: match.away })),
    statusChanges: batch.statusUpdates.map((u) => ({ date: u.date, team: u.team })),
    competitionStatuses: batch.competitionStatuses ?? [],
  };
}

/** A refusal as plain data, so the writer thread can hand it to the request that caused it. */
export type SerialError =
  | { readonly kind: 'validation'; readonly location: SourceLocation; readonly detail: string; readonly field?: string }
  | { readonly kind: 'parse'; readonly location: SourceLocation; readonly detail: string }
  | { readonly kind: 'not_found' | 'usage' | 'matchfacts' | 'unexpected'; readonly message: string; readonly stack?: string };

export function serialiseError(error: unknown): SerialError {
  if (error instanceof ValidationError) {
    const prefix = `${formatLocation(error.location)}: `;
    return { kind: 'validation', location: error.location, detail: error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message, field: error.field };
  }
  if (error instanceof ParseError) return { kind: 'parse', location: error.location, detail: error.detail };
  if (error instanceof NotFoundError) return { kind: 'not_found', message: error.message };
  if (error instanceof UsageError) return { kind: 'usage', message: error.message };
  if (error instanceof MatchfactsError) return { kind: 'matchfacts', message: error.message };
  return { kind: 'unexpected', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined };
}

export function deserialiseError(error: SerialError): Error {
  switch (error.kind) {
    case 'validation':
      return new ValidationError(error.location, error.detail, error.field);
    case 'parse':
      return new ParseError(error.location, error.detail);
    case 'not_found':
      return new NotFoundError(error.message);
    case 'usage':
      return new UsageError(error.message);
    case 'matchfacts':
      return new MatchfactsError(error.message);
    default: {
      const unexpected = new Error(error.message);
      if (error.stack) unexpected.stack = error.stack;
      return unexpected;
    }
  }
}
