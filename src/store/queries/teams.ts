// Finding teams by any name they have been known by.
import type { Kysely } from 'kysely';
import { nameKey } from '../../domain/names.js';
import type { Database } from '../schema.js';

/**
 * Ids of the teams a typed name denotes: an exact alias first; failing that, teams whose name
 * contains every typed word (`Porto` → `FC Porto`).
 */
export async function teamIdsNamed(db: Kysely<Database>, typed: string): Promise<number[]> {
  const key = nameKey(typed);
  const exact = await db.selectFrom('team_alias').select('team_id').distinct().where('alias_key', '=', key).execute();
  if (exact.length > 0) return exact.map((r) => r.team_id);
  const words = key.split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const aliases = await db.selectFrom('team_alias').select(['team_id', 'alias_key']).execute();
  const ids = new Set<number>();
  for (const a of aliases) {
    const have = new Set(a.alias_key.split(' '));
    if (words.every((w) => have.has(w))) ids.add(a.team_id);
  }
  return [...ids];
}
