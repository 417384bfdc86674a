// A definition made ready to run: its scope as a match test, its predicate as a row test, its
// measure as a number with its English form, and the book a match belongs to.
import { ageOn, formatAge } from '../../domain/age.js';
import { nameKey } from '../../domain/names.js';
import { ordinalSuffix } from '../../domain/ordinal.js';
import { thousands } from '../../domain/thousands.js';
import type { Predicate } from '../definitions/predicate.js';
import type { RecordDefinition } from '../definitions/schema.js';
import { KNOCKOUT_STAGE_KINDS, type Direction, type Family } from '../definitions/vocabulary.js';
import { familiesOf } from './families.js';
import type { RecordMatch } from './record-match.js';
import type { Fields, FieldValue, UnitRow } from './rows.js';

export interface Book {
  /** Stable key of the book within the definition: `c3` for a competition, `all` for a single book. */
  readonly key: string;
  /** What `{competition}` says: "FIFA World Cup", "UEFA Champions League", "men's internationals". */
  readonly label: string;
  /** `definition-id|book-key`: where the book's state lives. Built once, so state lookups hash one string. */
  readonly stateKey: string;
}

const FAMILY_LABELS: Record<Family, Record<'men' | 'women' | 'any', string>> = {
  'fifa-world-cup': { men: 'FIFA World Cup', women: "FIFA Women's World Cup", any: 'FIFA World Cup' },
  'uefa-club': { men: 'UEFA club competitions', women: "UEFA women's club competitions", any: 'UEFA club competitions' },
  international: { men: "men's international football", women: "women's international football", any: 'international football' },
  'domestic-league': { men: "men's domestic leagues", women: "women's domestic leagues", any: 'domestic leagues' },
};

export interface CompiledScope {
  /** The book this match counts in, or undefined when the definition does not cover it. */
  bookOf(match: RecordMatch): Book | undefined;
  /** Row-level scope: venue and team. */
  acceptsRow(row: UnitRow): boolean;
  /** True when a single book spans several competitions: editions are then calendar years. */
  readonly spansCompetitions: boolean;
  /** Whether some match of this competition can be in scope (editions and stages aside). */
  coversCompetition(competition: RecordMatch['competition']): boolean;
  /** The book a match of this competition counts in, editions and stages aside. */
  bookOfCompetition(competition: RecordMatch['competition']): Book | undefined;
}

/**
 * What decides which matches and rows one of a scope's books takes, given the book. A book kept per
 * competition is that competition's, whichever way the scope chose it (by name, a list of names, a
 * family, a sex): two definitions over the Premier League, one naming it and one through its family,
 * take the same matches into it. A single book spanning competitions depends on the whole scope.
 * Books whose state is shared by definitions alike (running tallies, match counts) are named by this.
 */
export function perBookScope(scope: RecordDefinition['scope']): unknown {
  if (scope.books === 'single') return scope;
  const { competition: _competition, family: _family, sex: _sex, ...rest } = scope;
  return rest;
}

/**
 * What something kept for a long time (a scope's life, a server's) worked out for each competition,
 * by id: a competition renamed or recorded as another kind since (the same id) is worked out again,
 * as its name, kind and sex are what a definition's scope reads (its family follows the kind).
 */
export class PerCompetition<T> {
  private readonly known = new Map<number, { readonly competition: RecordMatch['competition']; readonly value: T }>();

  constructor(private readonly make: (competition: RecordMatch['competition']) => T) {}

  get(competition: RecordMatch['competition']): T {
    const known = this.known.get(competition.id);
    if (known !== undefined && known.competition.name === competition.name && known.competition.kind === competition.kind && known.competition.sex === competition.sex) return known.value;
    const value = this.make(competition);
    this.known.set(competition.id, { competition, value });
    return value;
  }
}

