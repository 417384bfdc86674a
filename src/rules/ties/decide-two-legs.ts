// Decides a two-legged tie: aggregate, away goals (also in extra time, where they counted), extra time, penalties.
import type { MatchData } from '../../domain/match-data.js';
import { afterNinety, describeLeg, finalScore, forTeam, isLevel, isPending, isVoid, shootoutWinner, sum } from './leg-score.js';
import type { DecidedBy, TieOutcome, TiePair } from './tie.js';
import type { TwoLegRules } from './tie-rules.js';

type Teams = readonly [string, string];

function pairText(pair: TiePair, winnerFirst: boolean): string {
  return winnerFirst ? `${pair[0]}-${pair[1]}` : `${pair[1]}-${pair[0]}`;
}

/** A tie with a leg still to come: who leads, and by how much. */
function openOutcome(teams: Teams, played: readonly MatchData[], warnings: string[]): TieOutcome {
  const scored = played.map((leg) => {
    const final = finalScore(leg);
    return final === undefined ? undefined : forTeam(final, leg, teams[0]);
  });
  if (played.length === 0 || scored.some((s) => s === undefined)) {
    return { status: 'open', text: `${teams[0]} v ${teams[1]}: not played yet`, warnings };
  }
  const aggregate = scored.reduce<TiePair>((acc, s) => sum(acc, s ?? [0, 0]), [0, 0]);
  const text = isLevel(aggregate)
    ? `${teams[0]} and ${teams[1]} level ${pairText(aggregate, true)} after the first leg; second leg to come`
    : `${aggregate[0] > aggregate[1] ? teams[0] : teams[1]} lead ${pairText(aggregate, aggregate[0] > aggregate[1])} after the first leg; second leg to come`;
  return { aggregate, status: 'open', text, warnings };
}

function decided(
  teams: Teams,
  winnerIndex: 0 | 1,
  decidedBy: DecidedBy,
  parts: { aggregate: TiePair; awayGoals?: TiePair; text: string; warnings: string[] },
): TieOutcome {
  return {
    aggregate: parts.aggregate,
    ...(parts.awayGoals ? { awayGoals: parts.awayGoals } : {}),
    winner: teams[winnerIndex],
    loser: teams[winnerIndex === 0 ? 1 : 0],
    decidedBy,
    status: 'decided',
    text: parts.text,
    warnings: parts.warnings,
  };
}

/** Away goals of each team: the goals it scored in legs it played away. */
function awayGoalsOf(teams: Teams, legs: readonly MatchData[], score: (leg: MatchData) => TiePair | undefined): TiePair {
  const counts: [number, number] = [0, 0];
  for (const leg of legs) {
    const s = score(leg);
    if (s === undefined) continue;
    if (leg.away.name === teams[0]) counts[0] += s[1];
    if (leg.away.name === teams[1]) counts[1] += s[1];
  }
  return counts;
}

/**
 * Who went through in a two-legged tie, how, and what in the data does not fit.
 *
 * @example decideTwoLegs(['FC Porto', 'Juventus'], [firstLeg, secondLeg], UEFA_CLUB_AWAY_GOALS.twoLegs).decidedBy // 'away_goals_in_extra_time'
 */
