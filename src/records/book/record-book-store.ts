// The record book in the store: rebuilt from every match in one pass; after a late result, a
// correction, a deletion or a status change, only the books the change touches are rolled back to
// the day it happened and replayed from there. Either way the book equals a rebuild from scratch.
import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Store } from '../../store/open-store.js';
import type { RebuildInParts, RecordBookStorage, StoredFact } from '../../store/record-book/storage.js';
import type { RecordDefinition } from '../definitions/schema.js';
import type { Fact } from '../engine/fact.js';
import { readRecordMatches, recordCompetitionOf } from '../engine/read-record-matches.js';
import { compiledOnce, RecordBook } from '../engine/record-book.js';
import { replay } from '../engine/replay.js';
import { oneFactPerNews } from '../engine/editor.js';
import { dayOfInstant, instantKeysOnce, type DayMode, type InstantKeys, type Kick } from '../engine/instants.js';
import type { RecordMatch } from '../engine/record-match.js';
import type { Book } from '../engine/compile.js';
import { matchCounterBookOf } from '../engine/coverage.js';
import { isSharedBook } from '../engine/shared-books.js';
import { tallyBookOf } from '../engine/units.js';
import { JournalingState } from './journal.js';
import { definitionsHash } from './revision.js';
import { SPILL_AFTER_KEYS, SpillingState } from './spilling-state.js';
import { dayModes, splitRebuild, type RebuildSplit } from './rebuild-split.js';
import { otherPartCanRun, SPLIT_FROM_MATCHES, startOtherPart } from './rebuild-threads.js';
import { StoredState } from './stored-state.js';
import { collectRebuildGarbage } from './young-generation.js';

/**
 * How many days back from the last match a correction is undone from the journal; an older one
 * replays the books it touches from their beginning (still only those books).
 */
export const UNDO_WINDOW_DAYS = 60;

export interface RecordBookMeta {
  readonly definitions: string;
  /** The last day the book has taken in. */
  readonly lastDate: string;
  readonly maxMatchId: number;
  /**
   * The last instant the book has taken in (`instantKey`), or its last day followed by `|\uffff`
   * when that day has no order (some match lacks a kick-off): a change after it rolls nothing back.
   */
  readonly lastInstant: string;
  /** Every change to the state on or after this day is in the undo journal. */
  readonly undoFrom: string;
  readonly undoDays: number;
}

export interface RebuildResult {
  readonly matches: number;
  readonly facts: number;
  readonly stateEntries: number;
  /** How many threads built it: 2 where the rebuild was split by competition (see `rebuild-split.ts`). */
  readonly threads: 1 | 2;
}

export interface RebuildOptions {
  readonly onProgress?: (done: number, total: number) => void;
  /** How far back corrections are undone from the journal (default `UNDO_WINDOW_DAYS`). */
  readonly undoDays?: number;
  /** State keys a full rebuild holds in memory before it spills them to the store (default `SPILL_AFTER_KEYS`). */
  readonly spillAfterKeys?: number;
  /**
   * A rebuild of this many counted matches or more is split between two threads by competition,
   * where the store and the books allow it (default `SPLIT_FROM_MATCHES`; `Infinity`: never).
   */
  readonly splitFrom?: number;
}

function readMeta(storage: RecordBookStorage): RecordBookMeta | undefined {
  const map = storage.readMeta();
  const definitions = map.get('definitions');
  if (definitions === undefined) return undefined;
  return {
    definitions,
    lastDate: map.get('last_date') ?? '',
    // A book written before the key was kept: nothing is known to be after it.
    lastInstant: map.get('last_instant') ?? '\uffff',
    maxMatchId: Number(map.get('max_match_id') ?? 0),
    undoFrom: map.get('undo_from') ?? '\uffff',
    undoDays: Number(map.get('undo_days') ?? UNDO_WINDOW_DAYS),
  };
}

