// The rows of a definition's unit that one match gives, each with its measure: per-match units
// straight from the match, edition and career units as running tallies kept in the book's state.
import { PLAYING_AGE } from '../../domain/age.js';
import { ageAmount, daysBetween, formatAmount, perBookScope, testPredicate } from './compile.js';
import type { RecordDefinition } from '../definitions/schema.js';
import type { EvaluateContext } from './evaluate-context.js';
import { shapeOf, sharedBook } from './shared-books.js';
import { tieRows } from './ties.js';
import { goalRows, matchRow, playerMatchRows, teamMatchRows, type Fields, type UnitRow } from './rows.js';
import type { RecordMatch } from './record-match.js';

/** A row in scope that passed the predicate, with its measure (null when the data cannot give it). */
export interface MeasuredRow {
  readonly row: UnitRow;
  /** The tally or entry key: a player, a player in an edition, a team in a match… */
  readonly entryKey: string;
  readonly amount: number | null;
  readonly value: string;
  /** How much this match added, for a tally: its goals, or 1 for a count. */
  readonly delta: number;
}

/** A measured row whose words ("17 years 239 days") are written only if something reads them: most rows never reach a list. */
class Measured implements MeasuredRow {
  constructor(
    readonly row: UnitRow,
    /** The key, or null for a row keyed by its subject in its match (built only if read: most rows never reach a list). */
    private readonly key: string | null,
    readonly amount: number | null,
    readonly delta: number,
    private readonly definition: EvaluateContext['definition'],
  ) {}

  get entryKey(): string {
    return this.key ?? `${this.row.subject.key}@${this.row.match.id}`;
  }

  get value(): string {
    return this.amount === null ? '' : formatAmount(this.definition, this.amount);
  }
}

const LABELLED = new WeakMap<RecordMatch, Map<string, RecordMatch>>();

/** The match with its edition named as a book spanning competitions names it (a year): one copy per match and label, not per row. */
function matchLabelled(match: RecordMatch, label: string): RecordMatch {
  // A book of one competition names the edition as the match does: no copy.
  if (label === match.editionName) return match;
  let byLabel = LABELLED.get(match);
  if (!byLabel) LABELLED.set(match, (byLabel = new Map()));
  let labelled = byLabel.get(label);
  if (!labelled) byLabel.set(label, (labelled = { ...match, editionName: label }));
  return labelled;
}

export interface UnitRows {
  readonly rows: readonly MeasuredRow[];
  /** Rows in scope the predicate could not judge or measure could not value: coverage gaps. */
  readonly unknown: readonly UnitRow[];
  commit(): void;
}

/** Per-match rows of a unit, computed once per match and shared by every definition. */
export class MatchRows {
  private goal?: UnitRow[];
  private player?: UnitRow[];
  private team?: UnitRow[];
  private single?: UnitRow[];
  private talliedRows?: Map<UnitRow, Tallied[]>;
  /** Running tallies its rows made, shared by the definitions that hold the same tally (see `tallyOf`); made when first asked for. */
  get tallied(): Map<UnitRow, Tallied[]> {
    return (this.talliedRows ??= new Map());
  }
  private ageOfRow?: Map<UnitRow, number | null>;
  /**
   * Ages worked out for its rows: several definitions measure the same goal's age (the youngest
   * and the oldest scorer, in more than one book). Kept with the match, not in a map of every row
   * ever measured, so it goes when the match does.
   */
  get ages(): Map<UnitRow, number | null> {
    return (this.ageOfRow ??= new Map());
  }
  constructor(readonly match: RecordMatch) {}
  goals(): UnitRow[] {
    return (this.goal ??= goalRows(this.match));
  }
  players(): UnitRow[] {
    return (this.player ??= playerMatchRows(this.match));
  }
  teams(): UnitRow[] {
    return (this.team ??= teamMatchRows(this.match));
  }
  matchRow(): UnitRow[] {
    return (this.single ??= [matchRow(this.match)]);
  }
}

