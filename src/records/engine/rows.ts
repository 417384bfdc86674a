// The rows a match adds to each unit: its goals, its players, its two teams, the match itself.
// Fields are named as in `../definitions/unit-fields.ts`; a field the data cannot give is null.
import { goalsOf, otherSide, teamOf, type RecordGoal, type RecordMatch, type RecordTeam, type Side } from './record-match.js';

export type FieldValue = number | boolean | string | null;
export type Fields = Record<string, FieldValue>;
export type Venue = 'home' | 'away' | 'neutral';

export type SubjectKind = 'player' | 'team' | 'match' | 'tie' | 'edition';

export interface Subject {
  readonly kind: SubjectKind;
  /** Stable within a store: `p12`, `t7`, `m401`, `tie401`, `e22` (an edition; `e1954` where a book's editions are years). */
  readonly key: string;
  readonly id: number;
  readonly name: string;
}

/** One row of a unit, from one match. */
export interface UnitRow {
  readonly subject: Subject;
  readonly match: RecordMatch;
  readonly side: Side | null;
  readonly team: RecordTeam | null;
  readonly opponent: RecordTeam | null;
  readonly venue: Venue | null;
  readonly birthDate: string | null;
  readonly fields: Fields;
  /** The goal rows behind it: the proof of a scorer's row. */
  readonly goalIds: readonly number[];
}

export function venueOf(match: RecordMatch, side: Side): Venue {
  if (match.neutral === true) return 'neutral';
  // A host plays at home wherever the source lists it (France v South Africa, 2010): where one side
  // is a host of the edition, the other is away.
  const hosts = match.hosts;
  if (hosts && hosts[0] !== hosts[1]) return ofSide(hosts, side) ? 'home' : 'away';
  return side;
}

function resultOf(match: RecordMatch, side: Side): 'win' | 'draw' | 'loss' {
  const own = goalsOf(match, side);
  const other = goalsOf(match, otherSide(side));
  return own > other ? 'win' : own < other ? 'loss' : 'draw';
}

export const playerSubject = (id: number, name: string): Subject => ({ kind: 'player', key: `p${id}`, id, name });
export const teamSubject = (team: RecordTeam): Subject => ({ kind: 'team', key: `t${team.id}`, id: team.id, name: team.name });

/** The side a scorer played for: an own goal is credited to the other side. */
function scorerSide(goal: RecordGoal): Side {
  return goal.ownGoal ? otherSide(goal.side) : goal.side;
}

function minuteKnown(goal: RecordGoal): boolean {
  return goal.minute !== null;
}

export function goalRows(match: RecordMatch): UnitRow[] {
  const rows: UnitRow[] = [];
  const allTimed = match.goals.every(minuteKnown);
  const perScorer = new Map<number, number>();
  match.goals.forEach((goal, index) => {
    if (goal.playerId === null) return;
    const side = scorerSide(goal);
    const nth = (perScorer.get(goal.playerId) ?? 0) + (goal.ownGoal ? 0 : 1);
    perScorer.set(goal.playerId, nth);
    rows.push({
      subject: playerSubject(goal.playerId, goal.playerName ?? '?'),
      match,
      side,
      team: teamOf(match, side),
      opponent: teamOf(match, otherSide(side)),
      venue: venueOf(match, side),
      birthDate: goal.birthDate,
      goalIds: [goal.id],
      fields: {
        minute: goal.minute,
        stoppage: goal.minute === null ? null : (goal.stoppage ?? 0),
        period: goal.period,
        extraTime: goal.period === null ? (goal.minute === null ? null : goal.minute > 90) : goal.period.startsWith('extra_time'),
        penalty: goal.penalty,
        ownGoal: goal.ownGoal,
        matchGoalNumber: allTimed ? index + 1 : null,
        scorerGoalInMatch: allTimed && !goal.ownGoal ? nth : null,
      },
    });
  });
  return rows;
}

/** A minute as one sortable number: 90+3' is 90.03. */
export function minuteValue(minute: number, stoppage: number | null): number {
  return minute + (stoppage ?? 0) / 100;
}

