// The record book reads a whole history with each scorer's name and birth date read once, not
// joined into every goal: the goals it reads must be the ones the joined read gives, field for field.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeWithHistory, testFolder } from '../../synthetic/test-support/history-store.js';
import type { RecordGoalRow, RecordMatchQuery, RecordBookStorage } from './storage.js';

const dir = testFolder('match-chunks');

function goalsRead(storage: RecordBookStorage, query: RecordMatchQuery): RecordGoalRow[] {
  const goals: RecordGoalRow[] = [];
  for (const chunk of storage.matchChunks(query)) goals.push(...chunk.goals);
  return goals;
}

describe('the goals of a whole history, as the record book reads them', () => {
  it('name each scorer and birth date as the joined read does, a scorer the store has no player for included', async () => {
    const store = await storeWithHistory(join(dir, 'history.db'), { seed: 9, matches: 1_400, batchSize: 700 });
    try {
      const sqlite = store.sqlite;
      // A goal whose scorer is not in the player table (a row removed by hand): no name, no birth date.
      const goal = sqlite.prepare('SELECT id, player_id FROM goal WHERE player_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: number; player_id: number };
      sqlite.prepare('UPDATE goal SET player_id = ? WHERE id = ?').run(9_999_999, goal.id);

      const whole = goalsRead(store.records, {});
      // From the first day on, the read a correction makes: names joined into each goal.
      const joined = goalsRead(store.records, { fromDate: '' });
      expect(whole.length).toBeGreaterThan(2_000);
      expect(whole).toEqual(joined);
      expect(whole.filter((g) => g.birth_date !== null).length).toBeGreaterThan(1_000);
      expect(whole.find((g) => g.id === goal.id)).toMatchObject({ player_id: 9_999_999, name: null, birth_date: null });

      // A split rebuild's part reads some competitions' whole history the same way.
      const competition = (sqlite.prepare('SELECT id FROM competition ORDER BY id LIMIT 1').get() as { id: number }).id;
      const part = goalsRead(store.records, { competitionIds: [competition] });
      const partJoined = goalsRead(store.records, { competitionIds: [competition], fromDate: '' });
      expect(part.length).toBeGreaterThan(0);
      expect(part).toEqual(partJoined);
    } finally {
      await store.close();
    }
  });
});
