// What a book's data holds so far, so a fact can say where it stands: since when the book's data
// begins, and which earlier matches or rows lack what the record needs.
import { thousands } from '../../domain/thousands.js';
import type { RecordDefinition } from '../definitions/schema.js';
import type { Coverage } from '../definitions/vocabulary.js';
import { FIRST_INTERNATIONAL_YEAR, foundedIn } from './families.js';
import type { RecordMatch } from './record-match.js';
import type { UnitRow } from './rows.js';
import type { RecordState } from './state.js';
import { perBookScope } from './compile.js';
import { shapeOf, sharedBook, type InstantShares } from './shared-books.js';

export interface BookCoverage {
  /** The book's name: a competition, or a family. */
  label: string;
  firstDate: string;
  firstEdition: string;
  firstYear: number;
  /** Earlier matches missing each kind of data. */
  gaps: Partial<Record<Coverage, number>>;
  /** Qualifying rows the measure could not value (no birth date…), with up to three examples. */
  unmeasured: number;
  examples: string[];
}

/** Data no source loaded here provides: a definition that needs it is never evaluated. */
export const UNAVAILABLE: ReadonlySet<Coverage> = new Set(['lineups']);

/** Whether the match carries each kind of data the definition needs. */
export function matchLacks(match: RecordMatch, need: Coverage): boolean {
  switch (need) {
    case 'scorers':
      return !match.scorersKnown || match.goals.length !== match.homeGoals + match.awayGoals || match.goals.some((g) => g.playerId === null);
    case 'goal_minutes':
      return match.goals.some((g) => g.minute === null);
    case 'stages':
      return match.stageKind === null;
    case 'venues':
      return match.neutral === null && match.stageKind === 'final';
    case 'cards':
      return match.bookings.length === 0;
    case 'shootouts':
      return match.shootout && match.shootoutWinner === null;
    case 'lineups':
      return true;
    case 'birth_dates':
      return false;
  }
}

/** Each kind of data as a bit: what the last match was asked about, and what it lacks. */
const COVERAGE_BIT: Record<Coverage, number> = { scorers: 1, goal_minutes: 2, birth_dates: 4, lineups: 8, shootouts: 16, stages: 32, venues: 64, cards: 128 };

let lastMatch: RecordMatch | undefined;
let lastAsked = 0;
let lastLacking = 0;

/**
 * `matchLacks`, worked out once per match however many definitions ask in turn. Only the last
 * match's answers are kept (as bits, not in a map per match): the definitions of a match ask one
 * after another, and an instant of several matches asks again, cheaply, as it goes between them.
 */
function lacksCached(match: RecordMatch, need: Coverage): boolean {
  if (match !== lastMatch) {
    lastMatch = match;
    lastAsked = 0;
    lastLacking = 0;
  }
  const bit = COVERAGE_BIT[need];
  if ((lastAsked & bit) !== 0) return (lastLacking & bit) !== 0;
  const lacks = matchLacks(match, need);
  lastAsked |= bit;
  if (lacks) lastLacking |= bit;
  return lacks;
}

export function readCoverage(state: RecordState, stateKey: string): BookCoverage | undefined {
  return state.get<BookCoverage>(stateKey, 'coverage', 'book');
}

const NEEDS = new WeakMap<RecordDefinition, readonly Coverage[]>();

/** What a definition needs that a match can lack (a birth date is judged per row, not per match). */
function needsOf(definition: RecordDefinition): readonly Coverage[] {
  let needs = NEEDS.get(definition);
  if (!needs) NEEDS.set(definition, (needs = definition.requires.filter((need) => need !== 'birth_dates')));
  return needs;
}

/**
 * The state book counting a definition's book's matches (part 'coverage', key 'matches'): every
 * definition over the same matches counts the same, so they share one counter (see
 * `shared-books.ts`); a definition that needs no count keeps none (its own book).
 */
export function matchCounterBookOf(definition: RecordDefinition, stateKey: string): string {
  if (needsOf(definition).length === 0) return stateKey;
  let books = COUNTER_BOOKS.get(definition);
  if (books === undefined) COUNTER_BOOKS.set(definition, (books = { shape: shapeOf(perBookScope(definition.scope)), byStateKey: new Map() }));
  let book = books.byStateKey.get(stateKey);
  if (book === undefined) books.byStateKey.set(stateKey, (book = sharedBook('count', books.shape, stateKey)));
  return book;
}