interface PlayerTally {
  goals: number;
  penaltyGoals: number;
  nonPenaltyGoals: number;
  matchesScoredIn: number;
  hatTricks: number;
  editionsScoredIn: number;
  lastEdition: string | null;
  /** Older tallies lack these: read them with `?? 0`. */
  consecutiveEditionsScoredIn?: number;
  yellowCards?: number;
  redCards?: number;
}

interface TeamTally {
  matches: number;
  wins: number;
  draws: number;
  losses: number;
  goalsFor: number;
  goalsAgainst: number;
  cleanSheets: number;
  editions: number;
  titles: number;
  finals: number;
  champion: boolean;
  reachedFinal: boolean;
  lastEdition: string | null;
  /** Older tallies lack these: read them with `?? 0`. */
  semiFinals?: number;
  consecutiveEditions?: number;
  lastSemiFinal?: string | null;
  extraTimeMatches?: number;
}

function num(fields: Fields, name: string): number {
  const value = fields[name];
  return typeof value === 'number' ? value : 0;
}

/** The edition before the current one in a book: what "consecutive" is measured against. */
interface EditionOrder {
  readonly current: string;
  readonly previous: string | null;
}

// Tallies are copied field by field, every field named in one order, rather than spread: a spread
// of an object read from JSON goes the slow, generic way (a twentieth of a rebuild's own work at
// 200,000 matches went to copying player tallies), and one shape keeps the code reading them fast.
// A field an older tally lacks stays undefined, which JSON leaves out as before.
const copyPlayer = (t: PlayerTally): PlayerTally => ({
  goals: t.goals,
  penaltyGoals: t.penaltyGoals,
  nonPenaltyGoals: t.nonPenaltyGoals,
  matchesScoredIn: t.matchesScoredIn,
  hatTricks: t.hatTricks,
  editionsScoredIn: t.editionsScoredIn,
  lastEdition: t.lastEdition,
  consecutiveEditionsScoredIn: t.consecutiveEditionsScoredIn,
  yellowCards: t.yellowCards,
  redCards: t.redCards,
});

const NEW_PLAYER: PlayerTally = { goals: 0, penaltyGoals: 0, nonPenaltyGoals: 0, matchesScoredIn: 0, hatTricks: 0, editionsScoredIn: 0, lastEdition: null };

const copyTeam = (t: TeamTally): TeamTally => ({
  matches: t.matches,
  wins: t.wins,
  draws: t.draws,
  losses: t.losses,
  goalsFor: t.goalsFor,
  goalsAgainst: t.goalsAgainst,
  cleanSheets: t.cleanSheets,
  editions: t.editions,
  titles: t.titles,
  finals: t.finals,
  champion: t.champion,
  reachedFinal: t.reachedFinal,
  lastEdition: t.lastEdition,
  semiFinals: t.semiFinals,
  consecutiveEditions: t.consecutiveEditions,
  lastSemiFinal: t.lastSemiFinal,
  extraTimeMatches: t.extraTimeMatches,
});

const NEW_TEAM: TeamTally = { matches: 0, wins: 0, draws: 0, losses: 0, goalsFor: 0, goalsAgainst: 0, cleanSheets: 0, editions: 0, titles: 0, finals: 0, champion: false, reachedFinal: false, lastEdition: null };

function addPlayer(before: PlayerTally | undefined, row: UnitRow, edition: string, previousEdition: string | null): PlayerTally {
  const t = copyPlayer(before ?? NEW_PLAYER);
  const goals = num(row.fields, 'goals');
  t.goals += goals;
  t.penaltyGoals += num(row.fields, 'penaltyGoals');
  t.nonPenaltyGoals += num(row.fields, 'nonPenaltyGoals');
  if (goals > 0) {
    t.matchesScoredIn += 1;
    if (t.lastEdition !== edition) {
      t.editionsScoredIn += 1;
      const run = t.consecutiveEditionsScoredIn ?? 0;
      t.consecutiveEditionsScoredIn = t.lastEdition !== null && t.lastEdition === previousEdition ? run + 1 : 1;
    }
    t.lastEdition = edition;
  }
  if (goals >= 3) t.hatTricks += 1;
  t.yellowCards = (t.yellowCards ?? 0) + num(row.fields, 'yellowCards');
  t.redCards = (t.redCards ?? 0) + num(row.fields, 'redCards');
  return t;
}

