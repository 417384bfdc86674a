// Whether the data loaded can decide a claim about a record book: a book whose matches mostly
// lack what the record needs (no Champions League scorers) decides nothing; a book that begins
// after its competition did cannot confirm a record, only refute one.
import { thousands } from '../domain/thousands.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import type { Coverage } from '../records/definitions/vocabulary.js';
import { partialInternationals } from '../records/engine/coverage.js';
import { foundedIn } from '../records/engine/families.js';
import { compileDefinition } from '../records/engine/record-book.js';
import type { Store } from '../store/open-store.js';
import { KNOCKOUT_STAGE_KINDS } from '../records/definitions/vocabulary.js';
import { competitionsInScope, type BookRef } from './book-reader.js';
import { competitionIdOfBook, missingSeasons } from './competitions.js';

/** Above this share of a book's matches lacking what a record needs, the book decides nothing. */
export const GAP_SHARE = 0.05;

const NEEDS: Record<Coverage, string> = {
  scorers: 'their scorers',
  goal_minutes: 'goal minutes',
  birth_dates: 'birth dates',
  lineups: 'line-ups',
  shootouts: 'shoot-out results',
  stages: 'stages',
  venues: 'venues',
  cards: 'cards',
};

export interface CoverageJudgement {
  /** Why the book cannot decide the claim at all. */
  readonly blocking?: string;
  /** Why it can refute but not confirm: its data begins after the competition did, or seasons are missing. */
  readonly partial?: string;
  readonly notes: readonly string[];
}

/** How many played matches the book takes in: its competitions, stages and editions, before the date. */
export function bookMatches(store: Store, definition: RecordDefinition, bookKey: string, beforeDate?: string): number {
  const own = competitionIdOfBook(bookKey);
  const competitions = own !== undefined ? [own] : competitionsInScope(store, [definition]);
  if (competitions.length === 0) return 0;
  const stages = definition.scope.stages?.flatMap((s) => (s === 'knockout' ? KNOCKOUT_STAGE_KINDS : [s]));
  const { from, to } = definition.scope.editions ?? {};
  const marks = (items: readonly unknown[]) => items.map(() => '?').join(', ');
  const row = store.sql
    .prepare(
      `SELECT count(*) AS n FROM match m JOIN edition e ON e.id = m.edition_id LEFT JOIN stage s ON s.id = m.stage_id
       WHERE m.status = 'played' AND m.ft_home IS NOT NULL AND e.competition_id IN (${marks(competitions)})
       ${stages ? `AND s.kind IN (${marks(stages)})` : ''} ${from !== undefined ? 'AND e.start_year >= ?' : ''} ${to !== undefined ? 'AND e.start_year <= ?' : ''}
       ${beforeDate ? 'AND m.date < ?' : ''}`,
    )
    .get(...competitions, ...(stages ?? []), ...(from !== undefined ? [from] : []), ...(to !== undefined ? [to] : []), ...(beforeDate ? [beforeDate] : [])) as { n: number };
  return row.n;
}

/**
 * What the book's data allows.
 *
 * @example judgeBook(store, uefaOldestAwayHatTrick, championsLeagueBook).blocking // "1,938 of the 2,059 UEFA Champions League matches in the data lack their scorers …"
 */
export function judgeBook(store: Store, definition: RecordDefinition, book: BookRef | undefined, beforeDate?: string): CoverageJudgement {
  const refused = compileDefinition(definition).refused;
  if (refused) return { blocking: `the record "${definition.title}" ${refused}`, notes: [] };
  if (!book?.coverage) return { notes: [] };
  const coverage = book.coverage;
  const notes: string[] = [];
  let blocking: string | undefined;
  const gaps = (Object.entries(coverage.gaps) as [Coverage, number][]).filter(([, count]) => count > 0);
  const matches = gaps.length > 0 ? bookMatches(store, definition, book.key, beforeDate) : 0;
  for (const [need, count] of gaps) {
    const total = Math.max(matches, count);
    const share = count / Math.max(1, total);
    const text = `${thousands(count)} of the ${thousands(total)} ${coverage.label} matches in the data lack ${NEEDS[need]}`;
    if (share > GAP_SHARE && blocking === undefined) {
      blocking = need === 'scorers' && share > 0.5 ? `${text}: no ${coverage.label} scorers are loaded for most of its matches, so its goal and player records cannot be judged` : text;
    } else notes.push(text);
  }
  // A record over every men's international, with only some tournaments loaded: not judged at all.
  blocking ??= partialInternationals(definition, coverage);
  if (coverage.unmeasured > 0) {
    const what = definition.measure.kind === 'age' ? 'no birth date' : definition.measure.kind === 'minute' ? 'no minute' : 'no value';
    notes.push(`${thousands(coverage.unmeasured)} qualifying ${coverage.unmeasured === 1 ? 'entry has' : 'entries have'} ${what} in the data (e.g. ${coverage.examples.join(', ')}) and could not be ranked`);
  }
  const partials: string[] = [];
  const founded = foundedIn(coverage.label);
  if (founded !== undefined && coverage.firstYear > Math.max(founded, definition.scope.editions?.from ?? founded)) {
    partials.push(`this database's ${coverage.label} begins with ${coverage.firstEdition}; the competition began in ${founded}`);
  }
  const competitionId = competitionIdOfBook(book.key);
  if (competitionId !== undefined) {
    const row = store.sql.prepare('SELECT id, name, sex, kind FROM competition WHERE id = ?').get(competitionId) as { id: number; name: string; sex: 'men' | 'women'; kind: string } | undefined;
    const missing = row ? missingSeasons(store, row) : [];
    if (missing.length > 0) partials.push(`the data has no ${coverage.label} ${missing.join(', ')} season${missing.length === 1 ? '' : 's'}`);
  }
  return { ...(blocking ? { blocking } : {}), ...(partials.length > 0 ? { partial: partials.join('; ') } : {}), notes };
}
