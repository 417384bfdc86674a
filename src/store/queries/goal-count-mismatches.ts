// Matches whose listed goals do not add up to their score: a consistency check, never a silent fix.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface GoalCountMismatch {
  readonly matchId: number;
  readonly date: string;
  readonly home: string;
  readonly away: string;
  readonly score: string;
  readonly goals: string;
}

export async function readGoalCountMismatches(db: Kysely<Database>): Promise<GoalCountMismatch[]> {
  const rows = await db
    .selectFrom('match as m')
    .leftJoin('goal as g', 'g.match_id', 'm.id')
    .select([
      'm.id',
      'm.date',
      'm.home_name',
      'm.away_name',
      sql<number>`coalesce(m.et_home, m.ft_home)`.as('home_score'),
      sql<number>`coalesce(m.et_away, m.ft_away)`.as('away_score'),
      sql<number>`sum(case when g.side = 'home' then 1 else 0 end)`.as('home_goals'),
      sql<number>`sum(case when g.side = 'away' then 1 else 0 end)`.as('away_goals'),
    ])
    .where('m.goals_known', '=', 1)
    .where('m.status', '=', 'played')
    .where('m.ft_home', 'is not', null)
    .groupBy('m.id')
    .having((eb) =>
      eb.or([
        eb(sql`coalesce(m.et_home, m.ft_home)`, '!=', sql`sum(case when g.side = 'home' then 1 else 0 end)`),
        eb(sql`coalesce(m.et_away, m.ft_away)`, '!=', sql`sum(case when g.side = 'away' then 1 else 0 end)`),
      ]),
    )
    .orderBy('m.date')
    .execute();
  return rows.map((r) => ({
    matchId: r.id,
    date: r.date,
    home: r.home_name,
    away: r.away_name,
    score: `${r.home_score}-${r.away_score}`,
    goals: `${r.home_goals}-${r.away_goals}`,
  }));
}
