// Finding competitions by the names people type: "World Cup", "Champions League", "FIFA World Cup".
import type { Kysely } from 'kysely';
import { nameKey } from '../../domain/names.js';
import type { Database } from '../schema.js';

const TYPED_ALIASES: Readonly<Record<string, string>> = {
  cl: 'uefa champions league',
  ucl: 'uefa champions league',
  el: 'uefa europa league',
  uel: 'uefa europa league',
  ecl: 'uefa conference league',
  uecl: 'uefa conference league',
  wc: 'fifa world cup',
  wwc: 'fifa womens world cup',
  'world cup': 'fifa world cup',
  'womens world cup': 'fifa womens world cup',
  'champions league': 'uefa champions league',
  'europa league': 'uefa europa league',
  'conference league': 'uefa conference league',
};

/**
 * Ids of the competitions a typed name denotes: the exact name (or a common short form) first;
 * failing that, every competition whose name contains all the typed words.
 */
export async function competitionIdsNamed(db: Kysely<Database>, typed: string): Promise<number[]> {
  const key = nameKey(typed);
  const all = await db.selectFrom('competition').select(['id', 'name_key']).execute();
  const exact = all.filter((c) => c.name_key === key || c.name_key === TYPED_ALIASES[key]);
  if (exact.length > 0) return exact.map((c) => c.id);
  const words = key.split(' ').filter((w) => w.length > 0);
  return all.filter((c) => words.every((w) => c.name_key.split(' ').includes(w))).map((c) => c.id);
}

export interface CompetitionQuery {
  readonly competition: string;
  readonly season?: string;
}

/**
 * Splits what a person types into a competition and a season, forgivingly:
 * "World Cup 2018", "UEFA Champions League 2020/21", "cl 2020-21", "Champions League 2022/2023".
 *
 * @example splitCompetitionQuery('cl 2020-21') // { competition: 'cl', season: '2020/21' }
 */
export function splitCompetitionQuery(typed: string): CompetitionQuery {
  const match = /^(.*?)[\s,]+(\d{4})(?:\s*[-/]\s*(\d{2}|\d{4}))?\s*$/.exec(typed.trim());
  if (!match || match[1] === undefined || match[2] === undefined) return { competition: typed.trim() };
  const start = match[2];
  const end = match[3];
  const season = end === undefined ? start : `${start}/${end.slice(-2)}`;
  return { competition: match[1], season };
}
