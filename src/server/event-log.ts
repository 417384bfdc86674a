// The written-match events `/events` pushes: each is stored before it is announced, with an
// increasing id, so a client reconnecting with Last-Event-ID is sent everything it missed.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

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

  constructor(private readonly db: Kysely<Database>) {}

  /** Stores an event and announces it to every listener. */
  async append(kind: string, matchId: number | null, payload: unknown): Promise<ServiceEvent> {
    const data = JSON.stringify(payload);
    const row = await this.db
      .insertInto('api_event')
      .values({ kind, match_id: matchId, body: data, recorded_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const event = { id: Number(row.id), kind, data };
    for (const listener of this.listeners) listener(event);
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
}
