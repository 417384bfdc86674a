// Which domestic league a competition name denotes, and that league's rules for a season.
import { nameKey } from '../../domain/names.js';
import { ENGLISH_FOOTBALL_LEAGUE, ENGLISH_NATIONAL_LEAGUE, ENGLISH_TOP_FLIGHT } from './english-league-rules.js';
import type { Era } from './fifa-world-cup-rules.js';
import { GERMAN_LEAGUES } from './german-league-rules.js';
import { SERIE_A, SERIE_B } from './italian-league-rules.js';
import { DUTCH_LEAGUES, FRENCH_LEAGUES } from './other-league-rules.js';
import { SPANISH_LEAGUES } from './spanish-league-rules.js';
import type { TableRules } from './table-rules.js';

/**
 * Name patterns over `nameKey` (lower case, no accents or punctuation), first match wins. Bare names
 * ("Premier League", "Serie A") are the English and Italian ones, as openfootball and the press use
 * them; a name with another country in it (Scottish Premiership, Brasileiro Série A) matches none.
 */
const LEAGUES: readonly (readonly [RegExp, readonly Era[]])[] = [
  [/^(english |england )?(fa )?premier league$/, ENGLISH_TOP_FLIGHT],
  [/^(english |england )?(the )?football league$/, ENGLISH_TOP_FLIGHT],
  [/^(english |england |(english )?football league )(division one|division 1|first division)$/, ENGLISH_TOP_FLIGHT],
  [
    /^((english |england )(efl |football league )?|(english )?(efl|football league) )(division (two|three|four|2|3|4)|(second|third|fourth) division|championship|league (one|two|1|2))$/,
    ENGLISH_FOOTBALL_LEAGUE,
  ],
  [/^(english |england )?(national league|conference|football conference|conference national)$/, ENGLISH_NATIONAL_LEAGUE],
  [/^(deutsche |german |germany )?(fussball )?(1 |2 )?bundesliga$/, GERMAN_LEAGUES],
  [/^(deutsche |german |germany )?3 liga$/, GERMAN_LEAGUES],
  [/^(la ?liga|(spain|spanish) (primera|segunda) division|(primera|segunda) division de espana)$/, SPANISH_LEAGUES],
  [/^(italian |italy )?serie a$/, SERIE_A],
  [/^(italian |italy )?serie b$/, SERIE_B],
  [/^(french |france )?(ligue [12]|division [12]|championnat de france)$/, FRENCH_LEAGUES],
  [/^(dutch |netherlands )?eredivisie$/, DUTCH_LEAGUES],
];

/**
 * The rules of a domestic league's season (by its start year), or undefined for a league these
 * rule sets do not know.
 *
 * @example leagueRulesFor('English Premier League', 2024)?.id // 'premier-league-2019'
 */
export function leagueRulesFor(competitionName: string, startYear: number): TableRules | undefined {
  const key = nameKey(competitionName);
  const eras = LEAGUES.find(([pattern]) => pattern.test(key))?.[1];
  return eras?.find((era) => era.from <= startYear && startYear <= era.to)?.rules;
}
