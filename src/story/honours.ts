// A competition's roll of honour as the store knows it: each edition's champion (the published
// standings' first place, else the winner of the final), its finals, and whether the data reaches
// back to the competition's first edition — so a story can say "Germany's fourth World Cup" only
// when the count is true, and call a team "the holders" only when it won the edition before.
import type { Kysely } from 'kysely';
import { foundedIn } from '../records/engine/families.js';
import type { Database } from '../store/schema.js';

export interface EditionHonour {
  readonly editionId: number;
  readonly edition: string;
  readonly startYear: number;
  /** The champion's team id, when the data says who won. */
  readonly championId?: number;
  /** Teams that played in the edition's final (none where the data has no final). */
  readonly finalistIds: readonly number[];
}

/** The roll of honour of one competition, editions in order. */
export interface Honours {
  readonly competitionId: number;
  /** Editions in start order, up to and including the story's own. */
  readonly editions: readonly EditionHonour[];
  /**
   * True when the data starts at the competition's first edition and names the champion of every
   * edition before the story's: only then are counts ("a fourth title") true.
   */
  readonly complete: boolean;
}

/** How many titles and finals a team has, counted up to and including one edition. */
export interface TeamHonours {
  /** `honours:<competition>:<team>`: the source id. */
  readonly id: string;
  readonly team: string;
  readonly titles: number;
  /** The editions the titles were won in: "1954", "1974"… */
  readonly titleEditions: readonly string[];
  readonly finals: number;
  readonly finalEditions: readonly string[];
  /** The edition of the title before this one, if any. */
  readonly previousTitle?: string;
}

const FINISHED = ['played', 'awarded'];

/** The winner of a final, after extra time and penalties; undefined for a final with no winner on record. */
function winnerOf(m: { home_team_id: number; away_team_id: number; ft_home: number | null; ft_away: number | null; et_home: number | null; et_away: number | null; pen_home: number | null; pen_away: number | null; shootout_winner: string | null }): number | undefined {
  const h = m.et_home ?? m.ft_home;
  const a = m.et_away ?? m.ft_away;
  if (h === null || a === null) return undefined;
  if (h !== a) return h > a ? m.home_team_id : m.away_team_id;
  if (m.pen_home !== null && m.pen_away !== null && m.pen_home !== m.pen_away) return m.pen_home > m.pen_away ? m.home_team_id : m.away_team_id;
  if (m.shootout_winner === 'home') return m.home_team_id;
  if (m.shootout_winner === 'away') return m.away_team_id;
  return undefined;
}

/**
 * The roll of honour of the competition of `editionId`, up to and including that edition.
 *
 * @example (await readHonours(store.db, 20))?.editions.filter((e) => e.championId === 31).length // 4: Germany's titles to 2014
 */
export async function readHonours(db: Kysely<Database>, editionId: number): Promise<Honours | undefined> {
  const own = await db
    .selectFrom('edition as e')
    .innerJoin('competition as c', 'c.id', 'e.competition_id')
    .select(['e.competition_id', 'e.start_year', 'c.name', 'c.kind'])
    .where('e.id', '=', editionId)
    .executeTakeFirst();
  if (!own || /^friendly$/i.test(own.name.trim())) return undefined;
  const editions = await db
    .selectFrom('edition')
    .select(['id', 'name', 'start_year'])
    .where('competition_id', '=', own.competition_id)
    .where('start_year', '<=', own.start_year)
    .orderBy('start_year')
    .orderBy('id')
    .execute();
  const ids = editions.map((e) => e.id);
  if (ids.length === 0) return undefined;
  const standings = await db.selectFrom('edition_team').select(['edition_id', 'team_id']).where('edition_id', 'in', ids).where('position', '=', 1).execute();
  // The final stages first, then their matches (by the stage index): not every match of every edition.
  const finals = await db
    .selectFrom('match as m')
    .select(['m.edition_id', 'm.date', 'm.id', 'm.home_team_id', 'm.away_team_id', 'm.ft_home', 'm.ft_away', 'm.et_home', 'm.et_away', 'm.pen_home', 'm.pen_away', 'm.shootout_winner', 'm.status'])
    .where('m.stage_id', 'in', db.selectFrom('stage').select('id').where('edition_id', 'in', ids).where('kind', '=', 'final'))
    .orderBy('m.date')
    .orderBy('m.id')
    .execute();
  const champion = new Map(standings.map((s) => [s.edition_id, s.team_id] as const));
  const honours = editions.map((e): EditionHonour => {
    const ownFinals = finals.filter((f) => f.edition_id === e.id && FINISHED.includes(f.status));
    const last = ownFinals[ownFinals.length - 1];
    const championId = champion.get(e.id) ?? (last ? winnerOf(last) : undefined);
    const finalistIds = [...new Set(ownFinals.flatMap((f) => [f.home_team_id, f.away_team_id]))];
    return { editionId: e.id, edition: e.name, startYear: e.start_year, ...(championId !== undefined ? { championId } : {}), finalistIds };
  });
  const founded = foundedIn(own.name);
  const first = honours[0];
  const before = honours.filter((h) => h.editionId !== editionId);
  const complete = founded !== undefined && first !== undefined && first.startYear <= founded && before.every((h) => h.championId !== undefined);
  return { competitionId: own.competition_id, editions: honours, complete };
}

