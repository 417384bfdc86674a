// Every edition of every competition, as a list to browse, and one edition by its id.
import type { Kysely } from 'kysely';
import { NotFoundError } from '../../domain/errors.js';
import type { Database } from '../schema.js';
import type { EditionView } from './editions.js';

export interface EditionSummary extends EditionView {
  readonly sex: string;
  readonly kind: string;
  readonly startYear: number;
  readonly endYear: number;
  readonly matches: number;
}

/** Editions with their match counts, competition by competition, newest season first. */
export async function listEditions(db: Kysely<Database>, filter: { competitionIds?: readonly number[] } = {}): Promise<EditionSummary[]> {
  let q = db
    .selectFrom('edition as e')
    .innerJoin('competition as c', 'c.id', 'e.competition_id')
    .leftJoin('match as m', 'm.edition_id', 'e.id')
    .select((eb) => ['e.id', 'e.competition_id', 'c.name as competition', 'e.name as season', 'c.sex', 'c.kind', 'e.start_year', 'e.end_year', eb.fn.count<number>('m.id').as('matches')])
    // The competition's id too: PostgreSQL lets a group name only the columns its keys decide.
    .groupBy(['e.id', 'c.id'])
    .orderBy('c.name')
    .orderBy('e.start_year', 'desc')
    .orderBy('e.name', 'desc');
  if (filter.competitionIds) q = q.where('c.id', 'in', filter.competitionIds.length > 0 ? [...filter.competitionIds] : [-1]);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    competitionId: r.competition_id,
    competition: r.competition,
    season: r.season,
    sex: r.sex,
    kind: r.kind,
    startYear: r.start_year,
    endYear: r.end_year,
    matches: Number(r.matches),
  }));
}

export async function readEdition(db: Kysely<Database>, editionId: number): Promise<EditionView> {
  const row = await db
    .selectFrom('edition as e')
    .innerJoin('competition as c', 'c.id', 'e.competition_id')
    .select(['e.id', 'e.competition_id', 'c.name as competition', 'e.name as season'])
    .where('e.id', '=', editionId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError(`no competition edition with id ${editionId} (see /api/competitions)`);
  return { id: row.id, competitionId: row.competition_id, competition: row.competition, season: row.season };
}
