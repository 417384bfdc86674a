// Players by any name they are known by, with their teams and goals by competition and season.
import type { Kysely } from 'kysely';
import { nameKey } from '../../domain/names.js';
import type { Database } from '../schema.js';

export interface PlayerProfile {
  readonly id: number;
  readonly name: string;
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly birthDate: string | null;
  readonly sex: string | null;
  readonly positions: readonly string[];
  readonly teams: readonly string[];
  readonly knownAs: readonly string[];
  readonly goals: readonly { competition: string; season: string; goals: number; penalties: number; ownGoals: number }[];
  readonly goalList: readonly { matchId: number; date: string; competition: string; season: string; match: string; minute: number | null; stoppage: number | null; penalty: boolean; ownGoal: boolean }[];
}

/** Players whose recorded name or any alias equals the typed name; failing that, contains all its words. */
export async function findPlayerIds(db: Kysely<Database>, typed: string): Promise<number[]> {
  const key = nameKey(typed);
  const exact = await db.selectFrom('player_name').select('player_id').distinct().where('name_key', '=', key).execute();
  if (exact.length > 0) return exact.map((r) => r.player_id);
  const words = key.split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const first = words[0]!;
  const candidates = await db
    .selectFrom('player_name')
    .select(['player_id', 'name_key'])
    .where('name_key', 'like', `%${first}%`)
    .execute();
  const ids = new Set<number>();
  for (const c of candidates) {
    const have = new Set(c.name_key.split(' '));
    if (words.every((w) => have.has(w))) ids.add(c.player_id);
  }
  return [...ids];
}

export async function readPlayerProfile(db: Kysely<Database>, playerId: number): Promise<PlayerProfile | undefined> {
  const p = await db.selectFrom('player').selectAll().where('id', '=', playerId).executeTakeFirst();
  if (!p) return undefined;
  const names = await db
    .selectFrom('player_name as n')
    .leftJoin('team as t', 't.id', 'n.team_id')
    .select(['n.name', 't.name as team'])
    .where('n.player_id', '=', playerId)
    .execute();
  const goalRows = await db
    .selectFrom('goal as g')
    .innerJoin('match as m', 'm.id', 'g.match_id')
    .innerJoin('edition as e', 'e.id', 'm.edition_id')
    .innerJoin('competition as c', 'c.id', 'e.competition_id')
    .select(['m.id as match_id', 'm.date', 'c.name as competition', 'e.name as season', 'm.home_name', 'm.away_name', 'g.minute', 'g.stoppage', 'g.penalty', 'g.own_goal'])
    .where('g.player_id', '=', playerId)
    .orderBy('m.date')
    .orderBy('g.minute', (o) => o.asc().nullsFirst())
    .execute();
  const bySeason = new Map<string, { competition: string; season: string; goals: number; penalties: number; ownGoals: number }>();
  for (const g of goalRows) {
    const key = `${g.competition}|${g.season}`;
    const entry = bySeason.get(key) ?? { competition: g.competition, season: g.season, goals: 0, penalties: 0, ownGoals: 0 };
    if (g.own_goal === 1) entry.ownGoals += 1;
    else entry.goals += 1;
    if (g.penalty === 1) entry.penalties += 1;
    bySeason.set(key, entry);
  }
  return {
    id: p.id,
    name: p.name,
    givenName: p.given_name,
    familyName: p.family_name,
    birthDate: p.birth_date,
    sex: p.sex,
    positions: p.positions ? p.positions.split(',') : [],
    teams: [...new Set(names.map((n) => n.team).filter((t): t is string => t !== null))],
    knownAs: [...new Set(names.map((n) => n.name))],
    goals: [...bySeason.values()],
    goalList: goalRows.map((g) => ({
      matchId: g.match_id,
      date: g.date,
      competition: g.competition,
      season: g.season,
      match: `${g.home_name} v ${g.away_name}`,
      minute: g.minute,
      stoppage: g.stoppage,
      penalty: g.penalty === 1,
      ownGoal: g.own_goal === 1,
    })),
  };
}
