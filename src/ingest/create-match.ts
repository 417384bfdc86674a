// Writing a match no store row describes yet, with its goals, shoot-out, bookings and substitutions.
import type { BookingData, GoalData, MatchData, SubstitutionData } from '../domain/match-data.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import type { IngestContext, MatchRow } from './ingest-context.js';
import { flag, otherSide } from './match-rows.js';
import { resolveEventPlayer } from './resolve-players.js';

export interface MatchPlacement {
  readonly editionId: number;
  readonly competitionId: number;
  readonly stageId: number | null;
  readonly group: string | null;
  readonly homeTeamId: number;
  readonly awayTeamId: number;
}

export function matchColumns(m: MatchData, place: MatchPlacement): Omit<MatchRow, 'id' | 'source_file_id' | 'goals_known'> {
  const s = m.score;
  return {
    edition_id: place.editionId,
    stage_id: place.stageId,
    group_name: place.group,
    round: m.round ?? null,
    date: m.date,
    time: m.time ?? null,
    utc_offset: m.utcOffset ?? null,
    venue: m.venue ?? null,
    city: m.city ?? null,
    country: m.country ?? null,
    home_team_id: place.homeTeamId,
    away_team_id: place.awayTeamId,
    home_name: m.home.name,
    away_name: m.away.name,
    neutral: flag(m.neutral),
    ht_home: s.halfTime?.[0] ?? null,
    ht_away: s.halfTime?.[1] ?? null,
    ft_home: s.fullTime?.[0] ?? null,
    ft_away: s.fullTime?.[1] ?? null,
    et_home: s.extraTime?.[0] ?? null,
    et_away: s.extraTime?.[1] ?? null,
    pen_home: s.penalties?.[0] ?? null,
    pen_away: s.penalties?.[1] ?? null,
    result_only: s.resultOnly ? 1 : 0,
    shootout_winner: s.shootoutWinner ?? (s.penalties ? (s.penalties[0] > s.penalties[1] ? 'home' : 'away') : null),
    shootout_first: s.shootoutFirstKicker ?? null,
    status: m.status,
    status_note: m.statusNote ?? null,
    behind_closed_doors: flag(m.behindClosedDoors),
    attendance: m.attendance ?? null,
    match_number: m.matchNumber ?? null,
    replay: m.replay ? 1 : 0,
    notes: m.notes && m.notes.length > 0 ? m.notes.join('\n') : null,
  };
}

export function insertMatch(
  ctx: IngestContext,
  m: MatchData,
  place: MatchPlacement,
  format: SourceFormat,
  sourceFileId: number,
): MatchRow {
  // Adding three columns to the fresh object is far cheaper than spreading thirty into a new one.
  const row: MatchRow = Object.assign(matchColumns(m, place), {
    id: ctx.nextId('match'),
    goals_known: m.goals !== undefined ? (1 as const) : (0 as const),
    source_file_id: sourceFileId,
  });
  ctx.writes.insert('match', row);
  ctx.rememberMatch(row);
  ctx.indexMatchPair(row, place.competitionId);
  if (m.goals) insertGoals(ctx, row, m.goals, format, sourceFileId);
  insertMatchEvents(ctx, row, m, format, sourceFileId);
  return row;
}

function teamOf(row: MatchRow, side: 'home' | 'away'): number {
  return side === 'home' ? row.home_team_id : row.away_team_id;
}

export function insertGoals(
  ctx: IngestContext,
  row: MatchRow,
  goals: readonly GoalData[],
  format: SourceFormat,
  sourceFileId: number,
): void {
  goals.forEach((g, index) => {
    // An own goal's scorer plays for the side that conceded it.
    const scorerTeam = teamOf(row, g.ownGoal ? otherSide(g.side) : g.side);
    const goal = {
      id: ctx.nextId('goal'),
      match_id: row.id,
      seq: index + 1,
      side: g.side,
      team_id: teamOf(row, g.side),
      player_id: g.scorer ? resolveEventPlayer(ctx, g.scorer, scorerTeam, format, sourceFileId, row.date) : null,
      scorer_name: g.scorer?.name ?? null,
      minute: g.minute ?? null,
      stoppage: g.stoppage ?? null,
      period: g.period ?? null,
      penalty: g.penalty ? (1 as const) : (0 as const),
      own_goal: g.ownGoal ? (1 as const) : (0 as const),
      source_file_id: sourceFileId,
    };
    ctx.writes.insert('goal', goal);
    ctx.rememberGoal(goal);
  });
}

/** Shoot-out kicks, bookings and substitutions: written when the stored match has none yet. */
export function insertMatchEvents(
  ctx: IngestContext,
  row: MatchRow,
  m: MatchData,
  format: SourceFormat,
  sourceFileId: number,
): void {
  if (m.shootout && m.shootout.length > 0 && !ctx.matchesWithKicks.has(row.id)) {
    ctx.matchesWithKicks.add(row.id);
    m.shootout.forEach((k, index) => {
      const team = teamOf(row, k.side);
      ctx.writes.insert('shootout_kick', {
        id: ctx.nextId('shootout_kick'),
        match_id: row.id,
        seq: k.order ?? index + 1,
        side: k.side,
        team_id: team,
        player_id: k.taker ? resolveEventPlayer(ctx, k.taker, team, format, sourceFileId, row.date) : null,
        taker_name: k.taker?.name ?? null,
        converted: k.converted ? 1 : 0,
        source_file_id: sourceFileId,
      });
    });
  }
  if (m.bookings && m.bookings.length > 0 && !ctx.matchesWithBookings.has(row.id)) {
    ctx.matchesWithBookings.add(row.id);
    for (const b of m.bookings) {
      ctx.writes.insert('booking', { ...playerEvent(ctx, row, b, format, sourceFileId), id: ctx.nextId('booking'), card: b.card });
    }
  }
  if (m.substitutions && m.substitutions.length > 0 && !ctx.matchesWithSubstitutions.has(row.id)) {
    ctx.matchesWithSubstitutions.add(row.id);
    for (const sub of m.substitutions) {
      ctx.writes.insert('substitution', {
        ...playerEvent(ctx, row, sub, format, sourceFileId),
        id: ctx.nextId('substitution'),
        direction: sub.direction,
      });
    }
  }
}

/** The columns a booking and a substitution share: who, for which side, when. */
function playerEvent(
  ctx: IngestContext,
  row: MatchRow,
  event: BookingData | SubstitutionData,
  format: SourceFormat,
  sourceFileId: number,
) {
  const team = teamOf(row, event.side);
  return {
    match_id: row.id,
    side: event.side,
    team_id: team,
    player_id: resolveEventPlayer(ctx, event.player, team, format, sourceFileId, row.date),
    player_name: event.player.name,
    minute: event.minute ?? null,
    stoppage: event.stoppage ?? null,
    period: event.period ?? null,
    source_file_id: sourceFileId,
  };
}