/** Players with a goal or a card in the match: without line-ups, the only players the data shows. */
export function playerMatchRows(match: RecordMatch): UnitRow[] {
  interface Tally {
    id: number;
    name: string;
    birthDate: string | null;
    side: Side;
    goals: number;
    penaltyGoals: number;
    ownGoals: number;
    minutes: number[];
    goalIds: number[];
    yellow: number;
    red: number;
    /** Minute of the first red card (a second yellow counts); null without one, or when the data does not give it. */
    redMinute: number | null;
  }
  const players = new Map<number, Tally>();
  const get = (id: number, name: string, birthDate: string | null, side: Side): Tally => {
    let tally = players.get(id);
    if (!tally) {
      tally = { id, name, birthDate, side, goals: 0, penaltyGoals: 0, ownGoals: 0, minutes: [], goalIds: [], yellow: 0, red: 0, redMinute: null };
      players.set(id, tally);
    }
    return tally;
  };
  for (const goal of match.goals) {
    if (goal.playerId === null) continue;
    const tally = get(goal.playerId, goal.playerName ?? '?', goal.birthDate, scorerSide(goal));
    tally.goalIds.push(goal.id);
    if (goal.ownGoal) {
      tally.ownGoals += 1;
      continue;
    }
    tally.goals += 1;
    if (goal.penalty) tally.penaltyGoals += 1;
    tally.minutes.push(goal.minute === null ? Number.NaN : minuteValue(goal.minute, goal.stoppage));
  }
  for (const booking of match.bookings) {
    if (booking.playerId === null) continue;
    const tally = get(booking.playerId, booking.playerName, booking.birthDate, booking.side);
    if (booking.card === 'yellow') tally.yellow += 1;
    else {
      tally.red += 1;
      // A second yellow's minute is its own only where the first caution is a card of its own: a
      // source that writes both in one row may give the first's minute.
      const ownMinute = booking.minute != null && (booking.card !== 'second_yellow' || tally.yellow > 0);
      // Bookings come in match order: the first red is the sending-off.
      if (tally.red === 1 && ownMinute) tally.redMinute = minuteValue(booking.minute!, booking.stoppage ?? null);
    }
  }
  const rows: UnitRow[] = [];
  for (const t of players.values()) {
    const minute = (n: number): number | null => {
      const value = t.minutes[n];
      return value === undefined || Number.isNaN(value) ? null : value;
    };
    rows.push({
      subject: playerSubject(t.id, t.name),
      match,
      side: t.side,
      team: teamOf(match, t.side),
      opponent: teamOf(match, otherSide(t.side)),
      venue: venueOf(match, t.side),
      birthDate: t.birthDate,
      goalIds: t.goalIds,
      fields: {
        goals: t.goals,
        penaltyGoals: t.penaltyGoals,
        nonPenaltyGoals: t.goals - t.penaltyGoals,
        ownGoals: t.ownGoals,
        minuteOfFirstGoal: minute(0),
        minuteOfThirdGoal: minute(2),
        result: resultOf(match, t.side),
        started: null,
        substitute: null,
        yellowCards: t.yellow,
        redCards: t.red,
        minuteOfRedCard: t.redMinute,
      },
    });
  }
  return rows;
}

/** Most goals the side trailed by at any moment, from the goals in order; null without scorers. */
function maxDeficit(match: RecordMatch, side: Side): number | null {
  if (!match.scorersKnown || match.goals.length !== match.homeGoals + match.awayGoals) return null;
  let own = 0;
  let other = 0;
  let worst = 0;
  for (const goal of match.goals) {
    if (goal.side === side) own += 1;
    else other += 1;
    worst = Math.max(worst, other - own);
  }
  return worst;
}

/** A per-side flag of the match, or null where the data does not say. */
function ofSide(pair: readonly [boolean, boolean] | null | undefined, side: Side): boolean | null {
  return pair == null ? null : pair[side === 'home' ? 0 : 1];
}

export function teamMatchRows(match: RecordMatch): UnitRow[] {
  return (['home', 'away'] as const).map((side) => {
    const goalsFor = goalsOf(match, side);
    const goalsAgainst = goalsOf(match, otherSide(side));
    return {
      subject: teamSubject(teamOf(match, side)),
      match,
      side,
      team: teamOf(match, side),
      opponent: teamOf(match, otherSide(side)),
      venue: venueOf(match, side),
      birthDate: null,
      goalIds: [],
      fields: {
        goalsFor,
        goalsAgainst,
        margin: goalsFor - goalsAgainst,
        result: resultOf(match, side),
        cleanSheet: goalsAgainst === 0,
        extraTime: match.extraTime,
        shootout: match.shootout,
        wonShootout: match.shootout ? match.shootoutWinner === side : false,
        maxDeficit: maxDeficit(match, side),
        // Known only from the book's earlier editions: `units.ts` fills them for the definitions that read them.
        holders: null,
        matchInEdition: null,
        hosts: ofSide(match.hosts, side),
        outInGroupStage: ofSide(match.outInGroupStage, side),
      },
    };
  });
}

export function matchRow(match: RecordMatch): UnitRow {
  const firstGoal = match.goals[0];
  const scorers = new Set(match.goals.filter((g) => !g.ownGoal && g.playerId !== null).map((g) => g.playerId));
  return {
    subject: { kind: 'match', key: `m${match.id}`, id: match.id, name: `${match.home.name} v ${match.away.name}` },
    match,
    side: null,
    team: match.home,
    opponent: match.away,
    venue: match.neutral === true ? 'neutral' : null,
    birthDate: null,
    goalIds: [],
    fields: {
      totalGoals: match.homeGoals + match.awayGoals,
      homeGoals: match.homeGoals,
      awayGoals: match.awayGoals,
      margin: Math.abs(match.homeGoals - match.awayGoals),
      draw: match.homeGoals === match.awayGoals,
      extraTime: match.extraTime,
      shootout: match.shootout,
      shootoutKicks: null,
      minuteOfFirstGoal: firstGoal && firstGoal.minute !== null && match.scorersKnown ? minuteValue(firstGoal.minute, firstGoal.stoppage) : null,
      scorers: match.scorersKnown ? scorers.size : null,
      redCards: match.bookings.filter((b) => b.card !== 'yellow').length,
      yellowCards: match.bookings.filter((b) => b.card === 'yellow').length,
    },
  };
}