function addTeam(before: TeamTally | undefined, row: UnitRow, edition: string, previousEdition: string | null): TeamTally {
  const t = copyTeam(before ?? NEW_TEAM);
  t.matches += 1;
  const result = row.fields.result;
  if (result === 'win') t.wins += 1;
  else if (result === 'draw') t.draws += 1;
  else t.losses += 1;
  t.goalsFor += num(row.fields, 'goalsFor');
  t.goalsAgainst += num(row.fields, 'goalsAgainst');
  if (row.fields.cleanSheet === true) t.cleanSheets += 1;
  if (row.fields.extraTime === true) t.extraTimeMatches = (t.extraTimeMatches ?? 0) + 1;
  if (t.lastEdition !== edition) {
    t.editions += 1;
    const run = t.consecutiveEditions ?? 0;
    t.consecutiveEditions = t.lastEdition !== null && t.lastEdition === previousEdition ? run + 1 : 1;
  }
  t.lastEdition = edition;
  if (row.match.stageKind === 'semi_final' && t.lastSemiFinal !== edition) {
    t.semiFinals = (t.semiFinals ?? 0) + 1;
    t.lastSemiFinal = edition;
  }
  if (row.match.stageKind === 'final') {
    t.finals += 1;
    t.reachedFinal = true;
  }
  if (row.match.championSide !== null && row.match.championSide === row.side) {
    t.titles += 1;
    t.champion = true;
  }
  return t;
}

function playerFields(t: PlayerTally, career: boolean): Fields {
  const fields: Fields = {
    goals: t.goals,
    penaltyGoals: t.penaltyGoals,
    nonPenaltyGoals: t.nonPenaltyGoals,
    matchesScoredIn: t.matchesScoredIn,
    hatTricks: t.hatTricks,
    matches: null,
  };
  if (!career) {
    fields.champion = null;
    return fields;
  }
  fields.editionsScoredIn = t.editionsScoredIn;
  fields.consecutiveEditionsScoredIn = t.consecutiveEditionsScoredIn ?? 0;
  fields.yellowCards = t.yellowCards ?? 0;
  fields.redCards = t.redCards ?? 0;
  fields.editions = null;
  fields.titles = null;
  return fields;
}

function teamFields(t: TeamTally, career: boolean, row: UnitRow): Fields {
  if (career) {
    return {
      matches: t.matches,
      wins: t.wins,
      draws: t.draws,
      losses: t.losses,
      goalsFor: t.goalsFor,
      goalsAgainst: t.goalsAgainst,
      editions: t.editions,
      titles: t.titles,
      finals: t.finals,
      semiFinals: t.semiFinals ?? 0,
      consecutiveEditions: t.consecutiveEditions ?? 0,
      extraTimeMatches: t.extraTimeMatches ?? 0,
    };
  }
  return {
    matches: t.matches,
    wins: t.wins,
    draws: t.draws,
    losses: t.losses,
    goalsFor: t.goalsFor,
    goalsAgainst: t.goalsAgainst,
    goalDifference: t.goalsFor - t.goalsAgainst,
    points: 3 * t.wins + t.draws,
    cleanSheets: t.cleanSheets,
    unbeaten: t.losses === 0,
    champion: t.champion,
    reachedFinal: t.reachedFinal,
    // The same in every match of the edition: the match says it.
    hosts: row.fields.hosts ?? null,
  };
}

