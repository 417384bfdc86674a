// A record over every men's international is judged only where the data holds every international:
// with the international results loaded (from Scotland 0-0 England, 1872) the biggest win is
// Australia 31-0 American Samoa; with the World Cup database alone (from 1930) it is not judged,
// since the World Cup is a part of international football, not a late start of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { rebuildRecordBook } from '../../src/records/book/record-book-store.js';
import { readRecordViews } from '../../src/queries/records.js';
import { checkClaim } from '../../src/claims/check-claim.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);
const biggestWin = definitions.filter((d) => d.id === 'intl-biggest-win');

describe("records over every men's international", () => {
  let everyInternational: Store;
  let worldCupsOnly: Store;

  beforeAll(async () => {
    everyInternational = await openStore(join(tempDir(), 'internationals.db'));
    await importPath(everyInternational, [sharedPath('worldcup-db'), sharedPath('international-results')]);
    rebuildRecordBook(everyInternational, definitions);
    worldCupsOnly = await openStore(join(tempDir(), 'world-cups.db'));
    await importPath(worldCupsOnly, [sharedPath('worldcup-db')]);
    rebuildRecordBook(worldCupsOnly, definitions);
  }, 300_000);

  afterAll(async () => {
    await everyInternational?.close();
    await worldCupsOnly?.close();
  });

  it('with the international results: the biggest win is Australia 31-0 American Samoa (2001-04-11), in data from 1872', () => {
    const { records, notEvaluated } = readRecordViews(everyInternational, biggestWin, { definition: 'intl-biggest-win', top: '3' });
    expect(notEvaluated).toEqual([]);
    expect(records[0]?.since).toBe('1872');
    expect(records[0]?.holders.map((h) => [h.subject.name, h.value, h.date])).toEqual([['Australia', '31', '2001-04-11']]);
  });

  it('with the World Cup database alone: not judged, and the reason says what to load', () => {
    const { records, notEvaluated } = readRecordViews(worldCupsOnly, biggestWin, { definition: 'intl-biggest-win', top: '3' });
    expect(records).toEqual([]);
    expect(notEvaluated).toHaveLength(1);
    expect(notEvaluated[0]?.reason).toContain("does not hold every men's international");
    expect(notEvaluated[0]?.reason).toContain('international results');
  });

  it("a claim about every international is unverifiable from the World Cup alone, never true: Miroslav Klose's 16 goals", async () => {
    const answer = await checkClaim(worldCupsOnly, "Miroslav Klose is the top scorer in men's internationals", { definitions });
    expect(answer.verdict).toBe('unverifiable');
    expect(answer.reason).toContain("does not hold every men's international");
  });
});
