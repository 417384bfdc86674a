// A server on PostgreSQL whose write must wait for another process's (a CLI import holding the
// store's write lock) goes on answering reads meanwhile, then writes once the lock is free: the
// wait for the lock is polled, not a blocking call on the service's one thread.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { buildApp } from '../../src/server/app.js';
import { MatchfactsService } from '../../src/server/service.js';
import { createToken } from '../../src/server/tokens.js';
import { inWriteTransaction, openStore, type Store } from '../../src/store/open-store.js';
import { createPostgresDatabase, POSTGRES_SERVER, type TestDatabase } from './databases.js';

/** Messi's hat-trick against Algeria at the 2026 World Cup, posted by the desk. */
const ARGENTINA_ALGERIA = {
  kind: 'match', competition: 'FIFA World Cup', season: '2026', stage: 'Group stage', group: 'J', date: '2026-06-16',
  home: 'Argentina', away: 'Algeria', score: { halfTime: [1, 0], fullTime: [3, 0] },
  goals: [17, 55, 78].map((minute) => ({ team: 'home', scorer: 'Lionel Messi', minute })),
};

describe.skipIf(POSTGRES_SERVER === undefined)('a server on PostgreSQL waiting for another process’s write', () => {
  let database: TestDatabase;
  let store: Store;
  let service: MatchfactsService;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    database = await createPostgresDatabase('lock-wait');
    store = await openStore(database.location);
    service = new MatchfactsService({ store, definitions: loadBuiltInCatalogue().map((l) => l.definition) });
    await service.recordBook();
    app = await buildApp({ service });
    token = await createToken(store.db, 'lock-desk');
  });

  afterAll(async () => {
    await app?.close();
    await service?.close();
    await store?.close();
    await database?.drop();
  });

  it('answers reads while its write waits for the lock, then writes the match once the import commits', async () => {
    const importer = await openStore(database.location);
    let release!: () => void;
    let holding!: Promise<void>;
    await new Promise<void>((locked) => {
      holding = inWriteTransaction(importer, () => {
        locked();
        return new Promise<void>((done) => (release = done));
      });
    });
    try {
      let answered = false;
      const posting = app.inject({ method: 'POST', url: '/api/matches', payload: ARGENTINA_ALGERIA, headers: { authorization: `Bearer ${token}` } }).then((res) => {
        answered = true;
        return res;
      });
      // Once the write is in the queue (its token checked), reads asked while it waits for the import's lock are answered.
      const health = async () => (await app.inject('/health')).json() as { status: string; matches: number; pendingWrites: number };
      for (let read = 0; read < 200 && (await health()).pendingWrites === 0; read++) await new Promise((next) => setTimeout(next, 10));
      for (let read = 0; read < 3; read++) {
        expect(await health()).toMatchObject({ status: 'ok', matches: 0, pendingWrites: 1 });
        expect((await app.inject('/api/matches?team=Argentina')).json().matches).toEqual([]);
      }
      expect(answered).toBe(false);

      release();
      await holding;
      const posted = await posting;
      expect(posted.statusCode).toBe(201);
      expect(posted.json().facts.length).toBeGreaterThan(0);
      expect((await app.inject('/health')).json().matches).toBe(1);
    } finally {
      release();
      await holding.catch(() => undefined);
      await importer.close();
    }
  });
});
