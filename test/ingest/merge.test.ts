// Two sources, one match: identity across spellings, the first value kept, every disagreement recorded.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ingestBatches } from '../../src/ingest/ingest.js';
import { openStore } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { readConflicts } from '../../src/store/queries/conflicts.js';
import { emptyBatch, type SourceBatch } from '../../src/sources/source-batch.js';
import type { GoalData, MatchData } from '../../src/domain/match-data.js';
import type { SourceFormat } from '../../src/domain/vocabulary.js';
import { tempDir } from '../support/shared-data.js';

const worldCup2022 = {
  competition: { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' },
  edition: { name: '2022', startYear: 2022, endYear: 2022 },
  stage: { name: 'quarter-finals', kind: 'quarter_final' },
} as const;

function goal(side: 'home' | 'away', name: string, minute: number, stoppage?: number, penalty = false): GoalData {
  return { side, scorer: { name }, minute, stoppage, penalty, ownGoal: false };
}

function batch(format: SourceFormat, file: string, match: MatchData): SourceBatch {
  return {
    ...emptyBatch(format, file),
    inputs: [{ file, sha256: `${format}-${file}`, rows: 1 }],
    matches: [{ sourceKey: `${format}:nl-ar`, file, line: 1, match }],
  };
}

// Netherlands 2-2 Argentina, 9 December 2022, Lusail: 3-4 on penalties.
const fromDatabase = batch('worldcup-db', 'matches.csv', {
  ...worldCup2022,
  date: '2022-12-09',
  home: { name: 'Netherlands' },
  away: { name: 'Argentina' },
  score: { halfTime: [0, 1], fullTime: [2, 2], extraTime: [2, 2], penalties: [3, 4] },
  status: 'played',
  venue: 'Lusail Stadium',
  goals: [goal('away', 'Nahuel Molina', 35), goal('away', 'Lionel Messi', 73, undefined, true), goal('home', 'Wout Weghorst', 83), goal('home', 'Wout Weghorst', 90, 11)],
});

// The same match as Football.TXT writes it, from the other side's file order and with a misspelt scorer.
const fromText = batch('football-txt', 'cup_finals.txt', {
  ...worldCup2022,
  stage: { name: 'Quarter-finals', kind: 'quarter_final' },
  date: '2022-12-09',
  time: '22:00',
  home: { name: 'Netherlands' },
  away: { name: 'Argentina' },
  score: { halfTime: [0, 1], fullTime: [2, 2], extraTime: [2, 2], penalties: [3, 4] },
  status: 'played',
  venue: 'Lusail Iconic Stadium',
  city: 'Lusail',
  goals: [goal('home', 'Wout Werghost', 83), goal('home', 'Wout Werghost', 90, 11), goal('away', 'Nahuel Molina', 35), goal('away', 'Lionel Messi', 73, undefined, true)],
});

// International results: Argentina listed first, the date a day later (UTC), only the result.
const fromResults = batch('international-results', 'results.csv', {
  competition: { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' },
  edition: { name: '2022', startYear: 2022, endYear: 2022 },
  date: '2022-12-10',
  home: { name: 'Argentina' },
  away: { name: 'Netherlands' },
  neutral: true,
  score: { fullTime: [2, 2], resultOnly: true, shootoutWinner: 'home' },
  status: 'played',
  goals: [goal('home', 'Nahuel Molina', 35), goal('home', 'Lionel Messi', 73, undefined, true), goal('away', 'Wout Weghorst', 83), goal('away', 'Wout Weghorst', 101)],
  // (the real file writes 90 for 90+11'; 101 stands for a source that disagrees),
});

describe('one match from three sources', () => {
  it('is stored once; the first source keeps its values and each disagreement is a conflict', async () => {
    const store = await openStore(join(tempDir(), 'merge.db'));
    await ingestBatches(store, [fromDatabase, fromText, fromResults]);
    const matches = await readMatches(store.db, { team: 'Argentina' });
    expect(matches).toHaveLength(1);
    const [match] = matches;
    expect(match?.data.venue).toBe('Lusail Stadium');
    expect(match?.data.time).toBe('22:00');
    expect(match?.data.neutral).toBe(true);
    expect(match?.sources.map((s) => s.format)).toEqual(['worldcup-db', 'football-txt', 'international-results']);

    const conflicts = await readConflicts(store.db);
    const summary = conflicts.map((c) => `${c.field}: ${c.kept.value} | ${c.other.value}`);
    expect(summary).toContain('venue: Lusail Stadium | Lusail Iconic Stadium');
    expect(summary).toContain('scorer: Wout Weghorst | Wout Werghost');
    expect(summary).toContain("minute: 90+11' | 101'");
    await store.close();
  });

  it('importing the same batches again changes nothing', async () => {
    const store = await openStore(join(tempDir(), 'again.db'));
    await ingestBatches(store, [fromDatabase, fromText, fromResults]);
    const again = await ingestBatches(store, [fromDatabase, fromText, fromResults]);
    expect(again.changed).toBe(false);
    await store.close();
  });

  it('a source correcting itself replaces its own value: a changed minute in a new version of the file', async () => {
    const store = await openStore(join(tempDir(), 'correct.db'));
    await ingestBatches(store, [fromDatabase]);
    const corrected = batch('worldcup-db', 'matches-v2.csv', {
      ...fromDatabase.matches[0]!.match,
      goals: [goal('away', 'Nahuel Molina', 34), ...fromDatabase.matches[0]!.match.goals!.slice(1)],
    });
    const result = await ingestBatches(store, [corrected]);
    expect(result.sources[0]?.entities.find((e) => e.entity === 'matches')?.corrected).toBe(1);
    const [match] = await readMatches(store.db, { team: 'Netherlands' });
    expect(match?.goals.map((g) => g.minute)).toContain(34);
    expect(match?.goals).toHaveLength(4);
    await store.close();
  });
});
