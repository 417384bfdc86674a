// The one match a command is about, from --date, --team and --competition: a clear error when there
// is none, or when the team played more than once that day.
import { NotFoundError, UsageError } from '../domain/errors.js';
import type { Store } from '../store/open-store.js';
import { readMatches } from '../store/queries/read-matches.js';
import type { StoredMatch } from '../store/queries/stored-match.js';
import { matchHeadline } from './match-view.js';

export interface MatchQuery {
  readonly date: string;
  readonly team: string;
  readonly competition?: string;
}

export async function findOneMatch(store: Store, query: MatchQuery): Promise<StoredMatch> {
  const found = await readMatches(store.db, { date: query.date, team: query.team, competition: query.competition });
  if (found.length === 0) throw new NotFoundError(`no match on ${query.date} involving "${query.team}"`);
  if (found.length > 1) {
    throw new UsageError(`${found.length} matches on ${query.date} involve "${query.team}": ${found.map(matchHeadline).join('; ')} — add --competition`);
  }
  return found[0]!;
}
