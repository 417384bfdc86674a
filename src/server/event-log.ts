// The written-match events `/events` pushes: each is stored before it is announced, with an
// increasing id, so a client reconnecting with Last-Event-ID is sent everything it missed.
// On PostgreSQL several instances may share the log: each announces what any of them stored,
// in id order, after a NOTIFY (events-postgres.ts).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { isPostgresUrl, type Store } from '../store/open-store.js';
import { EVENTS_CHANNEL, listenForEvents, type EventNotifications } from './events-postgres.js';

export interface ServiceEvent {
  readonly id: number;
  /** `match` (a match written, with its facts) or `status` (a match's or a competition's status changed). */
  readonly kind: string;
  /** The event's data, JSON. */
  readonly data: string;
}

type Listener = (event: ServiceEvent) => void;

export class EventLog {
  private readonly listeners = new Set<Listener>();
  /** Shared log: the id of the last event announced, and the catching up in progress. */
  private announced = 0;
  private catchingUp: Promise<void> = Promise.resolve();
  private notifications?: Promise<EventNotifications>;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly shared = false,
  ) {}

  /**
   * The event log of `store`. On PostgreSQL it is shared with every instance serving the same
   * database: it listens for their events from now on.
   */
  static forStore(store: Pick<Store, 'db' | 'path'>): EventLog {
    if (!isPostgresUrl(store.path)) return new EventLog(store.db);
    const log = new EventLog(store.db, true);
    // Events stored before this instance started are for Last-Event-ID replays, not announcements;
    // every catch-up waits for this.
    log.catchingUp = sql<{ last: number }>`SELECT coalesce(max(id), 0) AS last FROM api_event`.execute(store.db).then(({ rows }) => {
      log.announced = rows[0]?.last ?? 0;
    });
    log.notifications = log.startListening(store.path);
    // Failing to listen leaves this instance's own events announced; it is reported once.
    log.notifications.catch((error: unknown) => process.stderr.write(`matchfacts: cannot listen for other instances' events: ${(error as Error).message}\n`));
    return log;
  }

  /** Stores an event and announces it to every listener (on a shared log, to every instance's). */
  async append(kind: string, matchId: number | null, payload: unknown): Promise<ServiceEvent> {
    const data = JSON.stringify(payload);
    const row = await this.db
      .insertInto('api_event')
      .values({ kind, match_id: matchId, body: data, recorded_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const event = { id: Number(row.id), kind, data };
    if (!this.shared) {
      for (const listener of this.listeners) listener(event);
      return event;
    }
    // Outside a transaction the NOTIFY goes at once; inside one, when it commits.
    await sql`SELECT pg_notify(${EVENTS_CHANNEL}, ${String(event.id)})`.execute(this.db);
    await this.catchUp();
    return event;
  }

  /** Events after `id`, oldest first. */
  async since(id: number): Promise<ServiceEvent[]> {
    const rows = await this.db.selectFrom('api_event').select(['id', 'kind', 'body']).where('id', '>', id).orderBy('id').execute();
    return rows.map((r) => ({ id: Number(r.id), kind: r.kind, data: r.body }));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** Stops listening for other instances' events. */
  async close(): Promise<void> {
    await (await this.notifications?.catch(() => undefined))?.close();
  }

  /**
   * Announces every stored event after the last one announced, in id order, one catch-up at a
   * time. Ids are given in commit order (migration 009), so none is skipped.
   */
  private catchUp(): Promise<void> {
    this.catchingUp = this.catchingUp.then(async () => {
      for (const event of await this.since(this.announced)) {
        this.announced = event.id;
        for (const listener of this.listeners) listener(event);
      }
    });
    return this.catchingUp;
  }

  private startListening(url: string): Promise<EventNotifications> {
    return listenForEvents(
      url,
      () => void this.catchUp().catch(() => undefined),
      (error) => process.stderr.write(`matchfacts: the event listener lost its connection (${error.message}); reconnecting\n`),
    );
  }
}
