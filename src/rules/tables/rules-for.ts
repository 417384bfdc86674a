// Picks the table rules of a competition, edition and stage from the rule-set data.
import type { CompetitionRef, EditionRef, StageRef } from '../../domain/match-data.js';
import { defaultRules } from './default-rules.js';
import { leagueRulesFor } from './league-rules.js';
import { MEN, WOMEN, type Era } from './fifa-world-cup-rules.js';
import type { TableRules } from './table-rules.js';
import { uefaRules } from './uefa-club-rules.js';

const UEFA_CLUB = /\b(champions league|europa league|conference league)\b/i;
const FIFA_WORLD_CUP = /\bworld cup\b/i;
const QUALIFYING = /qualif/i;

/**
 * The rules that order a table of this competition, edition and stage.
 *
 * @example tableRulesFor({ name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' },
 *   { name: '2018', startYear: 2018, endYear: 2018 }).id // 'fifa-wc-men-2018'
 */
export function tableRulesFor(competition: CompetitionRef, edition: EditionRef, stage?: StageRef): TableRules {
  const name = competition.name;
  if (FIFA_WORLD_CUP.test(name) && !QUALIFYING.test(name) && stage?.kind !== 'qualifying') {
    const era = eraOf(competition.sex === 'women' ? WOMEN : MEN, edition.startYear);
    if (era !== undefined) return era.rules;
  }
  if (UEFA_CLUB.test(name) && stage?.kind !== 'qualifying') {
    return uefaRules(edition.startYear, stage?.kind === 'league_phase');
  }
  if (competition.kind === 'league' || stage?.kind === 'league') {
    const league = leagueRulesFor(name, edition.startYear);
    if (league !== undefined) return league;
  }
  return defaultRules(edition.startYear);
}

function eraOf(eras: readonly Era[], year: number): Era | undefined {
  return eras.find((era) => era.from <= year && year <= era.to);
}
