// Finding competitions by the names people type: "World Cup", "Champions League", "FIFA World Cup".
import type { Kysely } from 'kysely';
import { nameKey } from '../../domain/names.js';
import type { Database } from '../schema.js';

const TYPED_ALIASES: Readonly<Record<string, string>> = {
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
