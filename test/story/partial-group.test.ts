// A desk's first result of a new tournament: the group it was played in is known only by that
// match — two teams, one result. The story says who leads, never who won the group; a group
// whose results are all in (three teams or more, every pair met) is told as finished.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { loadPreviewInput } from '../../src/story/load-preview-input.js';
import { writePreview } from '../../src/story/preview.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { renderText } from '../../src/story/render-text.js';
import { tempDir } from '../support/shared-data.js';
import { postEntries, storyText } from '../support/desk-entries.js';

const WC_2026 = { kind: 'match', competition: 'FIFA World Cup', season: '2026', stage: 'Group J' };
const definitions = loadBuiltInCatalogue().map((l) => l.definition);
const fixture = (date: string, home: string, away: string) => ({ ...WC_2026, date, home, away });
const result = (date: string, home: string, homeGoals: number, awayGoals: number, away: string) => ({ ...WC_2026, date, home, away, score: { fullTime: [homeGoals, awayGoals] } });

describe('a group the data holds only part of', () => {
  const dir = tempDir();
  let store: Store;
  const storyOf = (date: string, team: string): Promise<string> => storyText(store, date, team);
  const post = (name: string, entries: object[]): Promise<void> => postEntries(store, dir, name, entries);

  beforeAll(async () => {
    store = await openStore(join(dir, 'desk.db'));
    await post('first.json', [result('2026-06-16', 'Argentina', 4, 1, 'Algeria')]);
  });
  afterAll(async () => store?.close());

  it('Argentina 4-1 Algeria, the first result of Group J: Argentina lead it, and neither has won or left it', async () => {
    const text = await storyOf('2026-06-16', 'Argentina');
    expect(text).toMatch(/top of/);
    expect(text).not.toMatch(/won (their group|Group J)|finished (first|top|second)|are out/);
  });

  it("the preview of Argentina v Austria, with only part of the group known: nothing is called sure (Austria, yet to play, could still top it)", async () => {
    await post('fixture.json', [fixture('2026-06-22', 'Argentina', 'Austria')]);
    const [match] = await readMatches(store.db, { date: '2026-06-22', team: 'Argentina' });
    const text = renderText(writePreview(await loadPreviewInput(store, match!.id, definitions)));
    expect(text).toContain('Argentina play Austria');
    expect(text).not.toMatch(/sure of|already|regardless|whatever happens|would guarantee/);
  });

  it('once every pair of the four has met, the last result is told as the group finished', async () => {
    await post('rest.json', [
      result('2026-06-16', 'Austria', 2, 0, 'Jordan'),
      result('2026-06-22', 'Argentina', 1, 0, 'Austria'),
      result('2026-06-22', 'Jordan', 1, 1, 'Algeria'),
      result('2026-06-27', 'Jordan', 0, 3, 'Argentina'),
      result('2026-06-27', 'Algeria', 2, 1, 'Austria'),
    ]);
    expect(await storyOf('2026-06-16', 'Argentina')).not.toMatch(/finished (first|top)/);
    expect(await storyOf('2026-06-27', 'Argentina')).toMatch(/Argentina (finished (first|top)|won|ended first)/);
  });
});
