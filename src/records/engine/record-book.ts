// The record book: every definition's books, fed matches in time order. For each match it returns
// the facts — what the match did to the book as it stood before it — and then records the match.
import type { RecordDefinition } from '../definitions/schema.js';
import type { FactKind } from '../definitions/vocabulary.js';
import { compileScope, PerCompetition, type CompiledScope } from './compile.js';
import { bookMatchesBefore, judgeCoverage, readCoverage, UNAVAILABLE, updateCoverage } from './coverage.js';
import { InstantShares } from './shared-books.js';
import type { DraftFact, EvaluateContext, Outcome } from './evaluate-context.js';
import type { Fact } from './fact.js';
import { extreme, first, firstSince, milestone, ordinal } from './produce.js';
import type { RecordMatch } from './record-match.js';
import type { RecordState } from './state.js';
import { streak } from './streaks.js';
import { MatchRows, unitRows, type UnitRows } from './units.js';
import { factText } from './fact-text.js';
import { factScore } from './fact-score.js';
import { dayModeOf, hasKickOff, instantKey, orderDay, type DayMode } from './instants.js';
import { editorsCut, isNoise } from './editor.js';

/** Every book takes part (the ordinary instant). */
const ADMIT_ALL = (): boolean => true;

interface CompiledDefinition {
  readonly definition: RecordDefinition;
  readonly scope: CompiledScope;
  /** Why it is not evaluated, when it cannot be (data no source provides). */
  readonly refused?: string;
}

export function compileDefinition(definition: RecordDefinition): CompiledDefinition {
  const missing = definition.requires.filter((need) => UNAVAILABLE.has(need));
  return {
    definition,
    scope: compileScope(definition),
    ...(missing.length > 0 ? { refused: `needs ${missing.join(', ')}, which no loaded source provides` } : {}),
  };
}

/** Lists kept for instants mixing competitions before the catalogue starts again (their mixes vary). */
const MAX_MIXED_LISTS = 10_000;

/**
 * A set of definitions compiled once, with what every book made from it asks again: a book is made
 * for each new match, and making its lookups afresh was a twentieth of what a new match allocated.
 */
class Catalogue {
  readonly byId: ReadonlyMap<string, RecordDefinition>;
  /** The definitions whose books can hold one competition's matches, edition and stage filters aside. */
  private readonly byCompetition = new PerCompetition((competition) => this.compiled.filter((c) => !c.refused && c.scope.coversCompetition(competition)));
  /** By the ids of an instant's competitions, with the lists of each it was made from. */
  private readonly mixed = new Map<string, { readonly parts: readonly (readonly CompiledDefinition[])[]; readonly list: readonly CompiledDefinition[] }>();

  constructor(readonly compiled: readonly CompiledDefinition[]) {
    this.byId = new Map(compiled.map((c) => [c.definition.id, c.definition]));
  }

  /** The definitions whose books can hold one of these matches' competitions (evaluated, in catalogue order). */
  relevantTo(matches: readonly RecordMatch[]): readonly CompiledDefinition[] {
    const first = matches[0];
    if (!first) return [];
    // A round of one league kicks off together: one competition, its own list.
    if (matches.every((m) => m.competition.id === first.competition.id)) return this.byCompetition.get(first.competition);
    const competitions = [...new Map(matches.map((m) => [m.competition.id, m.competition])).values()].sort((x, y) => x.id - y.id);
    const parts = competitions.map((competition) => this.byCompetition.get(competition));
    const key = competitions.map((competition) => competition.id).join(',');
    const known = this.mixed.get(key);
    if (known && known.parts.every((part, i) => part === parts[i])) return known.list;
    const wanted = new Set(parts.flat());
    const list = this.compiled.filter((c) => wanted.has(c));
    if (this.mixed.size >= MAX_MIXED_LISTS) this.mixed.clear();
    this.mixed.set(key, { parts, list });
    return list;
  }
}

const CATALOGUES = new WeakMap<readonly RecordDefinition[], Catalogue>();

function catalogueOf(definitions: readonly RecordDefinition[]): Catalogue {
  let catalogue = CATALOGUES.get(definitions);
  if (!catalogue) {
    catalogue = new Catalogue(definitions.map(compileDefinition));
    CATALOGUES.set(definitions, catalogue);
  }
  return catalogue;
}

