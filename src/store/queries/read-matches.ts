// Reads matches with their goals and sources, filtered the way the CLI and API ask for them.
import type { Kysely } from 'kysely';
import type { Card, CompetitionKind, MatchStatus, Period, Sex, StageKind } from '../../domain/vocabulary.js';
import type { BookingData, GoalData, MatchData, ScorePair, ShootoutKickData } from '../../domain/match-data.js';
import type { Database } from '../schema.js';
import type { StoredGoal, StoredMatch, StoredMatchSource } from './stored-match.js';
import { teamIdsNamed } from './teams.js';
import { competitionIdsNamed, splitCompetitionQuery } from './competitions.js';

export interface MatchFilter {
  readonly competition?: string;
  readonly season?: string;
  readonly team?: string;
  readonly from?: string;
  readonly to?: string;
  readonly date?: string;
  readonly ids?: readonly number[];
  readonly editionId?: number;
  readonly limit?: number;
  /** Matches to skip before the first returned (paging; with `limit`). */
  readonly offset?: number;
  /**
   * Only these matches come with their goals, bookings, shoot-out kicks and sources; the others
   * carry their result and status alone (`goals`, `bookings` and `shootout` undefined, no sources).
   * The story of one match reads its edition for the table and the tie, not every scorer in it.
   */
  readonly detailed?: readonly number[];
}

function pair(h: number | null, a: number | null): ScorePair | undefined {
  return h === null || a === null ? undefined : [h, a];
}

function present<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