/** The day `days` before `date` (YYYY-MM-DD); '' stays ''. */
function daysBefore(date: string, days: number): string {
  if (date === '') return '';
  const time = Date.parse(`${date}T00:00:00Z`) - days * 86_400_000;
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
}

/**
 * The book's last instant (see `RecordBookMeta.lastInstant`), from the counted matches of its last
 * day; `fromDay`, when given, holds the counted matches from some day up to the last, read already.
 */
function lastInstantOf(storage: RecordBookStorage, lastDate: string, fromDay?: RecentMatches): string {
  if (lastDate === '') return '';
  const keys = fromDay?.keys ?? instantKeysOnce();
  const day = fromDay !== undefined && fromDay.from <= lastDate ? fromDay.matches.filter((m) => m.date === lastDate) : storage.countedMatchTimes(lastDate);
  if (!keys.timed(day)) return `${lastDate}|\uffff`;
  return day.map(keys.key).reduce((a, b) => (b > a ? b : a), lastDate);
}

/** The counted matches from a day on, read once by an update, with their instant keys. */
interface RecentMatches {
  readonly from: string;
  readonly matches: readonly TimedMatch[];
  readonly keys: InstantKeys;
}

function writeMeta(
  storage: RecordBookStorage,
  definitions: readonly RecordDefinition[],
  undoFrom: string,
  undoDays: number,
  /** The store's extent, read once by the caller (no match changes while the book is written). */
  { lastDate, maxMatchId }: { lastDate: string; maxMatchId: number },
  lastDay?: RecentMatches,
): void {
  storage.writeMeta({
    definitions: definitionsHash(definitions),
    last_date: lastDate,
    last_instant: lastInstantOf(storage, lastDate, lastDay),
    max_match_id: String(maxMatchId),
    undo_from: undoFrom,
    undo_days: String(undoDays),
  });
}

function storedFact(fact: Fact): StoredFact {
  return {
    id: fact.id,
    matchId: fact.matchId,
    definitionId: fact.definitionId,
    book: `${fact.definitionId}|${fact.proof.query.book}`,
    kind: fact.kind,
    date: fact.date,
    score: fact.score,
    body: JSON.stringify(fact),
  };
}

const parseFact = (body: string): Fact => JSON.parse(body) as Fact;
const byTime = (a: Fact, b: Fact): number => a.date.localeCompare(b.date) || a.matchId - b.matchId || b.score - a.score || a.id.localeCompare(b.id);

/** True when the stored book was built from these definitions and has taken in every change to the store. */
export function recordBookIsCurrent(store: Store, definitions: readonly RecordDefinition[]): boolean {
  const meta = readMeta(store.records);
  if (meta === undefined || meta.definitions !== definitionsHash(definitions)) return false;
  const changes = store.records.pendingChanges();
  return !changes.everything && changes.since.size === 0;
}

/**
 * Each thread of a split rebuild holds this fraction of the keys one thread would hold before it
 * spills (`spillAfterKeys`). Measured on the full bench book at 1,000,000 matches, 32 MB
 * semi-spaces: a third, peak RSS 830–934 MB (64 MB semi-spaces: a half 1,066–1,125 MB, a third
 * 1,014–1,021 MB, a quarter 978 MB, a sixth 964 MB: the young generations, not the keys, were most of it).
 */
const SPLIT_SPILL_SHARE = 3;

/** Undo journal rows a rebuild holds before it writes them (a few hundred bytes each; the full bench book at 1M ends with 89,045). */
const UNDO_ROWS_HELD = 20_000;

/** What one part of a rebuild is given: all of it, or some competitions' books. */
export interface RebuildPartOptions {
  /** Only these competitions' matches (a rebuild split between threads). */
  readonly competitionIds?: readonly number[];
  /** How each day is taken in, decided from all of its matches (see `RecordBookOptions.dayMode`). */
  readonly dayModes?: ReadonlyMap<string, DayMode>;
  /** The first day the undo journal keeps. */
  readonly undoFrom: string;
  readonly spillAfterKeys?: number;
  /** Called after each day with the matches taken in so far. */
  readonly onProgress?: (done: number) => void;
}

