// The record book's last day is the last result, not the last fixture: a desk loads the schedule
// ahead (here the 2026 World Cup's opener, still to be played, after Qatar 2022's final), and the
// book's day must not move to it — nor may finding it walk past every fixture to come.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPath } from '../../ingest/import-path.js';
import type { Store } from '../open-store.js';
import { DIALECTS, newStore, testSql, type TestDatabase } from '../postgres/test-support/databases.js';
import { EXTENT_SQL } from './counted-matches-sql.js';

const sharedData = process.env.MATCHFACTS_DATA ?? resolve(process.cwd(), '..', 'shared', 'data');
const dir = mkdtempSync(join(tmpdir(), 'matchfacts-extent-'));

const opener = {
  kind: 'match',
  competition: 'FIFA World Cup',
  season: '2026',
  stage: 'Group A',
  date: '2026-06-11',
  time: '13:00',
  utcOffset: '-06:00',
  home: 'Mexico',
  away: 'South Africa',
  status: 'scheduled',
};

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`the book's last day, on ${dialect.dialect}`, () => {
    let store: Store;
    let database: TestDatabase;

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'extent'));
      await importPath(store, [join(sharedData, 'football-txt', 'worldcup', '2022--qatar')]);
      const file = join(dir, `opener-${dialect.dialect}.json`);
      writeFileSync(file, JSON.stringify(opener));
      await importPath(store, [file]);
    }, 60_000);

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    it('is the day of the 2022 final, with the 2026 opener scheduled after it', () => {
      const s = testSql(store);
      expect(s.get<{ n: number }>(`SELECT count(*) AS n FROM match WHERE date = '2026-06-11' AND status = 'scheduled'`)!.n).toBe(1);
      const extent = store.records.extent();
      expect(extent.lastDate).toBe('2022-12-18');
      expect(extent.maxMatchId).toBe(s.get<{ n: number }>('SELECT max(id) AS n FROM match')!.n);
    });

    it.runIf(dialect.dialect === 'sqlite')('is found through the partial index of counted matches, not the date index', () => {
      const plan = testSql(store).all<{ detail: string }>(`EXPLAIN QUERY PLAN ${EXTENT_SQL}`).map((row) => row.detail);
      expect(plan).toContainEqual(expect.stringContaining('USING INDEX match_counted_date'));
    });
  });
}
