// A small import reads only the context it names (load-context-for.ts); what it stores must be
// exactly what the same file stores when the whole store is loaded.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

function contents(store: Store): Record<string, unknown[]> {
  const all = (sql: string): unknown[] => store.sqlite.prepare(sql).all();
  return {
    matches: all(`SELECT date, home_team_id, away_team_id, ft_home, ft_away, venue, attendance FROM match ORDER BY id`),
    goals: all(`SELECT match_id, seq, player_id, scorer_name, minute FROM goal ORDER BY match_id, seq`),
    conflicts: all(`SELECT entity, entity_id, field, kept_value, other_value FROM conflict ORDER BY entity, entity_id, field, other_value`),
    teams: all(`SELECT id, name FROM team ORDER BY id`),
    players: all(`SELECT id, name FROM player ORDER BY id`),
    names: all(`SELECT player_id, team_id, name_key FROM player_name ORDER BY player_id, team_id, name_key`),
  };
}

describe('the context of a small import', () => {
  it('the 2014 World Cup in Football.TXT over the World Cup database: the same rows whether read targeted or with everything loaded', async () => {
    const dir = tempDir();
    const cup = sharedPath('football-txt', 'worldcup', '2014--brazil');
    const targeted = await openStore(join(dir, 'targeted.db'));
    await importPath(targeted, [sharedPath('worldcup-db')]);
    const added = await importPath(targeted, [cup]);
    expect(added.sources[0]?.entities.find((e) => e.entity === 'matches')?.merged).toBe(64);

    const whole = await openStore(join(dir, 'whole.db'));
    // Imported together, the database loads the whole context first and the cup is merged against it.
    await importPath(whole, [sharedPath('worldcup-db'), cup]);
    expect(contents(targeted)).toEqual(contents(whole));
    await targeted.close();
    await whole.close();
  });
});