export function decideTwoLegs(teams: Teams, allLegs: readonly MatchData[], rules: TwoLegRules): TieOutcome {
  const warnings: string[] = [];
  if (allLegs.length > 2) warnings.push(`${allLegs.length} meetings in a two-legged tie; only the first two count`);
  const legs = allLegs.slice(0, 2);
  const pending = legs.filter(isPending);
  if (legs.length < 2 || pending.length > 0) {
    return openOutcome(teams, legs.filter((l) => !isPending(l)), warnings);
  }
  const [first, second] = legs as [MatchData, MatchData];
  const voided = legs.filter(isVoid);
  if (voided.length > 0) {
    warnings.push(...voided.map((l) => `${describeLeg(l)}: leg ${l.status}`));
    return { status: 'undecidable', text: `${teams[0]} v ${teams[1]}: ${voided.length === 2 ? 'both legs' : 'a leg'} ${voided[0]?.status}`, warnings };
  }
  const ft1 = afterNinety(first);
  const ft2 = afterNinety(second);
  if (ft1 === undefined || ft2 === undefined) {
    warnings.push('a leg has no score');
    return { status: 'undecidable', text: `${teams[0]} v ${teams[1]}: a leg has no score`, warnings };
  }
  if (second.home.name !== teams[1]) warnings.push(`${describeLeg(second)}: the second leg is not at ${teams[1]}'s ground`);
  if (first.score.extraTime || first.score.penalties) warnings.push(`${describeLeg(first)}: extra time or penalties in a first leg`);
  const awarded = legs.some((l) => l.status === 'awarded');

  const firstFinal = forTeam(finalScore(first) ?? ft1, first, teams[0]);
  const at90 = sum(firstFinal, forTeam(ft2, second, teams[0]));
  const aggregate = sum(firstFinal, forTeam(finalScore(second) ?? ft2, second, teams[0]));
  const extraTime = second.score.extraTime !== undefined;
  const by = (reason: DecidedBy): DecidedBy => (awarded ? 'awarded' : reason);
  const awardedNote = awarded ? ' (a leg awarded)' : '';

  if (!isLevel(at90)) {
    if (extraTime) warnings.push(`${describeLeg(second)}: extra time although the aggregate was ${pairText(at90, true)} after 90 minutes`);
    const w = at90[0] > at90[1] ? 0 : 1;
    const ag = extraTime ? aggregate : at90;
    return decided(teams, w, by('aggregate'), {
      aggregate: ag,
      ...(rules.awayGoals ? { awayGoals: awayGoalsOf(teams, legs, (l) => afterNinety(l)) } : {}),
      text: `${teams[w]} through ${pairText(ag, w === 0)} on aggregate${awardedNote}`,
      warnings,
    });
  }
  if (rules.awayGoals) {
    const away90 = awayGoalsOf(teams, legs, (l) => afterNinety(l));
    if (!isLevel(away90)) {
      if (extraTime) warnings.push(`${describeLeg(second)}: extra time although away goals decided the tie after 90 minutes`);
      const w = away90[0] > away90[1] ? 0 : 1;
      return decided(teams, w, by('away_goals'), {
        aggregate: at90,
        awayGoals: away90,
        text: `${teams[w]} through on away goals, ${pairText(at90, true)} on aggregate${awardedNote}`,
        warnings,
      });
    }
  }
  if (!extraTime && second.score.penalties === undefined && second.score.shootoutWinner === undefined) {
    warnings.push(
      `${describeLeg(second)}: level ${pairText(at90, true)} on aggregate after 90 minutes of the second leg` +
        `${rules.awayGoals ? ' and on away goals' : ''}, but the file shows no extra time`,
    );
    return { aggregate: at90, status: 'undecidable', text: `${teams[0]} v ${teams[1]}: level ${pairText(at90, true)} on aggregate, no extra time shown`, warnings };
  }
  if (!isLevel(aggregate)) {
    const w = aggregate[0] > aggregate[1] ? 0 : 1;
    if (second.score.penalties) warnings.push(`${describeLeg(second)}: penalties although extra time decided the tie`);
    return decided(teams, w, by('extra_time'), {
      aggregate,
      text: `${teams[w]} through ${pairText(aggregate, w === 0)} on aggregate after extra time${awardedNote}`,
      warnings,
    });
  }
  if (rules.awayGoals && rules.awayGoalsInExtraTime) {
    const awayAet = awayGoalsOf(teams, legs, (l) => finalScore(l));
    if (!isLevel(awayAet)) {
      const w = awayAet[0] > awayAet[1] ? 0 : 1;
      return decided(teams, w, by('away_goals_in_extra_time'), {
        aggregate,
        awayGoals: awayAet,
        text: `${teams[w]} through on away goals scored in extra time, ${pairText(aggregate, true)} on aggregate${awardedNote}`,
        warnings,
      });
    }
  }
  const shootout = shootoutWinner(second);
  const awayGoals = rules.awayGoals ? { awayGoals: awayGoalsOf(teams, legs, (l) => finalScore(l)) } : {};
  if (shootout === undefined || !teams.includes(shootout)) {
    warnings.push(`${describeLeg(second)}: level ${pairText(aggregate, true)} on aggregate after extra time, but no shoot-out winner`);
    return { aggregate, ...awayGoals, status: 'undecidable', text: `${teams[0]} v ${teams[1]}: level after extra time, no shoot-out result`, warnings };
  }
  const w = shootout === teams[0] ? 0 : 1;
  const pens = second.score.penalties;
  const pensText = pens ? ` ${pairText(forTeam(pens, second, teams[0]), w === 0)}` : '';
  return decided(teams, w, by('penalties'), {
    aggregate,
    ...awayGoals,
    text: `${teams[w]} through${pensText} on penalties after ${pairText(aggregate, true)} on aggregate${awardedNote}`,
    warnings,
  });
}
