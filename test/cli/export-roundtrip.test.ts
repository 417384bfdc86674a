// Export → parse: the Football.TXT writer, fed from the store, reads back through our parser to
// the same matches — for every World Cup and Champions League file in the shared data.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { writeFootballTxtFiles } from '../../src/sources/football-txt/writer.js';
import { parseFootballTxt } from '../../src/sources/football-txt/parser.js';
import type { MatchData } from '../../src/domain/match-data.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

// What a Football.TXT file can say about a match; the store's ids and sources are not part of it.
function comparable(m: MatchData): unknown {
  return {
    date: m.date,
    time: m.time,
    utcOffset: m.utcOffset,
    home: m.home.name,
    away: m.away.name,
    group: m.group?.replace(/^(Group|Gruppe)\s+/i, ''),
    stage: m.stage?.kind,
    score: { ...m.score, resultOnly: undefined, shootoutWinner: undefined },
    status: m.status,
    venue: m.venue,
    city: m.city,
    goals: m.goals?.map((g) => [g.side, g.scorer?.name, g.minute, g.stoppage ?? null, g.penalty, g.ownGoal]),
  };
}

describe('matchfacts export --format footballtxt', () => {
  it('every Football.TXT match stored reads back the same after export', async () => {
    const store = await openStore(join(tempDir(), 'roundtrip.db'));
    await importPath(store, [sharedPath('football-txt')]);
    const stored = await readMatches(store.db);
    await store.close();
    expect(stored.length).toBe(5092);
    const files = writeFootballTxtFiles(stored.map((m) => m.data));
    const reread = files.flatMap((f) => parseFootballTxt(f.text, f.name).matches.map((p) => p.match));
    expect(reread.length).toBe(stored.length);
    const key = (m: MatchData): string => `${m.competition.name}|${m.date}|${m.home.name}|${m.away.name}|${m.replay ?? false}`;
    const back = new Map(reread.map((m) => [key(m), m]));
    for (const s of stored) {
      const again = back.get(key(s.data));
      expect(again, key(s.data)).toBeDefined();
      expect(comparable(again!), key(s.data)).toEqual(comparable(s.data));
    }
  });
});
