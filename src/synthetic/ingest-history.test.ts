// End to end: a small synthetic history goes through the real ingest into a real SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBatches } from '../ingest/ingest.js';
import { openStore } from '../store/open-store.js';
import { generateHistory } from './generate-history.js';

describe('synthetic history through ingestBatches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matchfacts-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores 2,000 matches with their goals and players, and a repeat import changes nothing', async () => {
    const store = await openStore(join(dir, 'history.db'));
    try {
      let goals = 0;
      let players = 0;
      const counted = function* () {
        for (const batch of generateHistory({ seed: 5, matches: 2_000, batchSize: 500 })) {
          for (const m of batch.matches) goals += m.match.goals?.length ?? 0;
          players += batch.players.length;
          yield batch;
        }
      };
      const first = await ingestBatches(store, counted());
      expect(first.changed).toBe(true);
      const count = async (table: 'match' | 'goal' | 'player') =>
        Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      expect(await count('match')).toBe(2_000);
      expect(await count('goal')).toBe(goals);
      // Every scorer was known by id: no player was created from a goal.
      expect(await count('player')).toBe(players);
      const again = await ingestBatches(store, generateHistory({ seed: 5, matches: 2_000, batchSize: 500 }));
      expect(again.changed).toBe(false);
    } finally {
      await store.close();
    }
  });
});
