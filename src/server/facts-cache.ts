// The facts of each match as the API sends them, serialised once with their entity tag: reads of
// facts far outnumber writes, and a hit costs a map lookup — no query, no serialisation, no
// hashing. An entry is good while the store's data has not changed: writes through this service
// invalidate it at once, and a commit by another connection (the writer thread, a CLI import,
// another instance) shows in the store's data version.
import { createHash } from 'node:crypto';

/** A facts answer ready to send: its JSON bytes and the strong ETag of those bytes. */
export interface FactsBody {
  readonly body: Buffer;
  /** Quoted, as the ETag header carries it: a client sends it back in If-None-Match. */
  readonly etag: string;
}

/** The answer for `json`, tagged by a hash of its bytes: the same facts give the same tag in every instance. */
export function factsBody(json: string): FactsBody {
  const body = Buffer.from(json);
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * Whether an If-None-Match header names `etag` (RFC 9110 §13.1.2: weak comparison, a list, or
 * `*`): the client's copy is current and a 304 without a body answers it.
 */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch === etag) return true;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || (trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed) === etag;
  });
}

/** Enough for every match of a tournament night many times over, small enough for any server (a body is a few kB). */
const MOST_BODIES = 20_000;

export class FactsCache {
  /** In insertion order, which a hit refreshes: the first entry is the least recently used. */
  private readonly bodies = new Map<number, FactsBody>();
  /** Bumped on every invalidation: a read that began before it must not fill the cache after it. */
  private generation = 0;
  private seenVersion: number | undefined;
  /** Asking the store for its data version costs a lock (tens of µs); one answer serves one turn of the event loop. */
  private checkedThisTurn = false;

  constructor(private readonly dataVersion: () => number) {}

  /** The cached body, after making sure no other connection committed since it was made. */
  get(matchId: number): FactsBody | undefined {
    this.checkVersion();
    const body = this.bodies.get(matchId);
    if (body !== undefined) {
      this.bodies.delete(matchId);
      this.bodies.set(matchId, body);
    }
    return body;
  }

  /** A token to give back to `set`: a body read under an older generation is not kept. */
  begin(): number {
    return this.generation;
  }

  set(matchId: number, generation: number, body: FactsBody): void {
    if (generation !== this.generation) return;
    this.bodies.set(matchId, body);
    if (this.bodies.size > MOST_BODIES) this.bodies.delete(this.bodies.keys().next().value!);
  }

  invalidate(): void {
    this.generation += 1;
    this.bodies.clear();
  }

  private checkVersion(): void {
    if (this.checkedThisTurn) return;
    this.checkedThisTurn = true;
    setImmediate(() => (this.checkedThisTurn = false));
    const version = this.dataVersion();
    if (version !== this.seenVersion) {
      if (this.seenVersion !== undefined) this.invalidate();
      this.seenVersion = version;
    }
  }
}
