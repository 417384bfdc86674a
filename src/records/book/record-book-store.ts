// The record book in the store: rebuilt from every match in one pass, extended match by match
// as results land, and always tied to the data it was built from.
import type Database from 'better-sqlite3';
import type { Store } from '../../store/open-store.js';
import type { RecordDefinition } from '../definitions/schema.js';
import type { Fact } from '../engine/fact.js';
import { readRecordMatches } from '../engine/read-record-matches.js';
import { RecordBook } from '../engine/record-book.js';
import { replay } from '../engine/replay.js';
import { MemoryState } from '../engine/state.js';
import { definitionsHash, storeRevision } from './revision.js';
import { SqliteState } from './sqlite-state.js';

export interface RecordBookMeta {
  readonly definitions: string;
  readonly revision: string;
  /** The last day the book has taken in. */
  readonly lastDate: string;
  readonly maxMatchId: number;
}

export interface RebuildResult {
  readonly matches: number;
  readonly facts: number;
  readonly stateEntries: number;
}

export interface RebuildOptions {
  readonly onProgress?: (done: number, total: number) => void;
}

function readMeta(sqlite: Database.Database): RecordBookMeta | undefined {
  const rows = sqlite.prepare('SELECT key, value FROM record_meta').all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, r.value]));
  const definitions = map.get('definitions');
  if (definitions === undefined) return undefined;
  return {
    definitions,
    revision: map.get('revision') ?? '',
    lastDate: map.get('last_date') ?? '',
    maxMatchId: Number(map.get('max_match_id') ?? 0),
  };
}

function writeMeta(sqlite: Database.Database, definitions: readonly RecordDefinition[]): void {
  const last = sqlite.prepare(`SELECT coalesce(max(date), '') AS date FROM match WHERE status = 'played'`).get() as { date: string };
  const maxId = sqlite.prepare('SELECT coalesce(max(id), 0) AS id FROM match').get() as { id: number };
  const upsert = sqlite.prepare('INSERT OR REPLACE INTO record_meta (key, value) VALUES (?, ?)');
  upsert.run('definitions', definitionsHash(definitions));
  upsert.run('revision', storeRevision(sqlite));
  upsert.run('last_date', last.date);
  upsert.run('max_match_id', String(maxId.id));
}

function factInserter(sqlite: Database.Database): (fact: Fact) => void {
  const insert = sqlite.prepare('INSERT OR REPLACE INTO record_fact (id, match_id, definition_id, kind, date, score, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
  return (fact) => insert.run(fact.id, fact.matchId, fact.definitionId, fact.kind, fact.date, fact.score, JSON.stringify(fact));
}

/** True when the stored book was built from these definitions and the store as it is now. */
export function recordBookIsCurrent(store: Store, definitions: readonly RecordDefinition[]): boolean {
  const meta = readMeta(store.sqlite);
  return meta !== undefined && meta.definitions === definitionsHash(definitions) && meta.revision === storeRevision(store.sqlite);
}

/** Rebuilds the whole book from every played match: one pass, in time order, in one transaction. */
export function rebuildRecordBook(store: Store, definitions: readonly RecordDefinition[], options: RebuildOptions = {}): RebuildResult {
  const sqlite = store.sqlite;
  const total = (sqlite.prepare(`SELECT count(*) AS n FROM match WHERE status = 'played'`).get() as { n: number }).n;
  const state = new MemoryState();
  const book = new RecordBook(definitions, state);
  let factCount = 0;
  let stateEntries = 0;
  const run = sqlite.transaction(() => {
    sqlite.exec('DELETE FROM record_fact; DELETE FROM record_state; DELETE FROM record_meta;');
    const insertFact = factInserter(sqlite);
    const matches = replay(book, readRecordMatches(sqlite), {
      onFacts(facts) {
        for (const fact of facts) insertFact(fact);
        factCount += facts.length;
      },
      onProgress: (done) => options.onProgress?.(done, total),
    });
    const upsert = sqlite.prepare('INSERT INTO record_state (book, part, key, value) VALUES (?, ?, ?, ?)');
    for (const [bookKey, part, key, value] of state.entries()) {
      upsert.run(bookKey, part, key, JSON.stringify(value ?? null));
      stateEntries += 1;
    }
    writeMeta(sqlite, definitions);
    return matches;
  });
  const matches = run();
  return { matches, facts: factCount, stateEntries };
}

/** Rebuilds the book if it is stale; says whether it did. */
export function ensureRecordBook(store: Store, definitions: readonly RecordDefinition[], options: RebuildOptions = {}): boolean {
  if (recordBookIsCurrent(store, definitions)) return false;
  rebuildRecordBook(store, definitions, options);
  return true;
}

/** What the book looked like before an import: enough to tell an extension from a correction. */
export interface BookSnapshot {
  readonly meta: RecordBookMeta | undefined;
  readonly current: boolean;
  /** The highest match id in the store: matches above it are new. */
  readonly maxMatchId: number;
}

export function snapshotRecordBook(store: Store, definitions: readonly RecordDefinition[]): BookSnapshot {
  const max = store.sqlite.prepare('SELECT coalesce(max(id), 0) AS id FROM match').get() as { id: number };
  return { meta: readMeta(store.sqlite), current: recordBookIsCurrent(store, definitions), maxMatchId: max.id };
}

export interface UpdateResult {
  /** `extended`: new matches added in time proportional to them; `rebuilt`: history changed. */
  readonly mode: 'extended' | 'rebuilt' | 'unchanged';
  /** Facts of the matches the import added, oldest first. */
  readonly facts: readonly Fact[];
  /** Facts that were in the book before and are no longer true. */
  readonly withdrawn: readonly Fact[];
  /** Facts of earlier matches that became true with this import (a new 4,000th goal). */
  readonly nowTrue: readonly Fact[];
  readonly newMatchIds: readonly number[];
}

function readAllFacts(sqlite: Database.Database): Map<string, Fact> {
  const rows = sqlite.prepare('SELECT body FROM record_fact').all() as { body: string }[];
  return new Map(rows.map((r) => {
    const fact = JSON.parse(r.body) as Fact;
    return [fact.id, fact];
  }));
}

function factsOfMatches(sqlite: Database.Database, ids: readonly number[]): Fact[] {
  const select = sqlite.prepare('SELECT body FROM record_fact WHERE match_id = ?');
  const facts: Fact[] = [];
  for (const id of ids) for (const row of select.all(id) as { body: string }[]) facts.push(JSON.parse(row.body) as Fact);
  return facts.sort((a, b) => a.date.localeCompare(b.date) || a.matchId - b.matchId || b.score - a.score);
}

/**
 * Brings the book up to date after an import. New matches after everything the book holds are
 * added one day at a time from the stored state; anything else (a match inserted in the past, a
 * corrected scorer or minute) recomputes the book and reports the facts that no longer hold.
 */
export interface UpdateOptions extends RebuildOptions {
  /**
   * True when the import changed matches, goals or players the store already had (a correction,
   * or a later source filling in values): the book is then recomputed, never merely extended.
   */
  readonly historyChanged: boolean;
}

export function updateRecordBook(store: Store, definitions: readonly RecordDefinition[], before: BookSnapshot, options: UpdateOptions): UpdateResult {
  const sqlite = store.sqlite;
  const meta = before.meta;
  // By id range, sorted here: an ORDER BY date would walk the whole date index.
  const newIds = (sqlite.prepare(`SELECT id, date FROM match WHERE id > ? AND status = 'played'`).all(before.maxMatchId) as { id: number; date: string }[])
    .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id)
    .map((r) => r.id);
  if (before.current && meta && storeRevision(sqlite) === meta.revision) return { mode: 'unchanged', facts: [], withdrawn: [], nowTrue: [], newMatchIds: [] };
  const canExtend =
    before.current &&
    meta !== undefined &&
    !options.historyChanged &&
    newIds.length > 0 &&
    (sqlite.prepare(`SELECT count(*) AS n FROM match WHERE id > ? AND status = 'played' AND +date <= ?`).get(meta.maxMatchId, meta.lastDate) as { n: number }).n === 0;
  if (canExtend) return { mode: 'extended', facts: extendRecordBook(store, definitions, newIds), withdrawn: [], nowTrue: [], newMatchIds: newIds };
  const old = readAllFacts(sqlite);
  rebuildRecordBook(store, definitions, options);
  const now = readAllFacts(sqlite);
  const withdrawn = [...old.values()].filter((fact) => !now.has(fact.id) || now.get(fact.id)?.text !== fact.text);
  const added = new Set(newIds);
  const nowTrue = [...now.values()]
    .filter((fact) => !added.has(fact.matchId) && (!old.has(fact.id) || old.get(fact.id)?.text !== fact.text))
    .sort((a, b) => a.date.localeCompare(b.date) || a.matchId - b.matchId);
  return { mode: 'rebuilt', facts: factsOfMatches(sqlite, newIds), withdrawn, nowTrue, newMatchIds: newIds };
}

