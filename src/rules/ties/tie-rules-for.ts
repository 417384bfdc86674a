// Chooses the knockout rule set for a competition and edition.
import type { CompetitionRef, EditionRef } from '../../domain/match-data.js';
import {
  DEFAULT_TIE_RULES,
  UEFA_CLUB_AWAY_GOALS,
  UEFA_CLUB_NO_AWAY_GOALS,
  WORLD_CUP_LOTS,
  WORLD_CUP_PENALTIES,
  WORLD_CUP_REPLAYS,
} from './rule-sets.js';
import type { TieRules } from './tie-rules.js';

// Qualifying rounds carry the competition's own name in the sources, so one pattern covers them.
const UEFA_CLUB = /\b(uefa )?(champions league|europa league|(europa )?conference league|uefa cup)\b/i;
const WORLD_CUP = /\bworld cup\b/i;
// Qualifiers of a World Cup are other competitions with other rules (two-legged play-offs).
const QUALIFICATION = /qualif/i;

/**
 * The knockout rules of a competition's edition. UEFA club competitions switch in 2021-22, when
 * away goals were abolished; the men's World Cup replayed drawn matches until 1938 and has used
 * penalties since 1978. Anything unknown gets single matches with extra time and penalties.
 *
 * @example tieRulesFor({ name: 'UEFA Champions League', sex: 'men', kind: 'cup' }, { name: '2020/21', startYear: 2020, endYear: 2021 }).twoLegs.awayGoals // true
 */
export function tieRulesFor(competition: CompetitionRef, edition: EditionRef): TieRules {
  if (UEFA_CLUB.test(competition.name)) {
    return edition.startYear >= 2021 ? UEFA_CLUB_NO_AWAY_GOALS : UEFA_CLUB_AWAY_GOALS;
  }
  if (WORLD_CUP.test(competition.name) && !QUALIFICATION.test(competition.name) && competition.kind === 'international_tournament') {
    if (edition.startYear <= 1950) return WORLD_CUP_REPLAYS;
    if (edition.startYear <= 1974) return WORLD_CUP_LOTS;
    return WORLD_CUP_PENALTIES;
  }
  return DEFAULT_TIE_RULES;
}