/** How much one match moved a team tally's field. */
function teamDelta(before: TeamTally | undefined, after: TeamTally, field: string): number {
  if (field === 'goalDifference') return after.goalsFor - after.goalsAgainst - (before ? before.goalsFor - before.goalsAgainst : 0);
  if (field === 'points') return 3 * (after.wins - (before?.wins ?? 0)) + (after.draws - (before?.draws ?? 0));
  const now = (after as unknown as Record<string, unknown>)[field];
  const then = before ? (before as unknown as Record<string, unknown>)[field] : 0;
  return typeof now === 'number' && typeof then === 'number' ? now - then : 0;
}

/** The edition a tally belongs to: the edition, or the calendar year where one book spans competitions. */
function editionKey(ctx: EvaluateContext): string {
  return editionKeyOf(ctx, ctx.match);
}

function editionKeyOf(ctx: EvaluateContext, match: RecordMatch): string {
  return ctx.scope.spansCompetitions ? match.date.slice(0, 4) : String(match.editionId);
}

function editionLabel(ctx: EvaluateContext): string {
  return ctx.scope.spansCompetitions ? ctx.match.date.slice(0, 4) : ctx.match.editionName;
}

/** The measure of one row; null when the data does not give it (no birth date, no minute). `rows`: the match's rows, which keep an age once worked out (a tally's row has none to keep). */
function measureOf(ctx: EvaluateContext, row: UnitRow, rows?: MatchRows): number | null {
  const measure = ctx.definition.measure;
  switch (measure.kind) {
    case 'count':
      return 1;
    case 'sum': {
      const value = row.fields[measure.field];
      return typeof value === 'number' ? value : null;
    }
    case 'age': {
      if (row.birthDate === null) return null;
      // Several definitions measure the same goal's age: work it out once per row.
      let age = rows?.ages.get(row);
      if (age === undefined) {
        age = row.birthDate > row.match.date ? null : ageAmount(row.birthDate, row.match.date);
        // A scorer of 87 is a namesake's birth date, not a record: treat it as unknown, and say so.
        if (age !== null && (age < PLAYING_AGE.min * 1000 || age >= (PLAYING_AGE.max + 1) * 1000)) age = null;
        rows?.ages.set(row, age);
      }
      return age;
    }
    case 'minute': {
      const field = measure.field ?? 'minute';
      const value = row.fields[field];
      if (typeof value !== 'number') return null;
      if (field === 'minute') return value + num(row.fields, 'stoppage') / 100;
      return value;
    }
    case 'margin': {
      const value = row.fields.margin;
      return typeof value === 'number' ? value : null;
    }
    case 'aggregate': {
      const value = row.fields.totalGoals ?? row.fields.aggregateGoals;
      return typeof value === 'number' ? value : null;
    }
    case 'gap': {
      const last = ctx.state.get<string>(ctx.stateKey, 'gapLast', row.subject.key);
      return last === undefined ? null : daysBetween(last, row.match.date);
    }
  }
}

const NONE: readonly UnitRow[] = [];
const NO_CHANGE = (): void => {};

function perMatchRows(ctx: EvaluateContext, rows: readonly UnitRow[], matchRows: MatchRows): UnitRows {
  const out: MeasuredRow[] = [];
  // Allocated only when needed: most definitions, most matches, have neither.
  let unknown: UnitRow[] | undefined;
  let qualifying: UnitRow[] | undefined;
  const gap = ctx.definition.measure.kind === 'gap';
  const byPlayer = ctx.definition.unit === 'goal' || ctx.definition.unit === 'player-match';
  for (const row of rows) {
    if (!ctx.scope.acceptsRow(row)) continue;
    if (!testPredicate(ctx.definition.predicate, row.fields)) continue;
    if (gap) (qualifying ??= []).push(row);
    const amount = measureOf(ctx, row, matchRows);
    if (amount === null && !gap) {
      (unknown ??= []).push(row);
      continue;
    }
    out.push(new Measured(row, byPlayer ? row.subject.key : null, amount, amount ?? 0, ctx.definition));
  }
  const last = qualifying;
  return {
    rows: out,
    unknown: unknown ?? NONE,
    commit: last
      ? () => {
          for (const row of last) ctx.state.set(ctx.stateKey, 'gapLast', row.subject.key, row.match.date);
        }
      : NO_CHANGE,
  };
}