export async function readMatches(db: Kysely<Database>, given: MatchFilter = {}): Promise<StoredMatch[]> {
  // "World Cup 2018" names a competition and a season at once.
  const split = given.competition !== undefined && given.season === undefined ? splitCompetitionQuery(given.competition) : undefined;
  const filter: MatchFilter = split ? { ...given, competition: split.competition, season: split.season } : given;
  let q = db
    .selectFrom('match as m')
    .innerJoin('edition as e', 'e.id', 'm.edition_id')
    .innerJoin('competition as c', 'c.id', 'e.competition_id')
    .leftJoin('stage as s', 's.id', 'm.stage_id')
    .selectAll('m')
    .select([
      'c.id as competition_id',
      'c.name as competition_name',
      'c.sex as competition_sex',
      'c.kind as competition_kind',
      'e.name as edition_name',
      'e.start_year',
      'e.end_year',
      's.name as stage_name',
      's.kind as stage_kind',
      's.ordinal as stage_order',
    ]);
  if (filter.ids) q = q.where('m.id', 'in', filter.ids.length > 0 ? [...filter.ids] : [-1]);
  if (filter.date) q = q.where('m.date', '=', filter.date);
  if (filter.editionId !== undefined) q = q.where('m.edition_id', '=', filter.editionId);
  if (filter.from) q = q.where('m.date', '>=', filter.from);
  if (filter.to) q = q.where('m.date', '<=', filter.to);
  if (filter.season) {
    const season = filter.season;
    const alt = season.replace(/^(\d{4})[-/](\d{2})$/, '$1/$2');
    q = q.where((eb) => eb.or([eb('e.name', '=', season), eb('e.name', '=', alt)]));
  }
  if (filter.competition) {
    const ids = await competitionIdsNamed(db, filter.competition);
    q = q.where('c.id', 'in', ids.length > 0 ? ids : [-1]);
  }
  if (filter.team) {
    const ids = await teamIdsNamed(db, filter.team);
    const list = ids.length > 0 ? ids : [-1];
    q = q.where((eb) => eb.or([eb('m.home_team_id', 'in', list), eb('m.away_team_id', 'in', list)]));
  }
  // Unknown kick-off times first, as SQLite sorts nulls (PostgreSQL would put them last).
  q = q.orderBy('m.date').orderBy('m.time', (o) => o.asc().nullsFirst()).orderBy('m.id');
  if (filter.limit) q = q.limit(filter.limit);
  if (filter.offset) q = q.offset(filter.offset);
  const rows = await q.execute();
  if (rows.length === 0) return [];

  const wanted = filter.detailed && new Set(filter.detailed);
  const detailedRows = wanted ? rows.filter((r) => wanted.has(r.id)) : rows;
  const ids = detailedRows.map((r) => r.id);
  // Where an edition's source records cards, a match without booking rows had no cards at all.
  const editionIds = [...new Set(detailedRows.map((r) => r.edition_id))];
  const booked = new Set(
    editionIds.length === 0 ? [] : (
      await db
        .selectFrom('booking as b')
        .innerJoin('match as bm', 'bm.id', 'b.match_id')
        .select('bm.edition_id')
        .distinct()
        .where('bm.edition_id', 'in', editionIds)
        .execute()
    ).map((r) => r.edition_id),
  );
  const goals = new Map<number, StoredGoal[]>();
  const sources = new Map<number, StoredMatchSource[]>();
  const bookings = new Map<number, BookingData[]>();
  const kicks = new Map<number, ShootoutKickData[]>();
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    const goalRows = await db.selectFrom('goal').selectAll().where('match_id', 'in', chunk).orderBy('match_id').orderBy('seq').execute();
    for (const g of goalRows) {
      const list = goals.get(g.match_id) ?? [];
      list.push({
        id: g.id,
        side: g.side === 'away' ? 'away' : 'home',
        teamId: g.team_id,
        playerId: g.player_id,
        scorer: g.scorer_name,
        minute: g.minute,
        stoppage: g.stoppage,
        period: g.period,
        penalty: g.penalty === 1,
        ownGoal: g.own_goal === 1,
      });
      goals.set(g.match_id, list);
    }
    for (const b of await db.selectFrom('booking').selectAll().where('match_id', 'in', chunk).orderBy('id').execute()) {
      const list = bookings.get(b.match_id) ?? [];
      list.push({
        side: b.side === 'away' ? 'away' : 'home',
        player: { name: b.player_name },
        card: b.card as Card,
        minute: present(b.minute),
        stoppage: present(b.stoppage),
        period: present(b.period) as Period | undefined,
      });
      bookings.set(b.match_id, list);
    }
    for (const k of await db.selectFrom('shootout_kick').selectAll().where('match_id', 'in', chunk).orderBy('seq').execute()) {
      const list = kicks.get(k.match_id) ?? [];
      list.push({ side: k.side === 'away' ? 'away' : 'home', taker: k.taker_name !== null ? { name: k.taker_name } : undefined, order: k.seq, converted: k.converted === 1 });
      kicks.set(k.match_id, list);
    }
    const sourceRows = await db
      .selectFrom('match_source as ms')
      .innerJoin('source_file as f', 'f.id', 'ms.source_file_id')
      .select(['ms.match_id', 'ms.format', 'ms.source_key', 'f.path', 'ms.line'])
      .where('ms.match_id', 'in', chunk)
      .orderBy('ms.id')
      .execute();
    for (const s of sourceRows) {
      const list = sources.get(s.match_id) ?? [];
      list.push({ format: s.format, key: s.source_key, file: s.path, line: s.line });
      sources.set(s.match_id, list);
    }
  }

  return rows.map((r) => {
    const bare = wanted !== undefined && !wanted.has(r.id);
    const matchGoals = goals.get(r.id) ?? [];
    const goalData: GoalData[] = matchGoals.map((g) => ({
      side: g.side,
      scorer: g.scorer !== null ? { name: g.scorer } : undefined,
      minute: present(g.minute),
      stoppage: present(g.stoppage),
      period: present(g.period) as Period | undefined,
      penalty: g.penalty,
      ownGoal: g.ownGoal,
    }));
    const data: MatchData = {
      competition: { name: r.competition_name, sex: r.competition_sex as Sex, kind: r.competition_kind as CompetitionKind },
      edition: { name: r.edition_name, startYear: r.start_year, endYear: r.end_year },
      stage:
        r.stage_name !== null && r.stage_kind !== null
          ? { name: r.stage_name, kind: r.stage_kind as StageKind, order: present(r.stage_order) }
          : undefined,
      group: present(r.group_name),
      date: r.date,
      time: present(r.time),
      utcOffset: present(r.utc_offset),
      venue: present(r.venue),
      city: present(r.city),
      country: present(r.country),
      home: { name: r.home_name },
      away: { name: r.away_name },
      neutral: r.neutral === null ? undefined : r.neutral === 1,
      score: {
        halfTime: pair(r.ht_home, r.ht_away),
        fullTime: pair(r.ft_home, r.ft_away),
        extraTime: pair(r.et_home, r.et_away),
        penalties: pair(r.pen_home, r.pen_away),
        resultOnly: r.result_only === 1 ? true : undefined,
        shootoutWinner: r.shootout_winner === 'home' || r.shootout_winner === 'away' ? r.shootout_winner : undefined,
      },
      status: r.status as MatchStatus,
      statusNote: present(r.status_note),
      behindClosedDoors: r.behind_closed_doors === null ? undefined : r.behind_closed_doors === 1,
      attendance: present(r.attendance),
      matchNumber: present(r.match_number),
      replay: r.replay === 1 ? true : undefined,
      goals: r.goals_known === 1 && !bare ? goalData : undefined,
      bookings: bookings.get(r.id) ?? (booked.has(r.edition_id) && r.status === 'played' && !bare ? [] : undefined),
      shootout: kicks.get(r.id),
      notes: r.notes !== null ? r.notes.split('\n') : undefined,
    };
    return {
      id: r.id,
      competitionId: r.competition_id,
      editionId: r.edition_id,
      homeTeamId: r.home_team_id,
      awayTeamId: r.away_team_id,
      data,
      goals: matchGoals,
      sources: sources.get(r.id) ?? [],
    };
  });
}
