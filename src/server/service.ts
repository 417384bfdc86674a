// The service behind the HTTP API: the store, the record book, one write queue, the event log and
// a cache of facts (src/server/facts-cache.ts). Every answer comes from the library functions the CLI uses.
import { matchJson, matchHeadline } from '../queries/match-view.js';
import { NotFoundError } from '../domain/errors.js';
import type { MatchData } from '../domain/match-data.js';
import { nameKey } from '../domain/names.js';
import { readMatchFacts } from '../records/book/record-book-store.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import type { Fact } from '../records/engine/fact.js';
import type { Store } from '../store/open-store.js';
import { readMatches } from '../store/queries/read-matches.js';
import type { StoredMatch } from '../store/queries/stored-match.js';
import { teamIdsNamed } from '../store/queries/teams.js';
import { EventLog } from './event-log.js';
import { factsBody, FactsCache, type FactsBody } from './facts-cache.js';
import { touchToken, type TokenHolder } from './tokens.js';
import { WriteQueue } from './write-queue.js';
import { Writer } from './writer.js';

export interface ServiceOptions {
  readonly store: Store;
  readonly definitions: readonly RecordDefinition[];
  /** The `--records` files the definitions came from (a worker thread loads them again). */
  readonly recordFiles?: readonly string[];
}

/** A match a write touched, with its facts as the record book now has them. */
export interface WrittenMatch {
  readonly id: number;
  readonly match: Record<string, unknown>;
  readonly facts: readonly Fact[];
}

export interface WriteOutcome {
  /** False when the document was already imported, or changed nothing. */
  readonly changed: boolean;
  readonly matches: readonly WrittenMatch[];
}

export type BookState = 'building' | 'ready' | 'failed';

export class MatchfactsService {
  readonly store: Store;
  readonly definitions: readonly RecordDefinition[];
  readonly events: EventLog;
  readonly writes = new WriteQueue();
  private book: BookState = 'building';
  private bookProgress: [number, number] = [0, 0];
  private readonly bookReady: Promise<void>;
  private readonly factsCache: FactsCache;
  private readonly writer: Writer;

  constructor(options: ServiceOptions) {
    this.store = options.store;
    this.definitions = options.definitions;
    this.events = EventLog.forStore(options.store);
    this.factsCache = new FactsCache(() => options.store.dataVersion());
    this.writer = new Writer(options.store, options.definitions, options.recordFiles ?? []);
    // The book is made current before any write: the write queue waits for it.
    this.bookReady = this.writes.run(async () => {
      try {
        await this.writer.readyBook((done, total) => {
          this.bookProgress = [done, total];
        });
        this.book = 'ready';
      } catch (error) {
        this.book = 'failed';
        throw error;
      }
    });
    // A failed build is reported by every read that needs the book; it must not crash the process.
    this.bookReady.catch(() => undefined);
  }

  get bookState(): { state: BookState; done: number; total: number } {
    return { state: this.book, done: this.bookProgress[0], total: this.bookProgress[1] };
  }

  /** Resolves when the record book is current; reads of facts, stories and records wait for it. */
  async recordBook(): Promise<void> {
    await this.bookReady;
  }

  async matchById(id: number): Promise<StoredMatch> {
    const [found] = await readMatches(this.store.db, { ids: [id] });
    if (!found) throw new NotFoundError(`no match with id ${id} (find ids with /api/matches?date=&team=)`);
    return found;
  }

  /**
   * The facts of a match already serialised, when the cache holds them: what a read answers without
   * a query or a promise. Undefined when they must be read (`facts`).
   */
  cachedFacts(id: number): FactsBody | undefined {
    return this.factsCache.get(id);
  }

  /** The facts of a match as JSON bytes with their ETag: `{match: {...}, facts: [...]}`, most newsworthy first. */
  async facts(id: number): Promise<FactsBody> {
    const cached = this.factsCache.get(id);
    if (cached !== undefined) return cached;
    const generation = this.factsCache.begin();
    await this.recordBook();
    const match = await this.matchById(id);
    const d = match.data;
    const facts = readMatchFacts(this.store, id);
    const body = factsBody(
      JSON.stringify({
        match: { id, date: d.date, home: d.home.name, away: d.away.name, competition: d.competition.name, edition: d.edition.name, text: matchHeadline(match) },
        facts,
      }),
    );
    this.factsCache.set(id, generation, body);
    return body;
  }

  /**
   * Imports a matchfacts JSON document (matches, status changes, competition status changes) in
   * the write queue: validated whole before anything is written, one transaction, the record book
   * brought up to date, and every match it touched announced on the event log.
   */
  async writeDocument(text: string, label: string, holder: TokenHolder): Promise<WriteOutcome> {
    return this.writes.run(async () => {
      await this.bookReady;
      const applied = await this.writer.apply(text, label);
      if (applied.changed) this.factsCache.invalidate();
      const touched = [...applied.matches, ...applied.statusChanges];
      const matches: WrittenMatch[] = [];
      for (const wanted of touched) {
        const stored = 'home' in wanted ? await this.storedMatchOf(wanted) : await this.storedMatchOfTeam(wanted.date, wanted.team);
        if (!stored || matches.some((m) => m.id === stored.id)) continue;
        matches.push({ id: stored.id, match: matchJson(stored), facts: readMatchFacts(this.store, stored.id) });
      }
      if (applied.changed) {
        for (const m of matches) await this.events.append('match', m.id, m);
        for (const c of applied.competitionStatuses) await this.events.append('competition-status', null, c);
      }
      await touchToken(this.store.db, holder.name);
      return { changed: applied.changed, matches };
    });
  }

  /** Stops the writer thread; the store stays open for its owner to close. */
  async close(): Promise<void> {
    await this.writes.idle();
    await this.writer.close();
    await this.events.close();
  }

  /** The stored match an incoming one became: same day (±1, as identity allows), same teams. */
  private async storedMatchOf(incoming: Pick<MatchData, 'date' | 'home' | 'away'>): Promise<StoredMatch | undefined> {
    const around = await readMatches(this.store.db, { from: shiftDay(incoming.date, -1), to: shiftDay(incoming.date, 1), team: incoming.home.name });
    if (around.length <= 1) return around[0];
    const away = new Set(await teamIdsNamed(this.store.db, incoming.away.name));
    const sameTeams = around.filter((m) => away.has(m.awayTeamId) || nameKey(m.data.away.name) === nameKey(incoming.away.name));
    return sameTeams.find((m) => m.data.date === incoming.date) ?? sameTeams[0];
  }

  private async storedMatchOfTeam(date: string, team: string): Promise<StoredMatch | undefined> {
    const found = await readMatches(this.store.db, { date, team });
    return found.length === 1 ? found[0] : undefined;
  }
}

function shiftDay(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