/** Which edition of the book came before this match's: kept only for definitions that count editions in a row. */
function editionOrder(ctx: EvaluateContext, edition: string): { order: EditionOrder; changed: boolean } | undefined {
  if (!readsConsecutive(ctx)) return undefined;
  const stored = ctx.state.get<EditionOrder>(ctx.stateKey, 'editions', 'order');
  if (stored?.current === edition) return { order: stored, changed: false };
  return { order: { current: edition, previous: stored?.current ?? null }, changed: true };
}

const CONSECUTIVE_FIELDS = /"(?:consecutiveEditions|consecutiveEditionsScoredIn)"/;
const READS_CONSECUTIVE = new WeakMap<object, boolean>();

function readsConsecutive(ctx: EvaluateContext): boolean {
  return definitionReadsConsecutive(ctx.definition);
}

function definitionReadsConsecutive(definition: RecordDefinition): boolean {
  let reads = READS_CONSECUTIVE.get(definition);
  if (reads === undefined) {
    reads = CONSECUTIVE_FIELDS.test(JSON.stringify([definition.measure, definition.predicate ?? null]));
    READS_CONSECUTIVE.set(definition, reads);
  }
  return reads;
}

const TALLY_SHAPES = new WeakMap<RecordDefinition, string | null>();

/**
 * What a definition's running tallies depend on, or null where it keeps none: its unit, its whole
 * scope (which matches and rows its books take, how its editions are keyed) and whether it orders
 * editions. Definitions alike in these keep the same tallies ('most goals', 'most hat-tricks',
 * 'most goals in a season' of one league), so the book keeps them once for all of them.
 */
function tallyShape(definition: RecordDefinition): string | null {
  let shape = TALLY_SHAPES.get(definition);
  if (shape === undefined) {
    const keeps = ['player-edition', 'player-career', 'team-edition', 'team-career', 'edition'].includes(definition.unit);
    shape = keeps ? shapeOf([definition.unit, perBookScope(definition.scope), definitionReadsConsecutive(definition)]) : null;
    TALLY_SHAPES.set(definition, shape);
  }
  return shape;
}

/**
 * The state book holding the running tallies (part 'tally') of a definition's book, given as
 * `definition|book key`: shared by every definition whose tallies are the same (see
 * `tallySignature`), the book itself for a definition that keeps none.
 */
export function tallyBookOf(definition: RecordDefinition, stateKey: string): string {
  const shape = tallyShape(definition);
  return shape === null ? stateKey : sharedBook('tally', shape, stateKey);
}

/** A compiled book belongs to one definition: its tally book, worked out once. */
const TALLY_BOOKS = new WeakMap<EvaluateContext['book'], string>();

function tallyBook(ctx: EvaluateContext): string {
  let book = TALLY_BOOKS.get(ctx.book);
  if (book === undefined) TALLY_BOOKS.set(ctx.book, (book = tallyBookOf(ctx.definition, ctx.stateKey)));
  return book;
}

interface Tallied {
  /** The tally book it was made for (see `tallyBookOf`). */
  readonly book: string;
  readonly before: PlayerTally | TeamTally | undefined;
  readonly edition: string;
  readonly previousEdition: string | null;
  readonly career: boolean;
  readonly label: string;
  readonly after: PlayerTally | TeamTally;
  readonly fields: Fields;
  readonly row: UnitRow;
}


/**
 * The tally a row makes of `before`: a pure function of the tally, the row and the edition order,
 * so definitions whose books hold the same tally object (every definition over the same matches:
 * 'most matches', 'most wins', 'most goals' of one competition) work it out once per match, and
 * keep the one object — tallies are replaced, never changed in place.
 */
