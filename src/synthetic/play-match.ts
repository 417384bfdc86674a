// Plays one fixture: goals with scorers and minutes, extra time and a shoot-out when the rules ask.
import type { GoalData, MatchData, PersonRef, ScorePair, ShootoutKickData } from '../domain/match-data.js';
import type { Period, Side } from '../domain/vocabulary.js';
import { clock, isoDate, offsetText } from './calendar.js';
import type { DecidingRules, Fixture, PlayedMatch } from './fixture.js';
import { drawGoals, expectedGoals } from './goal-model.js';
import { personName } from './names.js';
import type { Random } from './random.js';
import type { Player, Squad } from './world-types.js';

interface TimedGoal {
  readonly order: number;
  readonly goal: GoalData;
}

export function personRef(p: Player): PersonRef {
  return { name: personName(p.id, p.sex).name, sourceId: p.sourceId };
}

function other(side: Side): Side {
  return side === 'home' ? 'away' : 'home';
}

function scorer(rng: Random, squad: Squad): Player {
  const i = squad.scoringTotal > 0 ? rng.weightedIndex(squad.scoring, squad.scoringTotal) : rng.below(squad.members.length);
  return squad.members[i] ?? rng.pick(squad.members);
}

function ownGoalScorer(rng: Random, squad: Squad): Player {
  return squad.members[rng.weightedIndex(squad.ownGoal, squad.ownGoalTotal)] ?? rng.pick(squad.members);
}

/** A regulation minute: 1–90 with about one goal in twenty in stoppage time (45+, 90+). */
function regulationMinute(rng: Random): { minute: number; stoppage?: number; period: Period } {
  const m = rng.int(1, 96);
  if (m <= 45) return { minute: m, period: 'first_half' };
  if (m === 46) return { minute: 45, stoppage: rng.int(1, 4), period: 'first_half' };
  if (m <= 91) return { minute: m - 1, period: 'second_half' };
  return { minute: 90, stoppage: rng.int(1, 7), period: 'second_half' };
}

function extraTimeMinute(rng: Random): { minute: number; stoppage?: number; period: Period } {
  const m = rng.int(91, 121);
  if (m === 121) return { minute: 120, stoppage: rng.int(1, 3), period: 'extra_time_second' };
  return { minute: m, period: m <= 105 ? 'extra_time_first' : 'extra_time_second' };
}

function goalsFor(rng: Random, f: Fixture, side: Side, count: number, extraTime: boolean): TimedGoal[] {
  const own = side === 'home' ? f.home : f.away;
  const opponent = side === 'home' ? f.away : f.home;
  const out: TimedGoal[] = [];
  for (let i = 0; i < count; i++) {
    const time = extraTime ? extraTimeMinute(rng) : regulationMinute(rng);
    // About 3% own goals and 10% penalties, as in top-flight football.
    const ownGoal = rng.chance(3, 100);
    const penalty = !ownGoal && rng.chance(10, 97);
    const who = ownGoal ? ownGoalScorer(rng, opponent) : scorer(rng, own);
    out.push({
      order: time.minute * 100 + (time.stoppage ?? 0),
      goal: { ...time, side, scorer: personRef(who), penalty, ownGoal },
    });
  }
  return out;
}

/** Five kicks each, then sudden death; stops as soon as one side cannot be caught. */
function shootout(rng: Random, f: Fixture): { kicks: ShootoutKickData[]; score: ScorePair; first: Side } {
  const first: Side = rng.chance(1, 2) ? 'home' : 'away';
  const kicks: ShootoutKickData[] = [];
  const score = { home: 0, away: 0 };
  const taken = { home: 0, away: 0 };
  for (let round = 0; ; round++) {
    for (const side of [first, other(first)] as const) {
      const takers = side === 'home' ? f.home.takers : f.away.takers;
      const taker = takers[taken[side] % takers.length];
      taken[side] += 1;
      const converted = rng.chance(3, 4);
      if (converted) score[side] += 1;
      kicks.push({ side, order: kicks.length + 1, converted, ...(taker ? { taker: personRef(taker) } : {}) });
      if (round < 5) {
        const leftHome = 5 - taken.home;
        const leftAway = 5 - taken.away;
        if (score.home + leftHome < score.away || score.away + leftAway < score.home) return { kicks, score: [score.home, score.away], first };
      }
    }
    if (round >= 4 && score.home !== score.away) return { kicks, score: [score.home, score.away], first };
  }
}

function count(goals: readonly TimedGoal[], side: Side, periods: readonly Period[]): number {
  let n = 0;
  for (const g of goals) if (g.goal.side === side && g.goal.period !== undefined && periods.includes(g.goal.period)) n += 1;
  return n;
}

const FIRST_HALF: readonly Period[] = ['first_half'];
const REGULATION: readonly Period[] = ['first_half', 'second_half'];
const ALL: readonly Period[] = ['first_half', 'second_half', 'extra_time_first', 'extra_time_second'];

export function playMatch(rng: Random, f: Fixture, rules: DecidingRules): PlayedMatch {
  const [xh, xa] = expectedGoals(f.home.team.rating, f.away.team.rating, f.neutral);
  const goals = [...goalsFor(rng, f, 'home', drawGoals(rng, xh, false), false), ...goalsFor(rng, f, 'away', drawGoals(rng, xa, false), false)];
  const fullTime: ScorePair = [count(goals, 'home', REGULATION), count(goals, 'away', REGULATION)];
  let extraTime: ScorePair | undefined;
  if (rules.extraTime(fullTime)) {
    goals.push(...goalsFor(rng, f, 'home', drawGoals(rng, xh, true), true), ...goalsFor(rng, f, 'away', drawGoals(rng, xa, true), true));
    extraTime = [count(goals, 'home', ALL), count(goals, 'away', ALL)];
  }
  const final = extraTime ?? fullTime;
  const kicks = extraTime && rules.shootout(extraTime) ? shootout(rng, f) : undefined;
  // A stable sort keeps the draw order of goals in the same minute.
  goals.sort((a, b) => a.order - b.order);
  const match: MatchData = {
    competition: f.competition,
    edition: f.edition,
    ...(f.stage ? { stage: f.stage } : {}),
    ...(f.group !== undefined ? { group: f.group } : {}),
    date: isoDate(f.day),
    time: clock(f.kickoff),
    utcOffset: offsetText(f.utcOffset),
    venue: f.venue,
    city: f.city,
    country: f.country,
    home: f.home.team.ref,
    away: f.away.team.ref,
    neutral: f.neutral,
    score: {
      halfTime: [count(goals, 'home', FIRST_HALF), count(goals, 'away', FIRST_HALF)],
      fullTime,
      ...(extraTime ? { extraTime } : {}),
      ...(kicks ? { penalties: kicks.score, shootoutFirstKicker: kicks.first } : {}),
    },
    status: 'played',
    ...(f.matchNumber !== undefined ? { matchNumber: f.matchNumber } : {}),
    goals: goals.map((g) => g.goal),
    ...(kicks ? { shootout: kicks.kicks } : {}),
  };
  const shootoutWinner: Side | undefined = kicks ? (kicks.score[0] > kicks.score[1] ? 'home' : 'away') : undefined;
  return { fixture: f, match, final, ...(shootoutWinner ? { shootoutWinner } : {}) };
}