/**
 * Adds matches later than everything in the book, reading and writing only the state they touch,
 * in one transaction. The caller guarantees they are new and later (see `updateRecordBook`).
 */
export function extendRecordBook(store: Store, definitions: readonly RecordDefinition[], matchIds: readonly number[]): Fact[] {
  const sqlite = store.sqlite;
  const state = new SqliteState(sqlite);
  const book = new RecordBook(definitions, state);
  const facts: Fact[] = [];
  sqlite.transaction(() => {
    const insertFact = factInserter(sqlite);
    replay(book, readRecordMatches(sqlite, { matchIds }), {
      onFacts(found) {
        for (const fact of found) insertFact(fact);
        facts.push(...found);
      },
    });
    state.flush();
    writeMeta(sqlite, definitions);
  })();
  return facts;
}

/** The stored facts of one match, most newsworthy first. */
export function readMatchFacts(store: Store, matchId: number): Fact[] {
  const rows = store.sqlite.prepare('SELECT body FROM record_fact WHERE match_id = ? ORDER BY score DESC, id').all(matchId) as { body: string }[];
  return rows.map((r) => JSON.parse(r.body) as Fact);
}

/** The stored facts of one definition, oldest first: how its record moved. */
export function readDefinitionFacts(store: Store, definitionId: string): Fact[] {
  const rows = store.sqlite.prepare('SELECT body FROM record_fact WHERE definition_id = ? ORDER BY date, match_id').all(definitionId) as { body: string }[];
  return rows.map((r) => JSON.parse(r.body) as Fact);
}

/** A value of the stored state (a book's top list, its progression…). */
export function readStateValue<T>(store: Store, book: string, part: string, key: string): T | undefined {
  const row = store.sqlite.prepare('SELECT value FROM record_state WHERE book = ? AND part = ? AND key = ?').get(book, part, key) as { value: string } | undefined;
  return row === undefined ? undefined : (JSON.parse(row.value) as T);
}

/** The books a definition has in the store: `definition-id|book-key`. */
export function booksOf(store: Store, definitionId: string): string[] {
  const rows = store.sqlite.prepare(`SELECT DISTINCT book FROM record_state WHERE book >= ? AND book < ?`).all(`${definitionId}|`, `${definitionId}|\uffff`) as { book: string }[];
  return rows.map((r) => r.book);
}
