// Gathers what a story is written from: the match, its edition (for tie, table and next fixtures),
// the competition's status and the stored record facts — one query set per edition, so stories for
// a whole edition (or the whole store) cost little more than one.
import { NotFoundError } from '../domain/errors.js';
import type { Fact } from '../records/engine/fact.js';
import { groupLabel } from '../rules/tables/index.js';
import type { Store } from '../store/open-store.js';
import { readCompetitionStatus } from '../store/queries/editions.js';
import { readMatches } from '../store/queries/read-matches.js';
import type { StoryInput } from './story-input.js';
import { editionContexts, type PublishedOrders } from './story-context.js';
import { matchHonours, readHonours } from './honours.js';
import { oneFactPerNews } from '../records/engine/editor.js';

/** Stored facts of the matches of one edition (or of the given matches), by match, most newsworthy first. */
function editionFacts(store: Store, editionId: number, matchIds?: readonly number[]): Map<number, Fact[]> {
  const rows = (
    matchIds
      ? store.sql
          .prepare(`SELECT match_id AS "matchId", body FROM record_fact WHERE match_id IN (${matchIds.map(() => '?').join(', ') || 'NULL'}) ORDER BY score DESC, id`)
          .all(...matchIds)
      : store.sql
          .prepare('SELECT f.match_id AS "matchId", f.body FROM record_fact f JOIN match m ON m.id = f.match_id WHERE m.edition_id = ? ORDER BY f.score DESC, f.id')
          .all(editionId)
  ) as { matchId: number; body: string }[];
  const out = new Map<number, Fact[]>();
  for (const row of rows) {
    const list = out.get(row.matchId);
    const fact = JSON.parse(row.body) as Fact;
    // A match in progress: its facts hold only if the score stands, so no story states them as done.
    if (fact.provisional) continue;
    // "The first title (since 2011/12, where this database begins)" of a club with ten is no news:
    // a first is told only where the data reaches back to the competition's beginning.
    if ((fact.kind === 'first' || fact.kind === 'first_since') && /where this database begins/.test(fact.text)) continue;
    if (list) list.push(fact);
    else out.set(row.matchId, [fact]);
  }
  for (const [matchId, facts] of out) out.set(matchId, oneFactPerNews(facts));
  return out;
}

/** The organiser's published order of each table of an edition, by team name as the matches spell it. */
async function publishedOrders(store: Store, editionId: number, names: ReadonlyMap<number, string>): Promise<PublishedOrders> {
  const rows = await store.db
    .selectFrom('published_standing')
    .select(['stage_kind', 'group_name', 'position', 'team_id'])
    .where('edition_id', '=', editionId)
    .orderBy('position')
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const key = r.group_name ? groupLabel(`Group ${r.group_name}`) : '';
    const name = names.get(r.team_id);
    if (name === undefined) continue;
    const list = out.get(key);
    if (list) list.push(name);
    else out.set(key, [name]);
  }
  return out;
}

async function competitionStatusOf(store: Store, editionId: number): Promise<StoryInput['competition']> {
  const status = await readCompetitionStatus(store.db, editionId);
  return {
    editionId,
    status: status.status,
    ...(status.since ? { since: status.since } : {}),
    ...(status.reason ? { reason: status.reason } : {}),
  };
}

export interface LoadStoryOptions {
  /** Only these matches of the edition (default: all). */
  readonly matchIds?: readonly number[];
}

/**
 * Story inputs for the matches of one edition. Facts come from the stored record book: call
 * `ensureRecordBook` first, or the stories have none.
 *
 * @example for (const input of await loadEditionStoryInputs(store, 7)) console.log(writeStory(input).headline.text)
 */
export async function loadEditionStoryInputs(store: Store, editionId: number, options: LoadStoryOptions = {}): Promise<StoryInput[]> {
  // The other matches give the table, the tie and the fixtures: their results, not their scorers.
  const matches = await readMatches(store.db, { editionId, ...(options.matchIds ? { detailed: options.matchIds } : {}) });
  const names = new Map<number, string>();
  for (const m of matches) {
    names.set(m.homeTeamId, m.data.home.name);
    names.set(m.awayTeamId, m.data.away.name);
  }
  const wanted = options.matchIds ? new Set(options.matchIds) : undefined;
  const contexts = editionContexts(matches, await publishedOrders(store, editionId, names), wanted);
  const facts = editionFacts(store, editionId, options.matchIds);
  const competition = await competitionStatusOf(store, editionId);
  const honours = await readHonours(store.db, editionId);
  return matches
    .filter((m) => wanted === undefined || wanted.has(m.id))
    .map((match) => {
      const context = contexts.get(match.id) ?? { nextFixtures: [] };
      return { match, ...context, competition, facts: facts.get(match.id) ?? [], honours: matchHonours(honours, match, matches) };
    });
}

/**
 * The story input of one match.
 *
 * @example writeStory(await loadStoryInput(store, 1013)).headline.text
 */
export async function loadStoryInput(store: Store, matchId: number): Promise<StoryInput> {
  const row = store.sql.prepare('SELECT edition_id AS "editionId", stage_id AS "stageId" FROM match WHERE id = ?').get(matchId) as { editionId: number; stageId: number | null } | undefined;
  if (!row) throw new NotFoundError(`no match with id ${matchId}`);
  // A match outside any stage (a league fixture, a friendly) has no tie, table or round to follow: its edition is not needed.
  if (row.stageId === null) {
    const [match] = await readMatches(store.db, { ids: [matchId] });
    if (!match) throw new NotFoundError(`no match with id ${matchId}`);
    return { match, nextFixtures: [], competition: await competitionStatusOf(store, row.editionId), facts: editionFacts(store, row.editionId, [matchId]).get(matchId) ?? [] };
  }
  const [input] = await loadEditionStoryInputs(store, row.editionId, { matchIds: [matchId] });
  if (!input) throw new NotFoundError(`no match with id ${matchId}`);
  return input;
}
