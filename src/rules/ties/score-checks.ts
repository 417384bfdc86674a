// Consistency checks on one match's score: counts that cannot all be true at once.
import type { MatchData } from '../../domain/match-data.js';
import { describeLeg } from './leg-score.js';

/**
 * What does not add up in a match's score: a half-time count above the full-time one, extra
 * time that took goals away, a level shoot-out, scorers that do not sum to the result.
 */
export function scoreWarnings(match: MatchData): string[] {
  const { halfTime, fullTime, extraTime, penalties } = match.score;
  const label = describeLeg(match);
  const warnings: string[] = [];
  if (halfTime && fullTime && (halfTime[0] > fullTime[0] || halfTime[1] > fullTime[1])) {
    warnings.push(`${label}: half-time score ${halfTime[0]}-${halfTime[1]} is more than the full-time score`);
  }
  if (fullTime && extraTime && (fullTime[0] > extraTime[0] || fullTime[1] > extraTime[1])) {
    warnings.push(`${label}: score after extra time is less than after 90 minutes ${fullTime[0]}-${fullTime[1]}`);
  }
  if (penalties && penalties[0] === penalties[1]) {
    warnings.push(`${label}: shoot-out ${penalties[0]}-${penalties[1]} has no winner`);
  }
  const final = extraTime ?? fullTime;
  // Own goals are credited to the side that benefited, so a plain count by side must match.
  if (final && match.goals !== undefined && match.status === 'played') {
    const home = match.goals.filter((g) => g.side === 'home').length;
    const away = match.goals.length - home;
    if (home !== final[0] || away !== final[1]) {
      warnings.push(`${label}: the goals listed make ${home}-${away}, not ${final[0]}-${final[1]}`);
    }
  }
  return warnings;
}