export function compileScope(definition: RecordDefinition): CompiledScope {
  const scope = definition.scope;
  const names = scope.competition === undefined ? undefined : new Set((Array.isArray(scope.competition) ? scope.competition : [scope.competition]).map(nameKey));
  const stages = scope.stages ? new Set(scope.stages.flatMap((s) => (s === 'knockout' ? KNOCKOUT_STAGE_KINDS : [s]))) : undefined;
  const teamKey = scope.team === undefined ? undefined : nameKey(scope.team);
  const single = scope.books === 'single';
  const spansCompetitions = single && (scope.family !== undefined || (names?.size ?? 0) > 1);
  const singleLabel = scope.family
    ? FAMILY_LABELS[scope.family][scope.sex]
    : Array.isArray(scope.competition)
      ? scope.competition.join(' / ')
      : (scope.competition ?? '');
  const books = new PerCompetition<Book | undefined>((competition) => {
    const sexOk = scope.sex === 'any' || competition.sex === scope.sex;
    const inScope = names ? names.has(nameKey(competition.name)) : scope.family !== undefined && familiesOf(competition).includes(scope.family);
    if (!sexOk || !inScope) return undefined;
    const key = single ? 'all' : `c${competition.id}`;
    return { key, label: single ? singleLabel : competition.name, stateKey: `${definition.id}|${key}` };
  });
  const competitionBook = (match: RecordMatch): Book | undefined => books.get(match.competition);
  return {
    spansCompetitions,
    coversCompetition(competition) {
      return competitionBook({ competition } as RecordMatch) !== undefined;
    },
    bookOfCompetition(competition) {
      return competitionBook({ competition } as RecordMatch);
    },
    bookOf(match) {
      const book = competitionBook(match);
      if (!book) return undefined;
      if (scope.editions) {
        const year = match.editionStartYear;
        if (scope.editions.from !== undefined && year < scope.editions.from) return undefined;
        if (scope.editions.to !== undefined && year > scope.editions.to) return undefined;
      }
      if (stages && (match.stageKind === null || !stages.has(match.stageKind))) return undefined;
      return book;
    },
    acceptsRow(row) {
      if (scope.venue !== undefined && row.venue !== scope.venue) return false;
      if (teamKey !== undefined && (row.team === null || nameKey(row.team.name) !== teamKey)) return false;
      return true;
    },
  };
}

function compare(actual: FieldValue, op: string, expected: number | boolean | string): boolean {
  if (actual === null) return false;
  switch (op) {
    case '=':
      return actual === expected;
    case '!=':
      return actual !== expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    default:
      return false;
  }
}

/** True when the fields satisfy the predicate; a field the data does not give (null) never qualifies. */
export function testPredicate(predicate: Predicate | undefined, fields: Fields): boolean {
  if (predicate === undefined) return true;
  if ('all' in predicate) return predicate.all.every((p) => testPredicate(p, fields));
  if ('any' in predicate) return predicate.any.some((p) => testPredicate(p, fields));
  if ('not' in predicate) {
    // "not" of an unknown stays unknown: a row the data cannot judge does not qualify either way.
    if (!knownFor(predicate.not, fields)) return false;
    return !testPredicate(predicate.not, fields);
  }
  const actual = fields[predicate.field] ?? null;
  if (predicate.op === 'in') return actual !== null && (predicate.value as readonly (number | string)[]).includes(actual as number | string);
  return compare(actual, predicate.op, predicate.value);
}

function knownFor(predicate: Predicate, fields: Fields): boolean {
  if ('all' in predicate) return predicate.all.every((p) => knownFor(p, fields));
  if ('any' in predicate) return predicate.any.every((p) => knownFor(p, fields));
  if ('not' in predicate) return knownFor(predicate.not, fields);
  return (fields[predicate.field] ?? null) !== null;
}

/** "Bigger is better" or "smaller is better" for an extreme. */
export function higherIsBetter(direction: Direction): boolean {
  return !(direction === 'youngest' || direction === 'fewest' || direction === 'fastest');
}

/** An age as one sortable number: years, then days. */
export function ageAmount(birthDate: string, on: string): number {
  const age = ageOn(birthDate, on);
  return age.years * 1000 + age.days;
}

export function formatAgeAmount(amount: number): string {
  return formatAge({ years: Math.floor(amount / 1000), days: amount % 1000 });
}

export function formatMinuteAmount(amount: number): string {
  const minute = Math.floor(amount);
  const stoppage = Math.round((amount - minute) * 100);
  return stoppage > 0 ? `${minute}+${stoppage}'` : `${minute}'`;
}

export function formatDays(days: number): string {
  const years = Math.floor(days / 365.25);
  const rest = Math.round(days - years * 365.25);
  if (years === 0) return `${days} ${days === 1 ? 'day' : 'days'}`;
  return `${years} ${years === 1 ? 'year' : 'years'} ${rest} ${rest === 1 ? 'day' : 'days'}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How a measure's amount is written. */
export function formatAmount(definition: RecordDefinition, amount: number): string {
  switch (definition.measure.kind) {
    case 'age':
      return formatAgeAmount(amount);
    case 'minute':
      return formatMinuteAmount(amount);
    case 'gap':
      return formatDays(amount);
    default:
      return String(amount);
  }
}

const SMALL_ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "fourth", "16th", "101st". */
export function ordinalWord(n: number): string {
  if (n >= 0 && n < SMALL_ORDINALS.length) return SMALL_ORDINALS[n] ?? `${n}th`;
  return `${thousands(n)}${ordinalSuffix(n)}`;
}
