// A team named in matchfacts JSON resolves like any other source's: the project's own example of
// Valencia 3-4 Atalanta joins the Valencia and Atalanta of the Champions League files, and a team
// no source knows is listed in the import summary.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore } from '../../src/store/open-store.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

const VALENCIA_ATALANTA = resolve('src/sources/json/examples/valencia-atalanta-2020-03-10.json');

describe('teams named in JSON', () => {
  it('Valencia 3-4 Atalanta joins the one Atalanta of the Champions League files (Atalanta BC one season, Atalanta the next)', async () => {
    const dir = tempDir();
    const store = await openStore(join(dir, 'teams.db'));
    await importPath(store, [sharedPath('football-txt', 'champions-league')]);
    const atalantas = () => store.sqlite.prepare(`SELECT id, name FROM team WHERE name LIKE '%Atalanta%'`).all();
    expect(atalantas()).toHaveLength(1);
    const result = await importPath(store, [VALENCIA_ATALANTA]);
    expect(result.newTeams).toEqual([]);
    expect(atalantas()).toHaveLength(1);
    const match = store.sqlite
      .prepare(`SELECT h.name AS home, a.name AS away FROM match m JOIN team h ON h.id = m.home_team_id JOIN team a ON a.id = m.away_team_id WHERE m.date = '2020-03-10'`)
      .get();
    expect(match).toEqual({ home: 'Valencia CF', away: 'Atalanta' });

    const typo = join(dir, 'typo.json');
    writeFileSync(
      typo,
      JSON.stringify({ kind: 'match', competition: 'UEFA Champions League', season: '2020/21', stage: 'Final', date: '2021-05-29', home: 'Manchester City', away: 'Chelsee', score: { fullTime: [0, 1] } }),
    );
    const withTypo = await importPath(store, [typo]);
    expect(withTypo.newTeams).toEqual(['Chelsee']);
    await store.close();
  });
});