function tallyOf(
  tallied: Map<UnitRow, Tallied[]>,
  row: UnitRow,
  book: string,
  before: PlayerTally | TeamTally | undefined,
  kind: 'player' | 'team',
  career: boolean,
  edition: string,
  previousEdition: string | null,
  label: string,
): Tallied {
  let known = tallied.get(row);
  if (known) {
    // Another tally book holding the same tally object (books over the same matches under other
    // scopes: every domestic league's books) has worked it out already: the same result, kept
    // under this book too.
    for (const t of known) {
      if (t.before === before && t.edition === edition && t.previousEdition === previousEdition && t.career === career && t.label === label) {
        const same: Tallied = { ...t, book };
        known.push(same);
        return same;
      }
    }
  } else tallied.set(row, (known = []));
  const after = kind === 'player' ? addPlayer(before as PlayerTally | undefined, row, edition, previousEdition) : addTeam(before as TeamTally | undefined, row, edition, previousEdition);
  const fields = kind === 'player' ? playerFields(after as PlayerTally, career) : teamFields(after as TeamTally, career, row);
  const labelled = career ? row.match : matchLabelled(row.match, label);
  const made: Tallied = { book, before, edition, previousEdition, career, label, after, fields, row: rowWith(row, fields, labelled) };
  known.push(made);
  return made;
}

/** The row with the tally's fields (and the match as the book names its edition): every field named, as `copyPlayer` says why. */
const rowWith = (row: UnitRow, fields: Fields, match: RecordMatch): UnitRow => ({
  subject: row.subject,
  match,
  side: row.side,
  team: row.team,
  opponent: row.opponent,
  venue: row.venue,
  birthDate: row.birthDate,
  fields,
  goalIds: row.goalIds,
});

function aggregateRows(ctx: EvaluateContext, rows: MatchRows, base: readonly UnitRow[], kind: 'player' | 'team', career: boolean): UnitRows {
  const edition = editionKey(ctx);
  const label = editionLabel(ctx);
  const order = career ? editionOrder(ctx, edition) : undefined;
  const previousEdition = order?.order.previous ?? null;
  const updates: [string, PlayerTally | TeamTally][] = [];
  const out: MeasuredRow[] = [];
  const measure = ctx.definition.measure;
  const book = tallyBook(ctx);
  for (const row of base) {
    if (!ctx.scope.acceptsRow(row)) continue;
    const key = career ? row.subject.key : `${row.subject.key}@${edition}`;
    // The definitions sharing the tally book judge the match from one tally, made and written back by the first of them.
    let tallied = rows.tallied.get(row)?.find((t) => t.book === book);
    if (!tallied) {
      tallied = tallyOf(rows.tallied, row, book, ctx.state.get<PlayerTally | TeamTally>(book, 'tally', key), kind, career, edition, previousEdition, label);
      updates.push([key, tallied.after]);
    }
    const before = tallied.before;
    const fields = tallied.fields;
    const delta =
      kind === 'player'
        ? num(row.fields, measure.kind === 'sum' ? measure.field : 'goals')
        : teamDelta(before as TeamTally | undefined, tallied.after as TeamTally, measure.kind === 'sum' ? measure.field : 'matches');
    if (!testPredicate(ctx.definition.predicate, fields)) continue;
    // The measure reads the fields only (an age or a gap never measures a tally's row).
    const amount = measure.kind === 'count' ? num(fields, 'matches') || null : measureOf(ctx, tallied.row);
    if (amount === null) continue;
    out.push(new Measured(tallied.row, key, amount, delta, ctx.definition));
  }
  return {
    rows: out,
    unknown: [],
    commit() {
      for (const [key, tally] of updates) ctx.state.set(book, 'tally', key, tally);
      if (order?.changed) ctx.state.set(ctx.stateKey, 'editions', 'order', order.order);
    },
  };
}

