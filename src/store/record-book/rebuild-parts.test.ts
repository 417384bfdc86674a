// A split rebuild decides how each day is taken in before either thread starts: the store names the
// days whose kick-offs must be looked at, and gives them; every other day is ordered by kick-off.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kickOffUtc } from '../../records/engine/instants.js';
import { storeWithHistory, testFolder } from '../../synthetic/test-support/history-store.js';

const dir = testFolder('rebuild-parts');

describe("the store's days for a split rebuild", () => {
  it('gives the kick-offs of every day one match makes irregular, and of no other', async () => {
    const store = await storeWithHistory(join(dir, 'history.db'), { seed: 5, matches: 600, batchSize: 600 });
    try {
      const sqlite = store.sqlite;
      const days = sqlite.prepare(`SELECT date, min(id) AS id FROM match WHERE status = 'played' GROUP BY date ORDER BY date LIMIT 5`).all() as { date: string; id: number }[];
      const edit = (set: string, id: number): void => void sqlite.prepare(`UPDATE match SET ${set} WHERE id = ?`).run(id);
      edit('time = NULL', days[0]!.id);
      edit(`time = '7:30'`, days[1]!.id);
      edit(`utc_offset = '+0100'`, days[2]!.id);
      edit(`time = '24:00'`, days[3]!.id);
      // A day no calendar has: its kick-offs cannot be read as times, whatever their shape.
      edit(`date = '${days[4]!.date.slice(0, 4)}-13-05'`, days[4]!.id);

      const counted = store.records.parts!.countedDays();
      const looked = counted.filter((day) => day.kickOffs).map((day) => day.date);
      expect(looked.sort()).toEqual([...days.slice(0, 4).map((day) => day.date), `${days[4]!.date.slice(0, 4)}-13-05`].sort());
      // The days given whole, with every match of the day; every other day's kick-offs all read as times.
      for (const day of counted.filter((d) => d.kickOffs)) {
        const n = (sqlite.prepare(`SELECT count(*) AS n FROM match WHERE date = ? AND status = 'played'`).get(day.date) as { n: number }).n;
        expect(day.kickOffs).toHaveLength(n);
      }
      const others = sqlite.prepare(`SELECT date, time, utc_offset AS utcOffset FROM match WHERE status = 'played' AND date NOT IN (${looked.map(() => '?').join(', ')})`).all(...looked) as { date: string; time: string | null; utcOffset: string | null }[];
      expect(others.length).toBeGreaterThan(100);
      expect(others.filter((m) => kickOffUtc(m) === undefined)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe("the store's matches by competition, for balancing a split rebuild", () => {
  it('counts every stored match of each competition, fixtures not yet played included', async () => {
    const store = await storeWithHistory(join(dir, 'by-competition.db'), { seed: 7, matches: 600, batchSize: 600 });
    try {
      const sqlite = store.sqlite;
      sqlite.prepare(`UPDATE match SET status = 'scheduled', ft_home = NULL, ft_away = NULL WHERE id % 4 = 0`).run();
      const expected = sqlite.prepare('SELECT e.competition_id AS id, count(*) AS n FROM match m JOIN edition e ON e.id = m.edition_id GROUP BY 1').all() as { id: number; n: number }[];
      expect(expected.length).toBeGreaterThan(1);
      expect(store.records.parts!.matchesByCompetition()).toEqual(new Map(expected.map((r) => [r.id, r.n])));
    } finally {
      await store.close();
    }
  });
});
