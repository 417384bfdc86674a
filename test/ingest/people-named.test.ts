// A match typed tonight reads the players it names, not its clubs' whole history of players
// (load-context-for.ts): the scorers still resolve to the players the store already knows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestContext } from '../../src/ingest/ingest-context.js';
import { importPath } from '../../src/ingest/import-path.js';
import { loadContextFor } from '../../src/ingest/load-context-for.js';
import { matchfactsJsonAdapter } from '../../src/sources/json/adapter.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

const dir = tempDir();
let store: Store;

beforeAll(async () => {
  store = await openStore(join(dir, 'worldcup.db'));
  await importPath(store, [sharedPath('worldcup-db')]);
}, 120_000);
afterAll(async () => store.close());

function writeJson(name: string, match: object): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(match));
  return file;
}

/** The stored player a source id of the World Cup database names. */
function playerOf(sourceId: string): number {
  const row = store.sqlite.prepare(`SELECT player_id AS id FROM player_source_id WHERE source_id = ?`).get(sourceId) as { id: number } | undefined;
  if (!row) throw new Error(`no player ${sourceId}`);
  return row.id;
}

// Argentina 4-2 Germany, Düsseldorf, 3 September 2014: the World Cup finalists' friendly rematch.
const rematch = {
  kind: 'match',
  competition: 'International friendlies',
  season: '2014',
  date: '2014-09-03',
  home: 'Germany',
  away: 'Argentina',
  score: { fullTime: [2, 4] },
  goals: [
    { team: 'away', scorer: 'Agüero', minute: 20 },
    { team: 'away', scorer: 'Lamela', minute: 40 },
    { team: 'away', scorer: 'Federico Fernández', minute: 47 },
    { team: 'away', scorer: 'Á. Di María', minute: 50 },
    { team: 'home', scorer: 'Schürrle', minute: 52 },
    { team: 'home', scorer: 'Götze', minute: 78 },
  ],
};

describe('a match typed tonight reads the players it names', () => {
  it("the Germany v Argentina rematch of 2014 reads a handful of the two nations' players, not all of them", async () => {
    const squads = store.sqlite
      .prepare(`SELECT count(DISTINCT pn.player_id) AS n FROM player_name pn JOIN team t ON t.id = pn.team_id WHERE t.name IN ('Germany', 'Argentina')`)
      .get() as { n: number };
    const batch = await matchfactsJsonAdapter.read(writeJson('rematch.json', rematch));
    const ctx = new IngestContext(store.db);
    await loadContextFor(ctx, batch);
    expect(squads.n).toBeGreaterThan(700);
    // Götze, Schürrle, Agüero, Di María, Fernández and everyone sharing a word of their names.
    expect(ctx.players.has(playerOf('P-63673'))).toBe(true);
    expect(ctx.players.size).toBeLessThan(20);
  });

  it('its scorers, written by surname or with an initial, are the players the World Cup database knows', async () => {
    await importPath(store, [writeJson('rematch-import.json', rematch)]);
    const scorers = store.sqlite
      .prepare(`SELECT g.scorer_name AS name, g.player_id AS id FROM goal g JOIN match m ON m.id = g.match_id WHERE m.date = '2014-09-03' ORDER BY g.seq`)
      .all() as { name: string; id: number }[];
    const byName = new Map(scorers.map((s) => [s.name, s.id]));
    expect(byName.get('Götze')).toBe(playerOf('P-63673'));
    const diMaria = store.sqlite.prepare(`SELECT player_id AS id FROM goal WHERE scorer_name = 'Ángel Di María' LIMIT 1`).get() as { id: number } | undefined;
    expect(diMaria).toBeDefined();
    expect(byName.get('Á. Di María')).toBe(diMaria?.id);
    // Erik Lamela played no World Cup: a new player, first named by this file, not a namesake.
    const lamela = store.sqlite
      .prepare(`SELECT f.path FROM player p JOIN source_file f ON f.id = p.source_file_id WHERE p.id = ?`)
      .get(byName.get('Lamela')) as { path: string } | undefined;
    expect(lamela?.path).toMatch(/rematch-import\.json$/);
  });
});
