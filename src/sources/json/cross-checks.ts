// Rules that span fields of one entry: goals add up to the score, scores only grow, a season spans
// consecutive years. Runs after the schema, on typed input; returns problems, never throws.
import { nameKey } from '../../domain/names.js';
import type { ScorePair } from '../../domain/match-data.js';
import type { Side } from '../../domain/vocabulary.js';
import { messages, type Problem } from './messages.js';
import type { MatchInput, StatusInput } from './schema.js';
import { periodOfMinute, sideOf, STOPPAGE_MINUTES, teamNameOf } from './side-of.js';

type Tally = [home: number, away: number];

const shown = (pair: ScorePair): string => `${pair[0]}-${pair[1]}`;
const below = (later: ScorePair, earlier: ScorePair): boolean => later[0] < earlier[0] || later[1] < earlier[1];
const differ = (a: ScorePair, b: ScorePair): boolean => a[0] !== b[0] || a[1] !== b[1];
const add = (tally: Tally, side: Side): void => {
  tally[side === 'home' ? 0 : 1]++;
};

/**
 * Everything wrong across the fields of one match, in document order where possible.
 *
 * @example matchProblems(input) // [] for Valencia 3-4 Atalanta with its seven goals
 */
export function matchProblems(input: MatchInput): Problem[] {
  return [...seasonProblems(input), ...teamProblems(input), ...scoreProblems(input), ...goalProblems(input), ...shootoutProblems(input)];
}

/** A status update must change something. */
export function statusProblems(input: StatusInput): Problem[] {
  const changes = [input.status, input.statusNote, input.behindClosedDoors, input.attendance];
  return changes.every((value) => value === undefined) ? [{ path: [], detail: messages.changesNothing() }] : [];
}

function seasonProblems({ season }: MatchInput): Problem[] {
  const years = /^(\d{4})\/(\d{2})$/.exec(season);
  if (years && (Number(years[1]) + 1) % 100 !== Number(years[2])) return [{ path: ['season'], detail: messages.seasonSpan(season) }];
  return [];
}

function teamProblems({ home, away }: MatchInput): Problem[] {
  const name = teamNameOf(home);
  return nameKey(name) === nameKey(teamNameOf(away)) ? [{ path: ['away'], detail: messages.sameTeams(name) }] : [];
}

function scoreProblems({ score, status }: MatchInput): Problem[] {
  const problems: Problem[] = [];
  const { halfTime, fullTime, extraTime, penalties } = score ?? {};
  if (halfTime && fullTime && below(fullTime, halfTime)) {
    problems.push({ path: ['score', 'fullTime'], detail: messages.scoreBelow('fullTime', 'halfTime', shown(fullTime), shown(halfTime)) });
  }
  if (extraTime && !fullTime) problems.push({ path: ['score', 'extraTime'], detail: messages.scoreNeeds('extraTime', 'fullTime') });
  if (extraTime && fullTime && below(extraTime, fullTime)) {
    problems.push({ path: ['score', 'extraTime'], detail: messages.scoreBelow('extraTime', 'fullTime', shown(extraTime), shown(fullTime)) });
  }
  if (penalties && !fullTime) problems.push({ path: ['score', 'penalties'], detail: messages.scoreNeeds('penalties', 'fullTime') });
  if (penalties && penalties[0] === penalties[1]) problems.push({ path: ['score', 'penalties'], detail: messages.penaltiesLevel(shown(penalties)) });
  if (status === 'played' && !fullTime) problems.push({ path: ['status'], detail: messages.playedWithoutScore() });
  if (status === 'scheduled' && fullTime) problems.push({ path: ['status'], detail: messages.scheduledWithScore() });
  return problems;
}

function goalProblems(input: MatchInput): Problem[] {
  const { goals, home, away, score, status } = input;
  if (!goals) return [];
  const fullTime = score?.fullTime;
  const extraTime = score?.extraTime;
  if (!fullTime) return [{ path: ['goals'], detail: messages.listWithoutScore('goals', 'fullTime') }];
  const problems: Problem[] = [];
  const regulation: Tally = [0, 0];
  const all: Tally = [0, 0];
  goals.forEach((goal, i) => {
    const side = sideOf(goal.team, home, away);
    if (!side) {
      problems.push({ path: ['goals', i, 'team'], detail: messages.unknownSide(['goals', i, 'team'], goal.team, teamNameOf(home), teamNameOf(away)) });
      return;
    }
    if (goal.stoppage !== undefined && !STOPPAGE_MINUTES.has(goal.minute)) {
      problems.push({ path: ['goals', i, 'stoppage'], detail: messages.stoppageMinute(['goals', i, 'stoppage'], goal.minute) });
    }
    const period = periodOfMinute(goal.minute);
    if (goal.period !== undefined && goal.period !== period) {
      problems.push({ path: ['goals', i, 'period'], detail: messages.periodMismatch(['goals', i, 'period'], goal.period, goal.minute, period) });
    }
    const inRegulation = period === 'first_half' || period === 'second_half';
    if (!inRegulation && !extraTime) problems.push({ path: ['goals', i, 'minute'], detail: messages.extraTimeGoal(['goals', i], goal.minute) });
    if (inRegulation) add(regulation, side);
    add(all, side);
  });
  // An awarded result is the organiser's score, not the goals scored on the pitch.
  if (problems.length || status === 'awarded') return problems;
  if (differ(regulation, fullTime)) {
    return [{ path: ['goals'], detail: messages.countsDiffer('goals in 90 minutes', shown(regulation), 'fullTime', shown(fullTime)) }];
  }
  if (extraTime && differ(all, extraTime)) {
    return [{ path: ['goals'], detail: messages.countsDiffer('goals in 120 minutes', shown(all), 'extraTime', shown(extraTime)) }];
  }
  return [];
}

function shootoutProblems({ shootout, home, away, score }: MatchInput): Problem[] {
  if (!shootout) return [];
  const penalties = score?.penalties;
  if (!penalties) return [{ path: ['shootout'], detail: messages.listWithoutScore('shootout', 'penalties') }];
  const problems: Problem[] = [];
  const converted: Tally = [0, 0];
  shootout.forEach((kick, i) => {
    const side = sideOf(kick.team, home, away);
    if (!side) problems.push({ path: ['shootout', i, 'team'], detail: messages.unknownSide(['shootout', i, 'team'], kick.team, teamNameOf(home), teamNameOf(away)) });
    else if (kick.converted) add(converted, side);
  });
  if (!problems.length && differ(converted, penalties)) {
    problems.push({ path: ['shootout'], detail: messages.countsDiffer('converted kicks', shown(converted), 'penalties', shown(penalties)) });
  }
  return problems;
}