/** A team's titles and finals before the given edition (and in it, with `includeOwn`: once the match decided them); undefined when the data cannot count them. */
export function teamHonours(honours: Honours | undefined, teamId: number, team: string, editionId: number, includeOwn: boolean): TeamHonours | undefined {
  if (!honours?.complete) return undefined;
  const upTo = includeOwn ? honours.editions : honours.editions.filter((e) => e.editionId !== editionId);
  const won = upTo.filter((e) => e.championId === teamId);
  const reached = upTo.filter((e) => e.finalistIds.includes(teamId));
  const previous = won.filter((e) => e.editionId !== editionId).pop();
  return {
    id: `honours:${honours.competitionId}:${teamId}`,
    team,
    titles: won.length,
    titleEditions: won.map((e) => e.edition),
    finals: reached.length,
    finalEditions: reached.map((e) => e.edition),
    ...(previous ? { previousTitle: previous.edition } : {}),
  };
}

/** The champion of the edition before `editionId`: the holders, where the data knows them. */
export function holdersOf(honours: Honours | undefined, editionId: number): number | undefined {
  if (!honours) return undefined;
  const index = honours.editions.findIndex((e) => e.editionId === editionId);
  return index > 0 ? honours.editions[index - 1]?.championId : undefined;
}

/** What the roll of honour says about one match: each side's counts, the holders, and whether it decided the title. */
export interface MatchHonours {
  readonly home?: TeamHonours;
  readonly away?: TeamHonours;
  /** The side whose title this match decided (its last match of an edition it won). */
  readonly decidedTitle?: 'home' | 'away';
  /** The side that won the edition before. */
  readonly holders?: 'home' | 'away';
  /** Each side's counts before this edition: what a preview says they are playing for. */
  readonly homeBefore?: TeamHonours;
  readonly awayBefore?: TeamHonours;
}

interface HonoursMatch {
  readonly id: number;
  readonly editionId: number;
  readonly homeTeamId: number;
  readonly awayTeamId: number;
  readonly data: { readonly date: string; readonly status: string; readonly stage?: { readonly kind: string }; readonly home: { readonly name: string }; readonly away: { readonly name: string } };
}

/**
 * The honours of one match of the edition, given every match of the edition.
 *
 * @example matchHonours(honours, final, editionMatches).decidedTitle // 'home' for Germany 1-0 Argentina, 2014
 */
export function matchHonours(honours: Honours | undefined, match: HonoursMatch, edition: readonly HonoursMatch[]): MatchHonours {
  if (!honours) return {};
  const championId = honours.editions.find((e) => e.editionId === match.editionId)?.championId;
  let decidedTitle: 'home' | 'away' | undefined;
  if (championId !== undefined && (match.homeTeamId === championId || match.awayTeamId === championId) && FINISHED.includes(match.data.status)) {
    const later = edition.some((m) => m.id !== match.id && (m.homeTeamId === championId || m.awayTeamId === championId) && FINISHED.includes(m.data.status) && (m.data.date > match.data.date || (m.data.date === match.data.date && m.id > match.id)));
    if (!later) decidedTitle = match.homeTeamId === championId ? 'home' : 'away';
  }
  const holdersId = holdersOf(honours, match.editionId);
  // The edition's own title and final count only from the match that decided them on.
  const own = decidedTitle !== undefined || (match.data.stage?.kind === 'final' && FINISHED.includes(match.data.status));
  const home = teamHonours(honours, match.homeTeamId, match.data.home.name, match.editionId, own);
  const away = teamHonours(honours, match.awayTeamId, match.data.away.name, match.editionId, own);
  const homeBefore = teamHonours(honours, match.homeTeamId, match.data.home.name, match.editionId, false);
  const awayBefore = teamHonours(honours, match.awayTeamId, match.data.away.name, match.editionId, false);
  return {
    ...(home ? { home } : {}),
    ...(away ? { away } : {}),
    ...(homeBefore ? { homeBefore: { ...homeBefore, id: `${homeBefore.id}:before` } } : {}),
    ...(awayBefore ? { awayBefore: { ...awayBefore, id: `${awayBefore.id}:before` } } : {}),
    ...(decidedTitle ? { decidedTitle } : {}),
    ...(holdersId === match.homeTeamId ? { holders: 'home' as const } : holdersId === match.awayTeamId ? { holders: 'away' as const } : {}),
  };
}