/** A set of definitions compiled once: a book made for each new match should not pay for it again. */
export function compiledOnce(definitions: readonly RecordDefinition[]): readonly CompiledDefinition[] {
  return catalogueOf(definitions).compiled;
}

/** The rows of the definition's unit the match gives; none for a streak, which its evaluator builds. */
function unitsOf(ctx: EvaluateContext, rows: MatchRows): UnitRows | undefined {
  return ctx.definition.unit === 'streak' ? undefined : unitRows(ctx, rows);
}

/** What the definition makes of the match: from its unit's rows, or a streak's from the match. */
function outcomeOf(ctx: EvaluateContext, units: UnitRows | undefined, rows: MatchRows): Outcome {
  if (!units) return streak(ctx, rows);
  switch (ctx.definition.produces.kind) {
    case 'extreme':
      return extreme(ctx, units.rows);
    case 'ordinal':
      return ordinal(ctx, units.rows);
    case 'first':
      return first(ctx, units.rows);
    case 'first_since':
      return firstSince(ctx, units.rows);
    default:
      return milestone(ctx, units.rows);
  }
}

/**
 * Which same-day matches of unknown order could change a fact of this record: none for a team's
 * own first or milestone; any match with qualifying rows for a count kept over the whole
 * competition (the 3,000th goal); for records and memberships, the matches that also moved them.
 */
function orderMatters(definition: RecordDefinition): 'none' | 'rows' | 'facts' {
  const produces = definition.produces;
  switch (produces.kind) {
    case 'first':
    case 'first_since':
    case 'milestone':
      return produces.per === 'competition' ? 'rows' : 'none';
    default:
      return 'facts';
  }
}

export interface RecordBookOptions {
  /**
   * Only these books (`definition-id|book-key`), each from its date on: a correction replays the
   * books it touched from the day it changed, and leaves every other book as it is.
   */
  readonly onlyBooks?: ReadonlyMap<string, string>;
  /**
   * Called as each instant of a day begins, with its key (see `instantKey`): an undo journal keeps
   * what each instant changed, so a result added at 20:00 rolls back only what 20:00 did.
   */
  readonly onInstant?: (key: string) => void;
  /**
   * Books whose coverage the state is known to hold already (see `updateCoverage`): a replay from
   * the middle of a book need not read each book's coverage to learn that it exists.
   */
  readonly covered?: Iterable<string>;
  /**
   * How each day is taken in (see `DayMode`), when the book is given only some of a day's matches
   * (a rebuild split between threads by competition): decided from all of them, as a book given
   * every match would decide it. Without it, from the matches given.
   */
  readonly dayMode?: (date: string) => DayMode | undefined;
}

/** What a provisional record (broken, equalled, extended) adds to its sentence. */
export const PROVISIONAL_NOTE = 'Provisional: the match is in progress, and this would become the record if the score stands.';

/** What any other provisional fact (a first, a milestone, a place in a list) adds: it is no record. */
export const PROVISIONAL_OTHER_NOTE = 'Provisional: the match is in progress, and this stands only if the result does.';

const RECORD_KINDS: ReadonlySet<FactKind> = new Set(['new_record', 'equals_record', 'extends_own_record']);

export class RecordBook {
  readonly definitions: readonly CompiledDefinition[];
  private readonly onlyBooks: ReadonlyMap<string, string> | undefined;
  private readonly onInstant: ((key: string) => void) | undefined;

  constructor(
    definitions: readonly RecordDefinition[],
    readonly state: RecordState,
    options: RecordBookOptions = {},
  ) {
    this.catalogue = catalogueOf(definitions);
    this.definitions = this.catalogue.compiled;
    this.byId = this.catalogue.byId;
    this.onlyBooks = options.onlyBooks;
    this.onInstant = options.onInstant;
    this.covered = new Set(options.covered);
    this.dayMode = options.dayMode;
  }

  private readonly dayMode: ((date: string) => DayMode | undefined) | undefined;

  /** False for a book (or an instant of it) this book leaves alone. */
  private replays(stateKey: string, at: string): boolean {
    if (!this.onlyBooks) return true;
    const from = this.onlyBooks.get(stateKey);
    return from !== undefined && at >= from;
  }

  private readonly byId: ReadonlyMap<string, RecordDefinition>;

  /** The books whose coverage the state holds (see `updateCoverage`). */
  private readonly covered: Set<string>;

  private readonly catalogue: Catalogue;

