// Which family a competition belongs to, and when each competition really began: the record
// engine needs both to say whether the data loaded covers a record's whole history.
import type { Family } from '../definitions/vocabulary.js';
import type { RecordCompetition } from './record-match.js';

const UEFA_CLUB = /^uefa (champions league|europa league|europa conference league|conference league|cup)$/i;
const WORLD_CUP = /^fifa (women's )?world cup$/i;

/** The families a competition is part of: a men's World Cup match is also an international. */
export function familiesOf(competition: RecordCompetition): Family[] {
  const families: Family[] = [];
  if (WORLD_CUP.test(competition.name)) families.push('fifa-world-cup');
  if (UEFA_CLUB.test(competition.name)) families.push('uefa-club');
  if (competition.kind === 'international_tournament' && competition.sex === 'men') families.push('international');
  if (competition.kind === 'league') families.push('domestic-league');
  return families;
}

/**
 * The first season of competitions whose history began before the data most people load: the
 * European Cup (1955-56) is the Champions League's first edition. Facts from outside the data,
 * used only to say "since 2011-12, where this database begins" instead of claiming a first.
 */
const FOUNDED: ReadonlyArray<readonly [RegExp, number]> = [
  [/^fifa world cup$/i, 1930],
  [/^fifa women's world cup$/i, 1991],
  [/^uefa champions league$/i, 1955],
  [/^uefa europa league$/i, 1971],
  [/^uefa (europa )?conference league$/i, 2021],
];

/** The year the competition's first edition started, when known; undefined when not. */
export function foundedIn(competitionName: string): number | undefined {
  for (const [pattern, year] of FOUNDED) if (pattern.test(competitionName)) return year;
  return undefined;
}

/** First year of the men's international record: the first official international, 1872. */
export const FIRST_INTERNATIONAL_YEAR = 1872;