interface EditionTally {
  matches: number;
  goals: number;
  hatTricks: number;
  redCards: number;
  yellowCards: number;
  decided: boolean;
  /** Older tallies lack it: read it with `?? 0`. */
  extraTimeMatches?: number;
}

function editionFields(t: EditionTally): Fields {
  return {
    matches: t.matches,
    goals: t.goals,
    goalsPerMatch: Math.round((t.goals / t.matches) * 100) / 100,
    hatTricks: t.hatTricks,
    redCards: t.redCards,
    yellowCards: t.yellowCards,
    decided: t.decided,
    extraTimeMatches: t.extraTimeMatches ?? 0,
  };
}

/**
 * One row per edition: the whole edition's figures after this match. Matches of one instant are
 * judged before any is committed, so the last of them in the edition carries them all, and the
 * others give no row: the edition moves once per instant, by every goal and card of it.
 */
function editionRows(ctx: EvaluateContext): UnitRows {
  const match = ctx.match;
  const edition = editionKey(ctx);
  const together = (ctx.instant ?? [match]).filter((m) => m === match || (ctx.scope.bookOf(m)?.stateKey === ctx.stateKey && editionKeyOf(ctx, m) === edition));
  if (together[together.length - 1] !== match) return { rows: [], unknown: [], commit() {} };
  const key = `e${edition}`;
  const book = tallyBook(ctx);
  // The edition as the instant found it, whichever definition sharing the tally asks first.
  const before = ctx.shares.before<EditionTally>(book, 'tally', key);
  const after: EditionTally = before ? { ...before } : { matches: 0, goals: 0, hatTricks: 0, redCards: 0, yellowCards: 0, decided: false };
  for (const m of together) {
    after.matches += 1;
    after.goals += m.homeGoals + m.awayGoals;
    after.hatTricks += playerMatchRows(m).filter((p) => num(p.fields, 'goals') >= 3).length;
    after.redCards += m.bookings.filter((b) => b.card !== 'yellow').length;
    after.yellowCards += m.bookings.filter((b) => b.card === 'yellow').length;
    if (m.championSide !== null) after.decided = true;
    if (m.extraTime) after.extraTimeMatches = (after.extraTimeMatches ?? 0) + 1;
  }
  const fields = editionFields(after);
  const label = editionLabel(ctx);
  const editionId = ctx.scope.spansCompetitions ? Number(edition) : match.editionId;
  // "2022 FIFA World Cup": an edition is named with its competition, as a desk writes it.
  const name = label.includes(ctx.book.label) ? label : `${label} ${ctx.book.label}`;
  const row: UnitRow = {
    subject: { kind: 'edition', key, id: editionId, name },
    match: { ...match, editionName: label },
    side: null,
    team: null,
    opponent: null,
    venue: match.neutral === true ? 'neutral' : null,
    birthDate: null,
    goalIds: [],
    fields,
  };
  const commit = (): void => {
    if (ctx.shares.claim(book, 'tally', key, match) > 0) ctx.state.set(book, 'tally', key, after);
  };
  if (!testPredicate(ctx.definition.predicate, fields)) return { rows: [], unknown: [], commit };
  const amount = ctx.definition.measure.kind === 'count' ? after.matches : measureOf(ctx, row);
  if (amount === null) return { rows: [], unknown: [], commit };
  const field = ctx.definition.measure.kind === 'sum' ? ctx.definition.measure.field : 'matches';
  // An average is not a tally: the instant adds nothing countable to it.
  const delta = field === 'goalsPerMatch' ? 0 : num(fields, field) - (before ? num(editionFields(before), field) : 0);
  return { rows: [{ row, entryKey: key, amount, value: formatAmount(ctx.definition, amount), delta }], unknown: [], commit };
}

/** The champion of the book's current and previous editions: who the holders are. */
interface HoldersState {
  readonly current: string;
  readonly champion: string | null;
  readonly previousChampion: string | null;
}