  /** The definitions whose books can hold one of these matches' competitions (evaluated, in catalogue order). */
  private relevantTo(matches: readonly RecordMatch[]): readonly CompiledDefinition[] {
    return this.catalogue.relevantTo(matches);
  }

  /** One day's matches: split into instants by kick-off, each judged against the book before it. */
  addDay(matches: readonly RecordMatch[]): Fact[] {
    const first = matches[0];
    if (!first) return [];
    const mode = this.dayMode?.(first.date) ?? dayModeOf(matches);
    if (mode === 'timed') {
      const facts: Fact[] = [];
      for (const instant of orderDay(matches)) {
        const at = instantKey(instant[0] ?? first);
        this.onInstant?.(at);
        facts.push(...this.addInstant(instant, ADMIT_ALL, at));
      }
      return facts;
    }
    // Some match lacks a kick-off: the day is one stretch of time for the journal and for replays.
    this.onInstant?.(first.date);
    if (mode === 'mixed') return this.addMixedDay(matches, orderDay(matches.filter(hasKickOff)));
    return this.addInstant(matches, ADMIT_ALL, first.date);
  }

  /**
   * A day where some matches have no kick-off time and others kick off at different times. Order
   * is a question within a book: a book holding one of the untimed matches takes the day as one
   * instant; a book whose matches that day all have times takes them in order. Deciding it per
   * book keeps a book's history a function of its own matches, so a correction in another
   * competition (a match without a time moved onto the day) cannot change it.
   */
  private addMixedDay(whole: readonly RecordMatch[], slots: readonly (readonly RecordMatch[])[]): Fact[] {
    const untimedBooks = new Set<string>();
    const untimed = whole.filter((m) => !hasKickOff(m));
    for (const compiled of this.relevantTo(untimed)) {
      for (const match of untimed) {
        const book = compiled.scope.bookOf(match);
        if (book) untimedBooks.add(book.stateKey);
      }
    }
    const day = whole[0]?.date ?? '';
    const facts = this.addInstant(whole, (stateKey) => untimedBooks.has(stateKey), day);
    for (const slot of slots) facts.push(...this.addInstant(slot, (stateKey) => !untimedBooks.has(stateKey), day));
    return facts;
  }

