// Finding one edition of a competition from what a person types, and its status over time.
import type { Kysely } from 'kysely';
import { NotFoundError } from '../../domain/errors.js';
import type { CompetitionStatus } from '../../domain/vocabulary.js';
import type { Database } from '../schema.js';
import { competitionIdsNamed, splitCompetitionQuery } from './competitions.js';

export interface EditionView {
  readonly id: number;
  readonly competitionId: number;
  readonly competition: string;
  readonly season: string;
}

/** The one edition "World Cup 2018" or ("Champions League", "2020/21") denotes; an error names the choices otherwise. */
export async function findEdition(db: Kysely<Database>, competition: string, season?: string): Promise<EditionView> {
  const query = season ? { competition, season } : splitCompetitionQuery(competition);
  const ids = await competitionIdsNamed(db, query.competition);
  if (ids.length === 0) throw new NotFoundError(`no competition named "${query.competition}"`);
  const alt = query.season?.replace(/^(\d{4})[-/](\d{2})$/, '$1/$2');
  const rows = await db
    .selectFrom('edition as e')
    .innerJoin('competition as c', 'c.id', 'e.competition_id')
    .select(['e.id', 'e.competition_id', 'c.name as competition', 'e.name as season'])
    .where('c.id', 'in', ids)
    .orderBy('e.start_year', 'desc')
    .execute();
  const matching = query.season ? rows.filter((r) => r.season === query.season || r.season === alt) : rows;
  if (matching.length === 1) {
    const r = matching[0]!;
    return { id: r.id, competitionId: r.competition_id, competition: r.competition, season: r.season };
  }
  const choices = rows.slice(0, 4).map((r) => `${r.competition} ${r.season}`).join(', ');
  if (matching.length === 0) throw new NotFoundError(`no edition "${query.season ?? ''}" of ${query.competition}; latest: ${choices}`);
  throw new NotFoundError(`"${competition}" names ${matching.length} editions (latest: ${choices}): add the season`);
}

export interface CompetitionStatusView {
  readonly status: CompetitionStatus;
  readonly since: string;
  readonly reason: string | null;
}

/** The edition's status as of a date (latest record on or before it); `active` when none is recorded. */
export async function readCompetitionStatus(db: Kysely<Database>, editionId: number, asOf?: string): Promise<CompetitionStatusView> {
  let q = db.selectFrom('competition_status').selectAll().where('edition_id', '=', editionId);
  if (asOf) q = q.where('since', '<=', asOf);
  const row = await q.orderBy('since', 'desc').orderBy('id', 'desc').executeTakeFirst();
  if (!row) return { status: 'active', since: '', reason: null };
  return { status: row.status as CompetitionStatus, since: row.since, reason: row.reason };
}

export async function recordCompetitionStatus(
  db: Kysely<Database>,
  editionId: number,
  status: CompetitionStatus,
  since: string,
  reason: string | undefined,
): Promise<void> {
  const max = await db.selectFrom('competition_status').select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
  await db
    .insertInto('competition_status')
    .values({ id: Number(max?.max ?? 0) + 1, edition_id: editionId, status, since, reason: reason ?? null, recorded_at: new Date().toISOString() })
    .execute();
}
