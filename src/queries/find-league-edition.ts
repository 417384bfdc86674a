// A league season by what people call the league: "Bundesliga 2019/20" (not the 2. Bundesliga), "La Liga 2010/11".
import type { Kysely } from 'kysely';
import { nameKey } from '../domain/names.js';
import type { EditionView } from '../store/queries/editions.js';
import type { Database } from '../store/schema.js';

/** Common names that share no word with the name a source uses ("La Liga" is the Primera División). */
const COMMON_NAMES: Readonly<Record<string, string>> = {
  'la liga': 'primera division',
  laliga: 'primera division',
  epl: 'premier league',
  'serie a tim': 'serie a',
};

/**
 * The edition of the competition whose name holds every typed word and the fewest others, among
 * those with that season: "Bundesliga" is "Deutsche Bundesliga" before "Deutsche 2. Bundesliga".
 * Undefined when no competition fits or two fit equally well.
 *
 * @example await findLeagueEdition(db, 'La Liga', '2012/13') // Primera División de España 2012/13
 */
export async function findLeagueEdition(db: Kysely<Database>, typed: string, season: string | undefined): Promise<EditionView | undefined> {
  if (season === undefined) return undefined;
  const key = nameKey(typed);
  const words = (COMMON_NAMES[key] ?? key).split(' ').filter((w) => w !== '');
  const seasons = new Set([season, season.replace(/^(\d{4})[-/](\d{2})$/, '$1/$2'), season.replace(/^(\d{4})[-/](\d{2})(\d{2})$/, '$1/$3')]);
  const rows = await db
    .selectFrom('edition as e')
    .innerJoin('competition as c', 'c.id', 'e.competition_id')
    .select(['e.id', 'e.competition_id', 'c.name as competition', 'c.name_key', 'e.name as season'])
    .execute();
  const fits = rows
    .filter((r) => seasons.has(r.season))
    .map((r) => ({ row: r, names: r.name_key.split(' ') }))
    .filter(({ names }) => words.every((w) => names.includes(w)))
    .map(({ row, names }) => ({ row, extra: names.length - words.length }))
    .sort((a, b) => a.extra - b.extra);
  const [best, next] = fits;
  if (best === undefined || (next !== undefined && next.extra === best.extra)) return undefined;
  return { id: best.row.id, competitionId: best.row.competition_id, competition: best.row.competition, season: best.row.season };
}