/**
 * Each definition's counter books, named once: asked for several times per match and definition,
 * and one string object per book lets the state's maps find it by its hash already computed.
 */
const COUNTER_BOOKS = new WeakMap<RecordDefinition, { readonly shape: string; readonly byStateKey: Map<string, string> }>();

/** The book's matches before the instant, as every fact of the instant is judged. */
export function bookMatchesBefore(shares: InstantShares, definition: RecordDefinition, stateKey: string): number {
  return shares.before<number>(matchCounterBookOf(definition, stateKey), 'coverage', 'matches') ?? 0;
}

function lacksAny(match: RecordMatch, needs: readonly Coverage[]): boolean {
  for (const need of needs) if (lacksCached(match, need)) return true;
  return false;
}

export function updateCoverage(
  state: RecordState,
  stateKey: string,
  label: string,
  definition: RecordDefinition,
  match: RecordMatch,
  unmeasured: readonly UnitRow[],
  shares: InstantShares,
  /**
   * The books whose coverage the state is known to hold (it is never removed while a book is
   * evaluated): a match that adds nothing to it then does not read it, as every definition asked
   * for every match (13.6 of 35 state reads a match in a rebuild).
   */
  covered: Set<string>,
): void {
  const needs = needsOf(definition);
  const nothingToAdd = unmeasured.length === 0 && covered.has(stateKey) && !lacksAny(match, needs);
  const before = nothingToAdd ? undefined : readCoverage(state, stateKey);
  // The book's size matters only for records that can lack data (the share of matches without it).
  if (needs.length > 0) {
    // Counted once per match, by whichever definition sharing the counter commits it first.
    const counter = matchCounterBookOf(definition, stateKey);
    const counted = shares.claim(counter, 'coverage', 'matches', match);
    if (counted > 0) state.set(counter, 'coverage', 'matches', (shares.before<number>(counter, 'coverage', 'matches') ?? 0) + counted);
  }
  if (nothingToAdd) return;
  covered.add(stateKey);
  // Changed in place: facts of the instant were judged before any commit.
  const coverage: BookCoverage = before
    ? before
    : { label, firstDate: match.date, firstEdition: match.editionName, firstYear: match.editionStartYear, gaps: {}, unmeasured: 0, examples: [] };
  // Written back only when it changed: a stored book then rewrites it rarely, not once a match.
  let changed = before === undefined;
  for (const need of needs) {
    if (lacksCached(match, need)) {
      coverage.gaps[need] = (coverage.gaps[need] ?? 0) + 1;
      changed = true;
    }
  }
  for (const row of unmeasured) {
    changed = true;
    coverage.unmeasured += 1;
    if (coverage.examples.length < 3) coverage.examples.push(`${row.subject.name} (${row.match.date.slice(0, 4)})`);
  }
  if (changed) state.set(stateKey, 'coverage', 'book', coverage);
}

// What the matches lack, said of one match and of many where the words differ.
const GAP_WORDS: Record<Coverage, string | readonly [one: string, many: string]> = {
  scorers: ['its scorers', 'their scorers'],
  goal_minutes: 'goal minutes',
  birth_dates: 'birth dates',
  lineups: 'line-ups',
  shootouts: 'shoot-out results',
  stages: 'stages',
  venues: 'venues',
  cards: 'cards',
};

const UNMEASURED_WORDS: Partial<Record<RecordDefinition['measure']['kind'], string>> = {
  age: 'no birth date',
  minute: 'no minute',
};

/**
 * The year a book's record began, where known. A book of one competition began with that
 * competition's first edition. A book pooling a family began with the family's oldest competition:
 * every men's international since the first, in 1872, however late the competitions this
 * database holds begin (the World Cup alone reaches back to 1930, not to the first international).
 */
function recordBeganIn(definition: RecordDefinition, match: RecordMatch): number | undefined {
  const scope = definition.scope;
  if (scope.books === 'single' && scope.family !== undefined) {
    switch (scope.family) {
      case 'international':
        return poolsEveryInternational(definition) ? FIRST_INTERNATIONAL_YEAR : undefined;
      case 'fifa-world-cup':
        return foundedIn(scope.sex === 'women' ? "FIFA Women's World Cup" : 'FIFA World Cup');
      case 'uefa-club':
        return scope.sex === 'women' ? undefined : foundedIn('UEFA Champions League');
      default:
        return undefined;
    }
  }
  return foundedIn(match.competition.name);
}

