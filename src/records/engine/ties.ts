// Two-legged ties as rows: the first leg waits in the book's state; the second completes the tie,
// which the competition's own rules decide (away goals where the season used them).
import type { MatchData } from '../../domain/match-data.js';
import { tieRulesFor } from '../../rules/ties/tie-rules-for.js';
import { decideTwoLegs } from '../../rules/ties/decide-two-legs.js';
import { KNOCKOUT_STAGE_KINDS } from '../definitions/vocabulary.js';
import type { EvaluateContext } from './evaluate-context.js';
import type { RecordMatch } from './record-match.js';
import type { UnitRow } from './rows.js';

interface StoredLeg {
  id: number;
  date: string;
  home: { id: number; name: string };
  away: { id: number; name: string };
  fullTime: [number, number];
  homeGoals: number;
  awayGoals: number;
  extraTime: boolean;
  penalties: [number, number] | null;
}

function legOf(match: RecordMatch): StoredLeg {
  return {
    id: match.id,
    date: match.date,
    home: match.home,
    away: match.away,
    fullTime: [match.fullTime[0], match.fullTime[1]],
    homeGoals: match.homeGoals,
    awayGoals: match.awayGoals,
    extraTime: match.extraTime,
    penalties: match.penalties ? [match.penalties[0], match.penalties[1]] : null,
  };
}

function asMatchData(match: RecordMatch, leg: StoredLeg): MatchData {
  return {
    competition: { name: match.competition.name, sex: match.competition.sex, kind: match.competition.kind as MatchData['competition']['kind'] },
    edition: { name: match.editionName, startYear: match.editionStartYear, endYear: match.editionStartYear + 1 },
    date: leg.date,
    home: { name: leg.home.name },
    away: { name: leg.away.name },
    score: {
      fullTime: leg.fullTime,
      ...(leg.extraTime ? { extraTime: [leg.homeGoals, leg.awayGoals] as const } : {}),
      ...(leg.penalties ? { penalties: leg.penalties } : {}),
    },
    status: 'played',
  };
}

const KNOCKOUT = new Set(KNOCKOUT_STAGE_KINDS);

export interface TieRows {
  readonly rows: readonly UnitRow[];
  commit(): void;
}

/** The tie this match completes, if it is a second leg; otherwise it is kept as a first leg. */
export function tieRows(ctx: EvaluateContext): TieRows {
  const match = ctx.match;
  if (match.stageKind === null || !KNOCKOUT.has(match.stageKind) || match.stageKind === 'final') return { rows: [], commit() {} };
  const rules = tieRulesFor({ name: match.competition.name, sex: match.competition.sex, kind: match.competition.kind as MatchData['competition']['kind'] }, {
    name: match.editionName,
    startYear: match.editionStartYear,
    endYear: match.editionStartYear + 1,
  });
  const [low, high] = match.home.id < match.away.id ? [match.home.id, match.away.id] : [match.away.id, match.home.id];
  const key = `${match.editionId}|${match.stageKind}|${low}-${high}`;
  const firstLeg = ctx.state.get<StoredLeg | null>(ctx.stateKey, 'legs', key) ?? null;
  if (!firstLeg || firstLeg.home.id !== match.away.id) {
    return { rows: [], commit: () => ctx.state.set(ctx.stateKey, 'legs', key, legOf(match)) };
  }
  const second = legOf(match);
  const teams = [firstLeg.home.name, firstLeg.away.name] as const;
  const outcome = decideTwoLegs(teams, [asMatchData(match, firstLeg), asMatchData(match, second)], rules.twoLegs);
  if (!outcome.winner || !outcome.aggregate) return { rows: [], commit: () => ctx.state.set(ctx.stateKey, 'legs', key, null) };
  const [a, b] = outcome.aggregate;
  const winnerIsFirst = outcome.winner === teams[0];
  const winner = winnerIsFirst ? firstLeg.home : firstLeg.away;
  const loser = winnerIsFirst ? firstLeg.away : firstLeg.home;
  const winnerGoals = winnerIsFirst ? a : b;
  const loserGoals = winnerIsFirst ? b : a;
  // After the first leg, the winner (home there, or away) trailed by this many.
  const firstLegFor = winnerIsFirst ? firstLeg.homeGoals - firstLeg.awayGoals : firstLeg.awayGoals - firstLeg.homeGoals;
  const row: UnitRow = {
    subject: { kind: 'tie', key: `tie${match.id}`, id: match.id, name: `${winner.name} v ${loser.name}` },
    match,
    side: null,
    team: winner,
    opponent: loser,
    venue: null,
    birthDate: null,
    goalIds: [],
    fields: {
      aggregateGoals: a + b,
      winnerGoals,
      loserGoals,
      margin: winnerGoals - loserGoals,
      extraTime: match.extraTime,
      shootout: match.shootout,
      awayGoals: outcome.decidedBy === 'away_goals' || outcome.decidedBy === 'away_goals_in_extra_time',
      deficitOverturned: Math.max(0, -firstLegFor),
      firstLegId: firstLeg.id,
    },
  };
  return { rows: [row], commit: () => ctx.state.set(ctx.stateKey, 'legs', key, null) };
}