const HOLDER_FIELDS = /"(?:holders|matchInEdition)"/;
const READS_HOLDERS = new WeakMap<object, boolean>();

function readsHolders(ctx: EvaluateContext): boolean {
  let reads = READS_HOLDERS.get(ctx.definition);
  if (reads === undefined) {
    reads = HOLDER_FIELDS.test(JSON.stringify([ctx.definition.measure, ctx.definition.predicate ?? null]));
    READS_HOLDERS.set(ctx.definition, reads);
  }
  return reads;
}

/**
 * A team's match with its place in the edition: whether the team won the book's previous edition
 * (the holders) and which of its matches in this edition this is. Kept only for definitions that
 * read them; the previous edition is the one before in the book's order of play.
 */
function placeInEdition(ctx: EvaluateContext, rows: readonly UnitRow[]): { rows: UnitRow[]; commit(): void } {
  const edition = editionKey(ctx);
  const stored = ctx.state.get<HoldersState>(ctx.stateKey, 'holders', 'editions');
  const state: HoldersState =
    stored?.current === edition ? stored : { current: edition, champion: null, previousChampion: stored ? stored.champion : null };
  const played: [string, number][] = [];
  const placed = rows.map((row) => {
    const key = `${row.subject.key}@${edition}`;
    const nth = (ctx.state.get<number>(ctx.stateKey, 'played', key) ?? 0) + 1;
    played.push([key, nth]);
    // Where the previous edition's champion is not known (its final is not in the data), nobody is known to be the holder.
    const holders = stored === undefined ? null : state.previousChampion === null ? null : state.previousChampion === row.subject.key;
    return { ...row, fields: { ...row.fields, holders, matchInEdition: nth } };
  });
  const match = ctx.match;
  const championSide = match.championSide;
  const champion = championSide === null ? state.champion : `t${(championSide === 'home' ? match.home : match.away).id}`;
  return {
    rows: placed,
    commit() {
      for (const [key, nth] of played) ctx.state.set(ctx.stateKey, 'played', key, nth);
      const next: HoldersState = { ...state, champion };
      if (stored?.current !== next.current || stored.champion !== next.champion || stored.previousChampion !== next.previousChampion) {
        ctx.state.set(ctx.stateKey, 'holders', 'editions', next);
      }
    },
  };
}

/** The rows of the definition's unit that the match gives. Streaks are built by their evaluator. */
export function unitRows(ctx: EvaluateContext, rows: MatchRows): UnitRows {
  switch (ctx.definition.unit) {
    case 'goal':
      return perMatchRows(ctx, rows.goals(), rows);
    case 'player-match':
      return perMatchRows(ctx, rows.players(), rows);
    case 'team-match': {
      if (!readsHolders(ctx)) return perMatchRows(ctx, rows.teams(), rows);
      const placed = placeInEdition(ctx, rows.teams());
      const measured = perMatchRows(ctx, placed.rows, rows);
      return { ...measured, commit: () => (measured.commit(), placed.commit()) };
    }
    case 'match':
      return perMatchRows(ctx, rows.matchRow(), rows);
    case 'player-edition':
      return aggregateRows(ctx, rows, rows.players(), 'player', false);
    case 'player-career':
      return aggregateRows(ctx, rows, rows.players(), 'player', true);
    case 'team-edition':
      return aggregateRows(ctx, rows, rows.teams(), 'team', false);
    case 'team-career':
      return aggregateRows(ctx, rows, rows.teams(), 'team', true);
    case 'edition':
      return editionRows(ctx);
    case 'two-legged-tie': {
      // A second leg completes a tie (a row); a first leg waits in the book's state.
      const ties = tieRows(ctx);
      const measured = perMatchRows(ctx, ties.rows, rows);
      return { ...measured, commit: () => (measured.commit(), ties.commit()) };
    }
    default:
      return { rows: [], unknown: [], commit() {} };
  }
}
