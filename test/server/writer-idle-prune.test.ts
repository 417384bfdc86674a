// The served writer (its own thread, as `matchfacts serve` runs from the build) answers a posted
// result without pruning the undo journal, and prunes it once idle: the journal never keeps days
// older than its window for long. A store of three of Mexico's 2026 World Cup group matches, then the
// 2030 World Cup's opening match posted over the API: the window moves four years on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchfacts, serve, type RunningServer } from '../web/served-app.js';

const group = (date: string, home: string, away: string, fullTime: [number, number], scorers: [string, number][]) => ({
  kind: 'match',
  competition: 'FIFA World Cup',
  season: date.slice(0, 4),
  stage: 'Group stage',
  group: 'Group A',
  date,
  home,
  away,
  score: { fullTime },
  goals: scorers.map(([scorer, minute], i) => ({ team: i < fullTime[0] ? 'home' : 'away', scorer, minute })),
});

describe('the served writer, idle after a result', () => {
  let dir: string;
  let db: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'matchfacts-idle-prune-'));
    db = join(dir, 'store.db');
    const june = [
      group('2026-06-11', 'Mexico', 'South Africa', [2, 0], [['Raúl Jiménez', 30], ['Santiago Giménez', 70]]),
      group('2026-06-18', 'Mexico', 'South Korea', [1, 1], [['Edson Álvarez', 55], ['Son Heung-min', 80]]),
      group('2026-06-24', 'South Africa', 'Mexico', [0, 1], [['Hirving Lozano', 64]]),
    ];
    writeFileSync(join(dir, 'june.json'), JSON.stringify(june));
    await matchfacts(['import', join(dir, 'june.json'), '--db', db]);
    await matchfacts(['records', '--definition', 'wc-men-most-goals-edition', '--json', '--db', db]);
    server = await serve(db);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lets go of the journal days that fell out of the window once it is idle, and keeps the window', async () => {
    const read = new Database(db, { readonly: true, fileMustExist: true });
    const expired = (): number =>
      (read.prepare(`SELECT count(*) AS n FROM record_undo WHERE date < (SELECT value FROM record_meta WHERE key = 'undo_from')`).get() as { n: number }).n;
    const journal = (): number => (read.prepare('SELECT count(*) AS n FROM record_undo').get() as { n: number }).n;
    try {
      // The book was built with a 60-day window ending on 24 June: June is in it.
      expect(expired()).toBe(0);
      const june = journal();
      expect(june).toBeGreaterThan(0);

      const token = JSON.parse(await matchfacts(['token', 'create', '--name', 'idle-prune', '--json', '--db', db])) as { token: string };
      const posted = await fetch(`${server.url}/api/matches`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(group('2030-06-13', 'Spain', 'Morocco', [3, 0], [['Lamine Yamal', 10], ['Lamine Yamal', 20], ['Lamine Yamal', 30]])),
      });
      expect(posted.status).toBe(201);
      // Within a few seconds of the last write, 2026's entries are gone and 2030's stay.
      await expect.poll(expired, { timeout: 10_000, interval: 100 }).toBe(0);
      expect(journal()).toBeGreaterThan(0);
      const opener = (read.prepare(`SELECT count(*) AS n FROM record_undo WHERE date >= '2030-06-13'`).get() as { n: number }).n;
      expect(journal()).toBe(opener);
    } finally {
      read.close();
    }
  }, 60_000);
});
