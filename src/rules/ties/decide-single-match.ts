// Decides a single-match tie, and a drawn match settled by a replay.
import type { MatchData, StageRef } from '../../domain/match-data.js';
import { describeLeg, finalScore, forTeam, isLevel, isPending, isVoid, shootoutWinner } from './leg-score.js';
import type { DecidedBy, TieOutcome } from './tie.js';
import type { LevelAfterExtraTime, SingleMatchRules } from './tie-rules.js';

type Teams = readonly [string, string];

/** `3-3 a.e.t.` from the winner's side (or the home side when level). */
function scoreText(match: MatchData, first: string): string {
  const final = finalScore(match);
  if (final === undefined) return match.status;
  const s = forTeam(final, match, first);
  return `${s[0]}-${s[1]}${match.score.extraTime ? ' a.e.t.' : ''}`;
}

function won(teams: Teams, winner: string, decidedBy: DecidedBy, text: string, warnings: string[]): TieOutcome {
  return { winner, loser: teams[0] === winner ? teams[1] : teams[0], decidedBy, status: 'decided', text, warnings };
}

/** One match on its own: who won it, and how. */
function decideMatch(teams: Teams, match: MatchData, levelRule: LevelAfterExtraTime, warnings: string[]): TieOutcome {
  if (isPending(match)) return { status: 'open', text: `${match.home.name} v ${match.away.name}: not played yet`, warnings };
  if (isVoid(match)) {
    warnings.push(`${describeLeg(match)}: match ${match.status}`);
    return { status: 'undecidable', text: `${match.home.name} v ${match.away.name}: match ${match.status}`, warnings };
  }
  const final = finalScore(match);
  if (final === undefined) {
    warnings.push(`${describeLeg(match)}: no score`);
    return { status: 'undecidable', text: `${match.home.name} v ${match.away.name}: no score`, warnings };
  }
  if (match.status === 'awarded' && !isLevel(final)) {
    const winner = final[0] > final[1] ? match.home.name : match.away.name;
    return won(teams, winner, 'awarded', `${winner} awarded the match ${scoreText(match, winner)}`, warnings);
  }
  if (!isLevel(final)) {
    const winner = final[0] > final[1] ? match.home.name : match.away.name;
    const aet = match.score.extraTime !== undefined;
    if (aet && match.score.fullTime && !isLevel(match.score.fullTime)) {
      warnings.push(`${describeLeg(match)}: extra time although the match was not level after 90 minutes`);
    }
    return won(teams, winner, aet ? 'extra_time' : 'single_match', `${winner} won ${scoreText(match, winner)}`, warnings);
  }
  const shootout = shootoutWinner(match);
  if (shootout !== undefined) {
    if (match.score.extraTime === undefined) warnings.push(`${describeLeg(match)}: penalties with no extra time shown`);
    const pens = match.score.penalties;
    const pensText = pens ? ` ${forTeam(pens, match, shootout).join('-')}` : '';
    return won(teams, shootout, 'penalties', `${shootout} won${pensText} on penalties after ${scoreText(match, shootout)}`, warnings);
  }
  if (match.score.extraTime === undefined && !match.score.resultOnly) {
    warnings.push(`${describeLeg(match)}: a knockout match level after 90 minutes, but the file shows no extra time`);
  } else if (levelRule === 'penalties') {
    warnings.push(`${describeLeg(match)}: level after extra time, but no shoot-out result`);
  }
  const what = levelRule === 'replay' ? 'to be replayed' : levelRule === 'lots' ? 'decided by drawing of lots, not recorded' : 'no shoot-out result';
  return { status: levelRule === 'replay' ? 'open' : 'undecidable', text: `${match.home.name} ${scoreText(match, match.home.name)} ${match.away.name}: ${what}`, warnings };
}

/**
 * Who went through in a single-match tie, or in a drawn match and its replay(s): the last
 * meeting decides.
 *
 * @example decideSingleMatch(['Italy', 'Spain'], [draw, replay], WORLD_CUP_REPLAYS.singleMatch, stage).text // 'Italy through in a replay, 1-0, after 1-1 a.e.t.'
 */
export function decideSingleMatch(teams: Teams, legs: readonly MatchData[], rules: SingleMatchRules, stage: StageRef): TieOutcome {
  const warnings: string[] = [];
  const levelRule = stage.kind === 'final' ? (rules.finalLevelAfterExtraTime ?? rules.levelAfterExtraTime) : rules.levelAfterExtraTime;
  const last = legs[legs.length - 1];
  if (last === undefined) return { status: 'open', text: `${teams[0]} v ${teams[1]}: not played yet`, warnings };
  const earlier = legs.slice(0, -1);
  if (earlier.length === 0) return decideMatch(teams, last, levelRule, warnings);
  if (levelRule !== 'replay') warnings.push(`a replay, although the rules of the era (${levelRule}) had none`);
  for (const match of earlier) {
    const final = finalScore(match);
    if (final === undefined || !isLevel(final) || shootoutWinner(match) !== undefined) {
      warnings.push(`${describeLeg(match)}: replayed, but the match was not a draw`);
    }
  }
  // The last meeting is itself a knockout match: if drawn too, it is replayed again.
  const outcome = decideMatch(teams, last, 'replay', warnings);
  if (outcome.status !== 'decided' || outcome.winner === undefined) return outcome;
  const drawn = earlier.map((m) => scoreText(m, outcome.winner ?? m.home.name)).join(', ');
  return {
    ...outcome,
    decidedBy: outcome.decidedBy === 'awarded' ? 'awarded' : 'replay',
    text: `${outcome.winner} through in a replay, ${scoreText(last, outcome.winner)}, after ${drawn}`,
  };
}