/** A record over every men's international: one book pooling the family, which began in 1872. */
export function poolsEveryInternational(definition: RecordDefinition): boolean {
  const scope = definition.scope;
  return scope.books === 'single' && scope.family === 'international' && scope.sex === 'men';
}

/**
 * Why a record over every men's international (one book pooling the family) cannot be settled
 * here, or undefined when it can: a book that does not reach back to the first international holds
 * not a late start but a part — the tournaments some source has, without the friendlies and
 * qualifiers in between — and no sentence about every international could be trusted.
 */
export function partialInternationals(definition: RecordDefinition, coverage: Pick<BookCoverage, 'label' | 'firstEdition' | 'firstYear'>): string | undefined {
  if (!poolsEveryInternational(definition) || coverage.firstYear <= FIRST_INTERNATIONAL_YEAR) return undefined;
  return `this database's ${coverage.label} begins with ${coverage.firstEdition}: it does not hold every men's international (import the international results for them)`;
}

/** The book's data reaches back to the record's beginning (the international results hold every men's international). */
function startsAtFounding(definition: RecordDefinition, match: RecordMatch, coverage: BookCoverage): boolean {
  const began = recordBeganIn(definition, match);
  const from = definition.scope.editions?.from;
  if (began !== undefined) return coverage.firstYear <= Math.max(began, from ?? began);
  return match.competition.kind === 'international_tournament' && coverage.firstYear >= FIRST_INTERNATIONAL_YEAR;
}

export interface CoverageVerdict {
  readonly complete: boolean;
  /**
   * True when most of the book's matches lack what the record needs (the Champions League files
   * carry no scorers): no fact is produced, since no sentence about it could be trusted.
   */
  readonly refused: boolean;
  readonly notes: string[];
  /** A clause for the fact's text where the data does not reach back to the record's beginning. */
  readonly since?: string;
  /**
   * Where the gaps are large enough to change the answer (ten or more earlier matches or entries
   * lacking what the record needs), the caveat the fact's sentence must carry.
   */
  readonly caveat?: string;
}

/** Below this many gaps a caveat stays in the notes; from it on, the sentence itself says so. */
const MATERIAL_GAPS = 10;

/** Above this share of a book's matches lacking what a record needs, its facts are not produced. */
const REFUSED_SHARE = 0.5;

export function judgeCoverage(definition: RecordDefinition, match: RecordMatch, known: BookCoverage | undefined, bookMatches = 0): CoverageVerdict {
  // The book's first match: its data begins here.
  const coverage: BookCoverage = known ?? {
    label: match.competition.name,
    firstDate: match.date,
    firstEdition: match.editionName,
    firstYear: match.editionStartYear,
    gaps: {},
    unmeasured: 0,
    examples: [],
  };
  const notes: string[] = [];
  const material: string[] = [];
  let refused = false;
  let since: string | undefined;
  if (!startsAtFounding(definition, match, coverage)) {
    const partial = partialInternationals(definition, coverage);
    if (partial !== undefined) {
      refused = true;
      notes.push(partial);
    } else {
      since = coverage.firstEdition;
      notes.push(`this database's ${coverage.label} begins with ${coverage.firstEdition}`);
    }
  }
  for (const [need, count] of Object.entries(coverage.gaps) as [Coverage, number][]) {
    if (count === 0) continue;
    if (bookMatches > 0 && count / bookMatches > REFUSED_SHARE) refused = true;
    const words = GAP_WORDS[need];
    const note = `${thousands(count)} earlier ${count === 1 ? 'match lacks' : 'matches lack'} ${typeof words === 'string' ? words : words[count === 1 ? 0 : 1]}`;
    notes.push(note);
    if (count >= MATERIAL_GAPS) material.push(note);
  }
  if (coverage.unmeasured > 0) {
    const what = UNMEASURED_WORDS[definition.measure.kind] ?? 'no value';
    notes.push(`${coverage.unmeasured} earlier qualifying ${coverage.unmeasured === 1 ? 'entry has' : 'entries have'} ${what} here: ${coverage.examples.join(', ')}${coverage.unmeasured > coverage.examples.length ? ', …' : ''}`);
    if (coverage.unmeasured >= MATERIAL_GAPS) material.push(`${thousands(coverage.unmeasured)} earlier entries have ${what}`);
  }
  return {
    complete: notes.length === 0,
    refused,
    notes,
    ...(since ? { since } : {}),
    ...(material.length > 0 ? { caveat: `as far as this database shows: ${material.join('; ')}` } : {}),
  };
}