  /** Matches whose order among themselves is unknown: each is judged against the book before all of them. */
  addInstant(matches: readonly RecordMatch[], admits: (stateKey: string) => boolean = ADMIT_ALL, at = matches[0]?.date ?? ''): Fact[] {
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only) return this.addMatch(only, admits, at);
    const facts: Fact[] = [];
    const rowsOf = matches.map((m) => new MatchRows(m));
    const shares = new InstantShares(this.state);
    // Books are per definition: a definition's changes are committed once every match of the
    // instant has been judged by it, before the next definition, as if all were committed at the end.
    const judged: { ctx: EvaluateContext; outcome: Outcome; units: UnitRows | undefined }[] = [];
    for (const compiled of this.relevantTo(matches)) {
      judged.length = 0;
      // Made only when a match of the instant has rows or facts for this definition.
      let found: { ctx: EvaluateContext; drafts: readonly DraftFact[] }[] | undefined;
      let counted: { match: RecordMatch; book: string }[] | undefined;
      matches.forEach((match, index) => {
        const book = compiled.scope.bookOf(match);
        const rows = rowsOf[index];
        if (!book || !rows || !this.replays(book.stateKey, at) || !admits(book.stateKey)) return;
        const ctx: EvaluateContext = { definition: compiled.definition, scope: compiled.scope, book, stateKey: book.stateKey, state: this.state, match, instant: matches, shares };
        const units = unitsOf(ctx, rows);
        const outcome = outcomeOf(ctx, units, rows);
        if (outcome.facts.length > 0) (found ??= []).push({ ctx, drafts: outcome.facts });
        if ((units?.rows.length ?? 0) > 0) (counted ??= []).push({ match, book: book.key });
        judged.push({ ctx, outcome, units });
      });
      if (found) {
        // Same-day matches of unknown order that also moved this record: which came first is unknown.
        const order = orderMatters(compiled.definition);
        const others = order === 'facts' ? found.map((f) => ({ match: f.ctx.match, book: f.ctx.book.key })) : order === 'rows' ? (counted ?? []) : [];
        for (const { ctx, drafts } of found) {
          const simultaneous = others.filter((other) => other.match !== ctx.match && other.book === ctx.book.key).map((other) => other.match.id);
          this.write(ctx, drafts, simultaneous, facts);
        }
      }
      for (const { ctx, outcome, units } of judged) {
        units?.commit();
        outcome.commit();
        updateCoverage(this.state, ctx.stateKey, ctx.book.label, compiled.definition, ctx.match, units?.unknown ?? [], ctx.shares, this.covered);
      }
    }
    return editorsCut(facts, this.byId);
  }

  /**
   * A match alone at its instant (most are: kick-offs are known): each definition is judged and
   * committed in turn. Books are per definition, so committing one before judging the next gives
   * what committing all after judging all gives, without holding a closure per definition.
   */
  private addMatch(match: RecordMatch, admits: (stateKey: string) => boolean, at: string): Fact[] {
    const facts: Fact[] = [];
    const rows = new MatchRows(match);
    const instant = [match];
    const shares = new InstantShares(this.state);
    for (const compiled of this.relevantTo(instant)) {
      const book = compiled.scope.bookOf(match);
      if (!book || !this.replays(book.stateKey, at) || !admits(book.stateKey)) continue;
      const stateKey = book.stateKey;
      const ctx: EvaluateContext = { definition: compiled.definition, scope: compiled.scope, book, stateKey, state: this.state, match, instant, shares };
      const units = unitsOf(ctx, rows);
      const outcome = outcomeOf(ctx, units, rows);
      if (outcome.facts.length > 0) this.write(ctx, outcome.facts, [], facts);
      units?.commit();
      outcome.commit();
      updateCoverage(this.state, stateKey, book.label, compiled.definition, match, units?.unknown ?? [], ctx.shares, this.covered);
    }
    return facts.length === 0 ? facts : editorsCut(facts, this.byId);
  }

  /**
   * A definition's drafts for one match, as facts appended to `facts`: what the editor would cut is
   * not worth a sentence (the cut itself is made again on the instant's facts), and where most of
   * the book lacks what the record needs nothing is said rather than something untrue.
   */
  private write(ctx: EvaluateContext, all: readonly DraftFact[], simultaneous: number[], facts: Fact[]): void {
    const drafts = all.filter((draft) => !isNoise(draft, ctx.definition));
    if (drafts.length === 0) return;
    const bookCoverage = readCoverage(this.state, ctx.stateKey);
    const bookMatches = bookMatchesBefore(ctx.shares, ctx.definition, ctx.stateKey);
    const coverage = { ...judgeCoverage(ctx.definition, ctx.match, bookCoverage, bookMatches), bookFirstDate: bookCoverage?.firstDate };
    if (coverage.refused) return;
    for (const draft of drafts) facts.push(this.finish(ctx, draft, coverage, simultaneous));
  }

  private finish(ctx: EvaluateContext, draft: DraftFact, coverage: ReturnType<typeof judgeCoverage> & { bookFirstDate: string | undefined }, simultaneous: number[]): Fact {
    const definition = ctx.definition;
    const sentence = factText(definition, ctx.book, draft, coverage, simultaneous.length > 0);
    const kind: FactKind = draft.kind;
    const text = ctx.match.live ? `${sentence} ${RECORD_KINDS.has(kind) ? PROVISIONAL_NOTE : PROVISIONAL_OTHER_NOTE}` : sentence;
    return {
      id: `${ctx.match.id}:${definition.id}:${kind}:${draft.subject.key}`,
      kind,
      definitionId: definition.id,
      title: definition.title.replaceAll('{competition}', ctx.book.label),
      book: ctx.book.label,
      matchId: ctx.match.id,
      date: ctx.match.date,
      subject: { ...draft.subject, ...(draft.row.team && draft.subject.kind === 'player' ? { team: draft.row.team.name } : {}) },
      amount: draft.amount,
      value: draft.value,
      ...(draft.n !== undefined ? { n: draft.n } : {}),
      previous: draft.previous,
      text,
      score: factScore(definition, draft, coverage.complete, coverage.bookFirstDate),
      coverage: { complete: coverage.complete, notes: coverage.notes },
      ...(simultaneous.length > 0 ? { simultaneousWith: simultaneous } : {}),
      ...(ctx.match.live ? { provisional: true as const } : {}),
      proof: {
        before: draft.before,
        after: draft.after,
        query: { definitionId: definition.id, book: ctx.book.key, asOfMatchId: ctx.match.id, asOfDate: ctx.match.date },
      },
    };
  }
}

