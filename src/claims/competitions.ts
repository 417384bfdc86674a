// The stored competitions and editions a claim's scope names: ids, labels, seasons, and which
// seasons of a yearly competition the data lacks.
import { nameKey } from '../domain/names.js';
import type { Sex } from '../domain/vocabulary.js';
import { familiesOf } from '../records/engine/families.js';
import type { Store } from '../store/open-store.js';
import type { ClaimCompetition } from './claim.js';

export interface StoredCompetition {
  readonly id: number;
  readonly name: string;
  readonly sex: Sex;
  readonly kind: string;
}

export interface StoredEdition {
  readonly id: number;
  readonly name: string;
  readonly startYear: number;
  readonly competitionId: number;
}

/** The stored competitions a claim's competition denotes. */
export function competitionsOf(store: Store, competition: ClaimCompetition): StoredCompetition[] {
  const rows = store.sql.prepare('SELECT id, name, sex, kind FROM competition').all() as StoredCompetition[];
  return rows.filter((c) => {
    if (competition.sex !== 'any' && c.sex !== competition.sex) return false;
    if (competition.name !== undefined && competition.family !== 'international') return nameKey(c.name) === nameKey(competition.name);
    return familiesOf(c).includes(competition.family);
  });
}

/** Editions of the competitions, oldest first. */
export function editionsOf(store: Store, competitionIds: readonly number[]): StoredEdition[] {
  if (competitionIds.length === 0) return [];
  return store.sql
    .prepare(
      `SELECT id, name, start_year AS "startYear", competition_id AS "competitionId" FROM edition
       WHERE competition_id IN (${competitionIds.map(() => '?').join(', ')})
         AND EXISTS (SELECT 1 FROM match m WHERE m.edition_id = edition.id AND m.status = 'played')
       ORDER BY start_year, id`,
    )
    .all(...competitionIds) as StoredEdition[];
}

/** The edition of a competition that starts in `year`. */
export function editionIn(store: Store, competitionId: number, year: number): StoredEdition | undefined {
  return editionsOf(store, [competitionId]).find((e) => e.startYear === year);
}

/** The last day a match of the edition was played. */
export function editionEnd(store: Store, editionId: number): string | undefined {
  const row = store.sql.prepare(`SELECT max(date) AS date FROM match WHERE edition_id = ? AND status = 'played'`).get(editionId) as { date: string | null };
  return row.date ?? undefined;
}

/** Seasons of a yearly competition missing between its first and last in the data: "2019/20". */
export function missingSeasons(store: Store, competition: StoredCompetition): string[] {
  if (!familiesOf(competition).includes('uefa-club')) return [];
  const years = editionsOf(store, [competition.id]).map((e) => e.startYear);
  const missing: string[] = [];
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return [];
  const have = new Set(years);
  for (let y = first; y <= last; y += 1) if (!have.has(y)) missing.push(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  return missing;
}

/** The competition id of a book key `definition|c3`. */
export function competitionIdOfBook(bookKey: string): number | undefined {
  const m = /\|c(\d+)$/.exec(bookKey);
  return m ? Number(m[1]) : undefined;
}
