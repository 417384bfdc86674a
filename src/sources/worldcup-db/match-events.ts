// Goals, shoot-out kicks, bookings and substitutions of one match, from their per-event rows.
import type {
  BookingData,
  GoalData,
  MinuteOfPlay,
  PersonRef,
  ShootoutKickData,
  SubstitutionData,
} from '../../domain/match-data.js';
import type { Period, Side } from '../../domain/vocabulary.js';
import { BINARY, CARDS, DIRECTIONS, PERIODS } from './codes.js';
import type { CsvRow } from '../csv/csv-row.js';

/** The two team ids of a match and the people the event rows refer to. */
export interface MatchContext {
  readonly homeId: string;
  readonly awayId: string;
  readonly players: ReadonlyMap<string, PersonRef>;
}

/**
 * The side of the event's `team_id`. For an own goal, goals.csv credits the team awarded the goal
 * (codebook), which is what GoalData.side means.
 */
function sideOf(row: CsvRow, context: MatchContext): Side {
  const team = row.text('team_id');
  if (team === context.homeId) return 'home';
  if (team === context.awayId) return 'away';
  throw row.error('team_id', `team_id ${team} plays neither side of ${row.text('match_id')}`);
}

// 0 means "not in stoppage time", not "the 0th minute of it".
function stoppageOf(row: CsvRow): number | undefined {
  const stoppage = row.int('minute_stoppage');
  return stoppage > 0 ? stoppage : undefined;
}

function periodOf(row: CsvRow): Period {
  return row.code('match_period', PERIODS);
}

/** Goals in the order they were scored; rows sharing a minute keep file order. */
export function goalsOf(rows: readonly CsvRow[], context: MatchContext): GoalData[] {
  return rows
    .map((row) => ({
      minute: row.int('minute_regulation'),
      stoppage: stoppageOf(row),
      period: periodOf(row),
      side: sideOf(row, context),
      scorer: row.ref('player_id', context.players),
      penalty: row.code('penalty', BINARY),
      ownGoal: row.code('own_goal', BINARY),
    }))
    .sort(byMinute);
}

function byMinute(a: MinuteOfPlay, b: MinuteOfPlay): number {
  return (a.minute ?? 0) - (b.minute ?? 0) || (a.stoppage ?? 0) - (b.stoppage ?? 0);
}

/**
 * Kicks in file (key_id) order. That order lists each team's kicks together, not as they were
 * taken (2022 final: four Argentina kicks, then France's), so `order` stays unknown.
 */
export function shootoutOf(rows: readonly CsvRow[], context: MatchContext): ShootoutKickData[] {
  return [...rows]
    .sort((a, b) => a.int('key_id') - b.int('key_id'))
    .map((row) => ({
      side: sideOf(row, context),
      taker: row.ref('player_id', context.players),
      converted: row.code('converted', BINARY),
    }));
}

/**
 * One row per card, except a sending-off after a caution: one row flags both (yellow_card and
 * second_yellow_card or red_card), at the caution's minute — Šimunić, Croatia v Australia 2006,
 * is at 61', booked then, sent off at 90+3'. That sending-off keeps no minute: the file does not
 * give it. Cards stay in the order of the minutes the file gives.
 */
export function bookingsOf(rows: readonly CsvRow[], context: MatchContext): BookingData[] {
  return rows
    .map((row) => {
      const shown: MinuteOfPlay = { minute: row.int('minute_regulation'), stoppage: stoppageOf(row), period: periodOf(row) };
      const card = row.code(['yellow_card', 'red_card', 'second_yellow_card'], CARDS);
      const afterCaution = card !== 'yellow' && row.code('yellow_card', BINARY);
      const booking: BookingData = { ...(afterCaution ? {} : shown), side: sideOf(row, context), player: row.ref('player_id', context.players), card };
      return { booking, shown };
    })
    .sort((a, b) => byMinute(a.shown, b.shown))
    .map(({ booking }) => booking);
}

export function substitutionsOf(rows: readonly CsvRow[], context: MatchContext): SubstitutionData[] {
  return rows
    .map((row) => ({
      minute: row.int('minute_regulation'),
      stoppage: stoppageOf(row),
      period: periodOf(row),
      side: sideOf(row, context),
      player: row.ref('player_id', context.players),
      direction: row.code(['going_off', 'coming_on'], DIRECTIONS),
    }))
    .sort(byMinute);
}