/** Builds the books of every counted match (or some competitions') into an emptied book, inside the caller's transaction. */
export function rebuildPart(storage: RecordBookStorage, definitions: readonly RecordDefinition[], options: RebuildPartOptions): { matches: number; facts: number } {
  const memory = new SpillingState(storage, options.spillAfterKeys);
  const journal = new JournalingState(memory, options.undoFrom);
  const modes = options.dayModes;
  const book = new RecordBook(definitions, journal, {
    onInstant: (key) => journal.beginInstant(key),
    ...(modes ? { dayMode: (date: string) => modes.get(date) ?? 'timed' } : {}),
  });
  let facts = 0;
  const matches = replay(book, readRecordMatches(storage, options.competitionIds ? { competitionIds: options.competitionIds } : {}), {
    beforeDay: () => {
      // Between two days nothing the engine holds is half-changed: memory may be handed to the store.
      journal.endInstant();
      memory.spillIfFull();
      // The journal's last weeks are tens of thousands of rows: stored as they come, not held to the end.
      if (journal.pending >= UNDO_ROWS_HELD) storage.writeUndo(journal.drain());
    },
    onFacts(found) {
      storage.insertFacts(found.map(storedFact));
      facts += found.length;
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  journal.endInstant();
  memory.flush();
  storage.writeUndo(journal.drain());
  return { matches, facts };
}

/** Rebuilds the whole book from every counted match: one pass, in time order, in one transaction (two threads where it pays). */
export function rebuildRecordBook(store: Store, definitions: readonly RecordDefinition[], options: RebuildOptions = {}): RebuildResult {
  const rebuilt = rebuildAll(store, definitions, options);
  collectRebuildGarbage();
  return rebuilt;
}

function rebuildAll(store: Store, definitions: readonly RecordDefinition[], options: RebuildOptions): RebuildResult {
  const storage = store.records;
  const total = storage.countCountedMatches();
  const undoDays = options.undoDays ?? readMeta(storage)?.undoDays ?? UNDO_WINDOW_DAYS;
  const split = total >= (options.splitFrom ?? SPLIT_FROM_MATCHES) ? planSplit(storage, definitions) : undefined;
  const inTwo = split && rebuildInTwoThreads(storage, definitions, split, total, undoDays, options);
  if (inTwo) return inTwo;
  return storage.transaction(() => {
    storage.clearBook();
    const extent = storage.extent();
    const undoFrom = daysBefore(extent.lastDate, undoDays);
    const built = rebuildPart(storage, definitions, {
      undoFrom,
      ...(options.spillAfterKeys !== undefined ? { spillAfterKeys: options.spillAfterKeys } : {}),
      onProgress: (done) => options.onProgress?.(done, total),
    });
    const stateEntries = storage.countState();
    writeMeta(storage, definitions, undoFrom, undoDays, extent);
    storage.clearChanges();
    return { ...built, stateEntries, threads: 1 as const };
  });
}

/** What a split rebuild's scratch file adds to the store's name, before its process id. */
const SCRATCH_SUFFIX = '.rebuild-part-';

/** Scratch files of rebuilds whose process is gone (killed mid-rebuild): nothing reads them again. */
function removeAbandonedScratch(storePath: string): void {
  const folder = dirname(storePath);
  const prefix = `${basename(storePath)}${SCRATCH_SUFFIX}`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (Number.isInteger(pid) && pid > 0 && !processRuns(pid)) rmSync(join(folder, name), { force: true });
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The split of a rebuild, where the store can run one (see `RebuildInParts`) and the books divide fairly. */
function planSplit(storage: RecordBookStorage, definitions: readonly RecordDefinition[]): (RebuildSplit & { readonly parts: RebuildInParts }) | undefined {
  const parts = storage.parts;
  if (!parts || parts.inTransaction() || !otherPartCanRun()) return undefined;
  const split = splitRebuild(definitions, storage.competitions(), parts.matchesByCompetition());
  return split && { ...split, parts };
}

/**
 * The rebuild split by competition: this thread builds its part into the store while the other
 * builds its part into a scratch file, copied in before the one commit. The store's write lock is
 * taken (the book emptied) before the other thread starts reading, so both read the same matches.
 * Undefined, having done nothing, where the scratch file cannot be made (a folder the store's
 * process may not write in): the rebuild then runs in one thread.
 */
function rebuildInTwoThreads(
  storage: RecordBookStorage,
  definitions: readonly RecordDefinition[],
  split: RebuildSplit & { readonly parts: RebuildInParts },
  total: number,
  undoDays: number,
  options: RebuildOptions,
): RebuildResult | undefined {
  const { parts } = split;
  // Named for this rebuild: another process's rebuild of the same store waits for the write lock, and must not touch this one's file.
  const scratch = `${parts.path}${SCRATCH_SUFFIX}${process.pid}-${randomUUID().slice(0, 8)}`;
  removeAbandonedScratch(parts.path);
  try {
    parts.attachScratch(scratch);
  } catch {
    parts.detachScratch();
    rmSync(scratch, { force: true });
    return undefined;
  }
  try {
    return storage.transaction(() => {
      storage.clearBook();
      const extent = storage.extent();
      const undoFrom = daysBefore(extent.lastDate, undoDays);
      const modes = dayModes(parts.countedDays());
      // Each thread holds a fraction of the keys one thread would: two heaps each carry a young
      // generation and room to grow of their own, so the keys held are what gives way.
      const spillAfterKeys = Math.max(2, Math.floor((options.spillAfterKeys ?? SPILL_AFTER_KEYS) / SPLIT_SPILL_SHARE));
      const other = startOtherPart({ storePath: parts.path, scratchPath: scratch, definitions, competitionIds: split.there, dayModes: modes, undoFrom, spillAfterKeys });
      let built: { matches: number; facts: number };
      try {
        built = rebuildPart(storage, definitions, {
          competitionIds: split.here,
          dayModes: modes,
          undoFrom,
          spillAfterKeys,
          onProgress: (done) => options.onProgress?.(done + other.progress(), total),
        });
      } catch (error) {
        other.abandon();
        throw error;
      }
      const theirs = other.wait((done) => options.onProgress?.(built.matches + done, total));
      parts.copyScratch();
      const stateEntries = storage.countState();
      writeMeta(storage, definitions, undoFrom, undoDays, extent);
      storage.clearChanges();
      return { matches: built.matches + theirs.matches, facts: built.facts + theirs.facts, stateEntries, threads: 2 as const };
    });
  } finally {
    parts.detachScratch();
    rmSync(scratch, { force: true });
  }
}

/** Brings the book up to date: rebuilt when missing or built from other definitions, else corrected where the store changed. Says whether it did anything. */
export function ensureRecordBook(store: Store, definitions: readonly RecordDefinition[], options: RebuildOptions = {}): boolean {
  if (recordBookIsCurrent(store, definitions)) return false;
  const meta = readMeta(store.records);
  if (meta === undefined || meta.definitions !== definitionsHash(definitions)) rebuildRecordBook(store, definitions, options);
  else updateRecordBook(store, definitions, snapshotRecordBook(store, definitions), options);
  return true;
}

/** What the book looked like before an import: which matches are new after it. */
export interface BookSnapshot {
  readonly meta: RecordBookMeta | undefined;
  /** True when the book was built from these definitions (changes since are corrected in place). */
  readonly current: boolean;
  /** The highest match id in the store: matches above it are new. */
  readonly maxMatchId: number;
}

export function snapshotRecordBook(store: Store, definitions: readonly RecordDefinition[]): BookSnapshot {
  const meta = readMeta(store.records);
  return { meta, current: meta !== undefined && meta.definitions === definitionsHash(definitions), maxMatchId: store.records.extent().maxMatchId };
}

/** What a correction replayed: the books it touched, the state keys rolled back, the matches judged again. */
export interface Replayed {
  readonly books: readonly string[];
  readonly keys: number;
  readonly matches: number;
  /** The earliest day replayed ('' from the beginning of a book). */
  readonly from: string;
}

export interface UpdateResult {
  /**
   * `extended`: only matches later than the book were added; `corrected`: the books a change
   * touched were replayed from the day it happened; `rebuilt`: the whole book was rebuilt.
   */
  readonly mode: 'extended' | 'corrected' | 'rebuilt' | 'unchanged';
  /** Facts of the matches the import added, oldest first. */
  readonly facts: readonly Fact[];
  /** Facts that were in the book before and are no longer true. */
  readonly withdrawn: readonly Fact[];
  /** Facts of earlier matches that became true with this import (a new 4,000th goal). */
  readonly nowTrue: readonly Fact[];
  readonly newMatchIds: readonly number[];
  readonly replayed?: Replayed;
}

export interface UpdateOptions extends RebuildOptions {
  /** No longer needed: the store notes what changed. Kept for callers that still pass it. */
  readonly historyChanged?: boolean;
  /**
   * When the undo journal lets go of the days that fell out of its window: `now` (the default), in
   * the update's own transaction; `later`, when the caller runs `pruneRecordUndo` — a writer does it
   * once it is idle, so a new result does not wait on the delete (2–7 ms at 1,000,000 matches each
   * time the window moves a day). Rows left past the window are never read: a correction older than
   * the window replays its books from their beginning.
   */
  readonly undoPrune?: 'now' | 'later';
}

/**
 * Brings the book up to date after an import or any other write to the store. The store notes,
 * per competition, the earliest day a change reached (see migration 007); the books of those
 * competitions are rolled back to that day with the undo journal and replayed from it. A book
 * built from other definitions, or a renamed team or competition, rebuilds the whole book.
 */
export function updateRecordBook(store: Store, definitions: readonly RecordDefinition[], before: BookSnapshot, options: UpdateOptions = {}): UpdateResult {
  const storage = store.records;
  const newIds = storage
    .countedMatchesAfter(before.maxMatchId)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)
    .map((r) => r.id);
  const meta = readMeta(storage);
  const changes = storage.pendingChanges();
  if (meta === undefined || meta.definitions !== definitionsHash(definitions) || changes.everything) {
    return rebuildReporting(store, definitions, newIds, options);
  }
  if (changes.since.size === 0) return { mode: 'unchanged', facts: [], withdrawn: [], nowTrue: [], newMatchIds: [] };
  return storage.transaction(() => correct(storage, definitions, meta, changes.since, newIds, options.undoPrune ?? 'now'));
}

/** Lets go of the undo journal's days before its window (see `UpdateOptions.undoPrune`). */
export function pruneRecordUndo(store: Store): void {
  const storage = store.records;
  storage.transaction(() => {
    const meta = readMeta(storage);
    if (meta !== undefined) storage.pruneUndo(meta.undoFrom);
  });
}

/** A full rebuild that still says which facts it withdrew and which became true. */
function rebuildReporting(store: Store, definitions: readonly RecordDefinition[], newIds: readonly number[], options: RebuildOptions): UpdateResult {
  const storage = store.records;
  const old = new Map(storage.factBodies('all').map(parseFact).map((fact) => [fact.id, fact]));
  rebuildRecordBook(store, definitions, options);
  const now = new Map(storage.factBodies('all').map(parseFact).map((fact) => [fact.id, fact]));
  const added = new Set(newIds);
  return {
    mode: 'rebuilt',
    facts: oneFactPerNews([...now.values()].filter((fact) => added.has(fact.matchId)).sort(byTime)),
    withdrawn: oneFactPerNews([...old.values()].filter((fact) => now.get(fact.id)?.text !== fact.text).sort(byTime)),
    nowTrue: oneFactPerNews([...now.values()].filter((fact) => !added.has(fact.matchId) && old.get(fact.id)?.text !== fact.text).sort(byTime)),
    newMatchIds: newIds,
  };
}

/** The books changes reach, each from the earliest instant (`instantKey`, or a day) a change reached it. */
function affectedBooks(storage: RecordBookStorage, definitions: readonly RecordDefinition[], since: ReadonlyMap<number, string>) {
  const compiled = compiledOnce(definitions).filter((c) => !c.refused);
  const competitions = storage.competitions().map(recordCompetitionOf);
  const from = new Map<string, string>();
  const sharedBooks = new Map<string, readonly string[]>();
  for (const competition of competitions) {
    const date = since.get(competition.id);
    if (date === undefined) continue;
    for (const c of compiled) {
      const book = c.scope.bookOfCompetition(competition);
      if (!book) continue;
      const known = from.get(book.stateKey);
      if (known === undefined || date < known) from.set(book.stateKey, date);
      const shared = sharedBooksOf(c.definition, book);
      if (shared.length > 0) sharedBooks.set(book.stateKey, shared);
    }
  }
  return { from, sharedBooks };
}

const SHARED_BOOKS = new WeakMap<Book, readonly string[]>();

/** The shared books (running tallies, match counters) a definition's book keeps part of its state in. */
function sharedBooksOf(definition: RecordDefinition, book: Book): readonly string[] {
  let shared = SHARED_BOOKS.get(book);
  if (!shared) {
    shared = [tallyBookOf(definition, book.stateKey), matchCounterBookOf(definition, book.stateKey)].filter((kept) => kept !== book.stateKey);
    SHARED_BOOKS.set(book, shared);
  }
  return shared;
}

/**
 * The books definitions alike share (running tallies, match counters) go back as far as the
 * earliest of the books that keep them: every match from there on is replayed by at least one of
 * them, and advances the shared value once.
 */
function withSharedBooks(from: Map<string, string>, sharedBooks: ReadonlyMap<string, readonly string[]>): void {
  for (const [book, shared] of sharedBooks) {
    const start = from.get(book);
    if (start === undefined) continue;
    for (const kept of shared) {
      const known = from.get(kept);
      if (known === undefined || start < known) from.set(kept, start);
    }
  }
}

/** A match placed in time: its id, day and kick-off. */
type TimedMatch = Kick & { readonly id: number };

/**
 * Where each book's replay starts, refined from the change notes. A change noted at a kick-off
 * (`day|utc`) starts there only when every match of that day has a kick-off — otherwise the day has
 * no order and is replayed whole. (Days the journal no longer reaches are set to '' before.) Returns,
 * for the timed days kept, each match's instant there: facts of that day's earlier instants stand.
 */
function replayStarts(
  storage: RecordBookStorage,
  meta: RecordBookMeta,
  from: Map<string, string>,
  matchesOn: (day: string) => readonly TimedMatch[],
  keys: InstantKeys,
): Map<number, string> {
  const instants = new Map<string, Map<number, string>>();
  const dayInstants = (day: string): Map<number, string> | undefined => {
    if (!instants.has(day)) {
      const matches = matchesOn(day);
      const timed = keys.timed(matches);
      instants.set(day, new Map(timed ? matches.map((m) => [m.id, keys.key(m)] as const) : []));
    }
    const known = instants.get(day);
    return known && known.size > 0 ? known : undefined;
  };
  const timedKeys = new Map<string, string[]>();
  for (const [book, key] of from) {
    const day = dayOfInstant(key);
    if (key === day) continue;
    // After the book's last day it holds nothing of that day: the whole day is new to it.
    if (day > meta.lastDate || dayInstants(day) === undefined) from.set(book, day);
    else {
      const books = timedKeys.get(day);
      if (books) books.push(book);
      else timedKeys.set(day, [book]);
    }
  }
  // A book that took the day whole (a match without a kick-off was on it then) journaled it whole.
  for (const [day, books] of timedKeys) for (const book of storage.booksWithUndoAt(books, day)) from.set(book, day);
  const byMatch = new Map<number, string>();
  for (const map of instants.values()) for (const [id, key] of map) byMatch.set(id, key);
  return byMatch;
}

function correct(
  storage: RecordBookStorage,
  definitions: readonly RecordDefinition[],
  meta: RecordBookMeta,
  since: ReadonlyMap<number, string>,
  newIds: readonly number[],
  undoPrune: 'now' | 'later',
): UpdateResult {
  const { from, sharedBooks } = affectedBooks(storage, definitions, since);
  // A day older than the journal: the book is replayed from its beginning.
  for (const [book, key] of from) if (dayOfInstant(key) < meta.undoFrom) from.set(book, '');
  // The matches to replay, read once when the journal reaches back to them (days, not the history):
  // they also say which days are ordered.
  const readFrom = [...from.values()].map(dayOfInstant).reduce((a, b) => (b < a ? b : a), '\uffff');
  // Their kick-offs first (bare rows): a day of 200 matches is read whole only from where a book's replay starts.
  const recent = from.size > 0 && readFrom !== '' ? storage.countedMatchTimes(readFrom) : undefined;
  const instantKeys = instantKeysOnce();
  const matchesOn = (day: string): readonly TimedMatch[] => {
    if (recent) return recent.filter((match) => match.date === day);
    const matches: RecordMatch[] = [];
    for (const match of readRecordMatches(storage, { fromDate: day })) {
      if (match.date !== day) break;
      matches.push(match);
    }
    return matches;
  };
  const instantOfMatch = replayStarts(storage, meta, from, matchesOn, instantKeys);
  withSharedBooks(from, sharedBooks);
  // Roll each book back to the instant the change reached: from the journal, or to nothing when
  // the day is older than the journal. Books are taken an instant at a time, in a few statements each.
  const old = new Map<string, Fact>();
  let keys = 0;
  // Keys rolled back are held here, not written: the replay sets most of them again at once.
  const stored = new StoredState(storage);
  const byInstant = new Map<string, string[]>();
  for (const [book, key] of from) {
    // After the book's last instant there are no facts and no journal yet: a new result rolls nothing back.
    if (dayOfInstant(key) > meta.lastDate || key > meta.lastInstant) continue;
    const list = byInstant.get(key);
    if (list) list.push(book);
    else byInstant.set(key, [book]);
  }
  for (const [key, books] of byInstant) {
    const day = dayOfInstant(key);
    // Facts of the day's instants before the change stand: put back as they were.
    const standing: Fact[] = [];
    for (const body of storage.factBodies({ books, fromDate: day })) {
      const fact = parseFact(body);
      const at = fact.date === day && key !== day ? instantOfMatch.get(fact.matchId) : undefined;
      if (at !== undefined && at < key) standing.push(fact);
      else old.set(fact.id, fact);
    }
    storage.deleteFacts(books, day);
    if (standing.length > 0) storage.insertFacts(standing.map(storedFact));
    if (key !== '') {
      const undo = storage.takeUndo(books, key);
      for (const [book, part, stateKey, json] of undo) stored.restore(book, part, stateKey, json);
      keys += undo.length;
    } else {
      for (const book of books) {
        keys += storage.countState(book);
        storage.deleteBook(book);
      }
    }
  }
  const journal = new JournalingState(stored, meta.undoFrom, (book, part, key) => stored.json(book, part, key));
  // A book rolled back to the middle of its history keeps the coverage of its first match: say so
  // once here (asked without parsing the value) rather than have every match read it.
  const covered = [...from.keys()].filter((kept) => !isSharedBook(kept) && stored.has(kept, 'coverage', 'book'));
  const book = new RecordBook(definitions, journal, { onlyBooks: from, onInstant: (key) => journal.beginInstant(key), covered });
  const found: Fact[] = [];
  // Every match from the earliest instant any book replays, not only the touched books': a day's
  // order of play depends on all of them (one kick-off time unknown makes the whole day
  // simultaneous), as in a rebuild. The day's earlier kick-offs are in no book's replay.
  const replayFrom = [...from.values()].reduce((a, b) => (b < a ? b : a), '\uffff');
  const replayed = recent ? readRecordMatches(storage, { matchIds: recent.filter((match) => instantKeys.key(match) >= replayFrom).map((match) => match.id) }) : readRecordMatches(storage, { fromDate: readFrom });
  const matches = from.size === 0 ? 0 : replay(book, replayed, {
    beforeDay: () => journal.endInstant(),
    onFacts(facts) {
      storage.insertFacts(facts.map(storedFact));
      found.push(...facts);
    },
  });
  journal.endInstant();
  stored.flush();
  storage.writeUndo(journal.drain());
  // The journal follows the last match: what falls out of its window is forgotten.
  const extent = storage.extent();
  const lastDate = extent.lastDate;
  const windowStart = daysBefore(lastDate, meta.undoDays);
  const undoFrom = windowStart > meta.undoFrom ? windowStart : meta.undoFrom;
  if (undoFrom > meta.undoFrom && undoPrune === 'now') storage.pruneUndo(undoFrom);
  writeMeta(storage, definitions, undoFrom, meta.undoDays, extent, recent && { from: readFrom, matches: recent, keys: instantKeys });
  storage.clearChanges();

  const now = new Map(found.map((fact) => [fact.id, fact]));
  const added = new Set(newIds);
  return {
    // Nothing was rolled back: the new matches came after everything their books held.
    mode: old.size === 0 && keys === 0 && newIds.length > 0 ? 'extended' : 'corrected',
    facts: oneFactPerNews(found.filter((fact) => added.has(fact.matchId)).sort(byTime)),
    withdrawn: oneFactPerNews([...old.values()].filter((fact) => now.get(fact.id)?.text !== fact.text).sort(byTime)),
    nowTrue: oneFactPerNews(found.filter((fact) => !added.has(fact.matchId) && old.get(fact.id)?.text !== fact.text).sort(byTime)),
    newMatchIds: newIds,
    replayed: { books: [...from.keys()].filter((book) => !isSharedBook(book)).sort(), keys, matches, from: readFrom === '\uffff' ? '' : readFrom },
  };
}

/**
 * Adds matches the store now counts (set to played after the book was built) and returns their
 * facts: the book is brought up to date the same way as after an import.
 */
export function extendRecordBook(store: Store, definitions: readonly RecordDefinition[], matchIds: readonly number[], options: UpdateOptions = {}): Fact[] {
  const wanted = new Set(matchIds);
  const result = updateRecordBook(store, definitions, { meta: readMeta(store.records), current: true, maxMatchId: Math.min(...matchIds) - 1 }, options);
  return oneFactPerNews([...result.facts, ...result.nowTrue].filter((fact) => wanted.has(fact.matchId)).sort(byTime));
}

/** The stored facts of one match, most newsworthy first. */
export function readMatchFacts(store: Store, matchId: number): Fact[] {
  return oneFactPerNews(store.records.factBodies({ matchId }).map(parseFact));
}

/** The stored facts of one definition, oldest first: how its record moved. */
export function readDefinitionFacts(store: Store, definitionId: string): Fact[] {
  return store.records.factBodies({ definitionId }).map(parseFact);
}

/** A value of the stored state (a book's top list, its progression…). */
export function readStateValue<T>(store: Store, book: string, part: string, key: string): T | undefined {
  const json = store.records.readState(book, part, key);
  return json === undefined ? undefined : (JSON.parse(json) as T);
}

/** The keys of one part of a book's stored state. */
export function readStateKeys(store: Store, book: string, part: string): string[] {
  return store.records.stateKeys(book, part);
}

/** The books a definition has in the store: `definition-id|book-key`. */
export function booksOf(store: Store, definitionId: string): string[] {
  return store.records.stateBooks(`${definitionId}|`);
}

/** The last day the stored book has taken in ('' when there is no book). */
export function recordBookLastDate(store: Store): string | undefined {
  return readMeta(store.records)?.lastDate;
}
