// What every evaluator works with: the store, the loaded definitions, the stored record book, and
// books replayed for a point in time or a definition built from the claim.
import { nameKey } from '../domain/names.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import type { Store } from '../store/open-store.js';
import { replayedBook, storedBook, type BookReader, type BookRef } from './book-reader.js';
import type { Claim, ClaimCompetition, TimePoint } from './claim.js';
import { judgeBook, type CoverageJudgement } from './coverage-gate.js';
import { definitionFor, type ClaimDefinition, type RecordSpec } from './record-spec.js';
import { teamAliases, type ResolvedSubject } from './subjects.js';
import { unverifiable, type Verdict } from './verdict.js';

/** A verdict with the record book it was read from. */
export interface Judgement extends Verdict {
  readonly record?: { readonly definitionId: string; readonly book?: string; readonly asOf: string; readonly definedBy: 'catalogue' | 'claim' };
}

export class CheckContext {
  readonly stored: BookReader;
  private readonly replays = new Map<string, BookReader>();

  constructor(
    readonly store: Store,
    readonly definitions: readonly RecordDefinition[],
  ) {
    this.stored = storedBook(store);
  }

  private aliases: Map<string, number[]> | undefined;

  /** The teams a name is exactly (its own name or an alias: "West Germany" is Germany), none when it names no team. */
  teamsCalled(name: string): readonly number[] {
    this.aliases ??= teamAliases(this.store);
    return this.aliases.get(nameKey(name)) ?? [];
  }

  /** The book of a definition at a time point: the stored one when it holds the definition and the time is now. */
  bookFor(found: ClaimDefinition, time: TimePoint): BookReader {
    if (found.stored && time.kind === 'now') return this.stored;
    const date = time.kind === 'before' ? time.date : undefined;
    const key = `${JSON.stringify(found.definition)}|${date ?? ''}`;
    let reader = this.replays.get(key);
    if (!reader) {
      reader = replayedBook(this.store, [found.definition], date);
      this.replays.set(key, reader);
    }
    return reader;
  }
}

/** The one book of a definition the claim's competition means. */
export function pickBook(reader: BookReader, definitionId: string, competition: ClaimCompetition): BookRef | undefined {
  const books = reader.books(definitionId);
  if (competition.name !== undefined && competition.family !== 'international') return books.find((b) => nameKey(b.label) === nameKey(competition.name ?? ''));
  return books[0];
}

/** A record the claim is about, read and judged for coverage. */
export interface RecordLookup {
  readonly found: ClaimDefinition;
  readonly reader: BookReader;
  readonly book: BookRef;
  readonly coverage: CoverageJudgement;
  readonly record: NonNullable<Judgement['record']>;
}

/**
 * Finds the claim's record and its book; an unverifiable judgement when there is no competition,
 * no such book in the data, or the data does not cover it.
 */
export function lookupRecord(ctx: CheckContext, claim: Claim, spec: RecordSpec, title: string): RecordLookup | Judgement {
  const competition = claim.scope.competition;
  if (!competition) return unverifiable('the claim names no competition (say "at a World Cup", "in the Champions League"…)');
  const found = definitionFor(spec, competition, ctx.definitions, title);
  if ('problems' in found) return unverifiable(`no record can be defined for it: ${found.problems.join('; ')}`);
  const refused = judgeBook(ctx.store, found.definition, undefined).blocking;
  const record = { definitionId: found.definition.id, asOf: 'all the data', definedBy: found.stored ? ('catalogue' as const) : ('claim' as const) };
  if (refused) return { ...unverifiable(`the data does not cover it: ${refused}`), record };
  const reader = ctx.bookFor(found, claim.time);
  const book = pickBook(reader, found.definition.id, competition);
  if (!book) return { ...unverifiable(`the data holds no ${competition.name ?? competition.said} matches for this record (${reader.asOf})`), record: { ...record, asOf: reader.asOf } };
  const judged = judgeBook(ctx.store, found.definition, book, claim.time.kind === 'before' ? claim.time.date : undefined);
  // A claim that says "(since …, where this database begins)" speaks of the data only.
  const coverage: CoverageJudgement = claim.withinData ? { ...(judged.blocking ? { blocking: judged.blocking } : {}), notes: judged.notes } : judged;
  const withBook = { ...record, book: book.key, asOf: reader.asOf };
  if (coverage.blocking) return { ...unverifiable(`the data does not cover it: ${coverage.blocking}`, [], coverage.notes), record: withBook };
  return { found, reader, book, coverage, record: withBook };
}

export function isJudgement(value: RecordLookup | Judgement): value is Judgement {
  return 'verdict' in value;
}

/** The claim with its competition's sex taken from the subject when the claim did not say it (Marta: the women's World Cup). */
export function withSubjectSex(claim: Claim, subject: ResolvedSubject): Claim {
  const competition = claim.scope.competition;
  if (!competition || competition.sexSaid || competition.family !== 'fifa-world-cup') return claim;
  const sexes = new Set(subject.players.map((p) => p.sex).filter((s) => s !== null));
  if (sexes.size !== 1 || !sexes.has('women')) return claim;
  return { ...claim, scope: { ...claim.scope, competition: { ...competition, sex: 'women' } } };
}
