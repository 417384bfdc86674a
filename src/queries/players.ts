// Players by any name they are known by, the best-documented first, and a player's age on a day.
import type { Kysely } from 'kysely';
import { ageOn, formatAge } from '../domain/age.js';
import { NotFoundError } from '../domain/errors.js';
import { findPlayerIds, readPlayerProfile, type PlayerProfile } from '../store/queries/players.js';
import type { Database } from '../store/schema.js';

/** A player's age on a day, or null when the day or the birth date is not known. */
export function ageAt(p: PlayerProfile, date: string | undefined): { date: string; age: string; years: number; days: number } | null {
  if (!date || !p.birthDate) return null;
  const age = ageOn(p.birthDate, date);
  return { date, age: formatAge(age), ...age };
}

/** Every player a typed name denotes, the best-documented first: birth date known, most goals. */
export async function readPlayersNamed(db: Kysely<Database>, name: string): Promise<PlayerProfile[]> {
  const ids = await findPlayerIds(db, name);
  if (ids.length === 0) throw new NotFoundError(`no player named "${name}"`);
  const profiles = (await Promise.all(ids.map((id) => readPlayerProfile(db, id)))).filter((p): p is PlayerProfile => p !== undefined);
  profiles.sort((a, b) => Number(b.birthDate !== null) - Number(a.birthDate !== null) || b.goalList.length - a.goalList.length);
  return profiles;
}

