// Stories of matches with a status: played behind closed doors, postponed, abandoned, and a
// competition suspended — entered the way a desk enters them, as matchfacts JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { rebuildRecordBook } from '../../src/records/book/record-book-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { loadStoryInput } from '../../src/story/load-story-input.js';
import { loadPreviewInput } from '../../src/story/load-preview-input.js';
import { writePreview } from '../../src/story/preview.js';
import { renderText } from '../../src/story/render-text.js';
import { storySentences, type Story } from '../../src/story/story.js';
import { writeStory } from '../../src/story/write-story.js';
import { sharedPath, tempDir } from '../support/shared-data.js';
import { storyProblems } from './source-check.js';

const UCL_1920 = { kind: 'match', competition: 'UEFA Champions League', season: '2019/20', stage: 'Round of 16' };

/** The 2019/20 round-of-16 ties UEFA's COVID-19 suspension cut across. */
const MATCHES = [
  {
    ...UCL_1920,
    date: '2020-02-19',
    venue: 'San Siro',
    city: 'Milan',
    home: 'Atalanta',
    away: 'Valencia',
    score: { halfTime: [2, 0], fullTime: [4, 1] },
    goals: [
      { team: 'home', scorer: 'Hans Hateboer', minute: 16 },
      { team: 'home', scorer: 'Josip Iličić', minute: 42 },
      { team: 'home', scorer: 'Remo Freuler', minute: 57 },
      { team: 'home', scorer: 'Hans Hateboer', minute: 62 },
      { team: 'away', scorer: 'Denis Cheryshev', minute: 66 },
    ],
  },
  {
    ...UCL_1920,
    date: '2020-03-10',
    venue: 'Mestalla',
    city: 'Valencia',
    home: 'Valencia',
    away: 'Atalanta',
    score: { halfTime: [1, 2], fullTime: [3, 4] },
    behindClosedDoors: true,
    goals: [
      { team: 'away', scorer: 'Josip Iličić', minute: 3, penalty: true },
      { team: 'home', scorer: 'Kevin Gameiro', minute: 21 },
      { team: 'away', scorer: 'Josip Iličić', minute: 43, penalty: true },
      { team: 'home', scorer: 'Kevin Gameiro', minute: 51 },
      { team: 'home', scorer: 'Ferran Torres', minute: 67 },
      { team: 'away', scorer: 'Josip Iličić', minute: 71 },
      { team: 'away', scorer: 'Josip Iličić', minute: 82 },
    ],
  },
  { ...UCL_1920, date: '2020-02-26', home: 'Olympique Lyonnais', away: 'Juventus', score: { halfTime: [1, 0], fullTime: [1, 0] }, goals: [{ team: 'home', scorer: 'Lucas Tousart', minute: 31 }] },
  { ...UCL_1920, date: '2020-03-17', home: 'Juventus', away: 'Olympique Lyonnais' },
];

const UPDATES = [
  { kind: 'status', date: '2020-03-17', team: 'Juventus', status: 'postponed', statusNote: 'Postponed by UEFA because of the COVID-19 pandemic' },
  { kind: 'status', date: '2021-03-09', team: 'Juventus', behindClosedDoors: true },
  { kind: 'status', date: '2020-10-20', team: 'Zenit St. Petersburg', status: 'abandoned', statusNote: 'Abandoned after 80 minutes: floodlight failure' },
  { kind: 'competition-status', competition: 'UEFA Champions League', season: '2019/20', status: 'suspended', since: '2020-03-13', reason: 'COVID-19 pandemic' },
];

let store: Store;
let dir: string;
const definitions = loadBuiltInCatalogue().map((l) => l.definition);

beforeAll(async () => {
  dir = tempDir('matchfacts-story-status-');
  writeFileSync(join(dir, 'ucl-2019-20.json'), JSON.stringify(MATCHES));
  writeFileSync(join(dir, 'updates.json'), JSON.stringify(UPDATES));
  store = await openStore(join(dir, 'status.db'));
  await importPath(store, [sharedPath('football-txt', 'champions-league', '2020-21'), join(dir, 'ucl-2019-20.json')]);
  await importPath(store, [join(dir, 'updates.json')]);
  rebuildRecordBook(store, definitions);
}, 120_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function storyOf(date: string, team: string): Promise<Story> {
  const [match] = await readMatches(store.db, { date, team });
  if (!match) throw new Error(`no match on ${date} for ${team}`);
  const story = writeStory(await loadStoryInput(store, match.id));
  expect(storyProblems(story)).toEqual([]);
  return story;
}

describe('a match played behind closed doors, in a competition then suspended', () => {
  it('2020-03-10 Valencia 3-4 Atalanta: behind closed doors, Iličić four, Atalanta through 8-4 on aggregate, what next uncertain', async () => {
    const story = await storyOf('2020-03-10', 'Valencia');
    const text = renderText(story);
    expect(text).toContain('behind closed doors');
    expect(text).toContain('8-4 on aggregate');
    expect(text).toMatch(/Josip Iličić[^.]*(four|Four)|(four|Four)[^.]*Josip Iličić/);
    const uncertain = storySentences(story).find((s) => s.sources.match.some((id) => id.startsWith('competition:')));
    expect(uncertain?.text).toMatch(/suspended/);
    expect(uncertain?.text).toContain('13 March 2020');
    expect(uncertain?.text).toContain('COVID-19 pandemic');
  });

  it('2021-03-09 Juventus 3-2 FC Porto, set behind closed doors by a status update', async () => {
    const text = renderText(await storyOf('2021-03-09', 'Porto'));
    expect(text).toContain('behind closed doors');
    expect(text).toContain('away goals');
  });
});

describe('a postponed match', () => {
  it('2020-03-17 Juventus v Olympique Lyonnais: says postponed and why, gives no result, keeps the first leg', async () => {
    const story = await storyOf('2020-03-17', 'Juventus');
    const text = renderText(story);
    expect(story.headline.text).toMatch(/postpone|off/i);
    expect(text).toContain('postponed');
    expect(text).toContain('Postponed by UEFA because of the COVID-19 pandemic');
    expect(text).toMatch(/Olympique Lyonnais [^.]*1-0/);
    expect(text).not.toMatch(/\bbeat\b|\bwon\b|\bdrew\b/);
    expect(text).toContain('suspended');
  });

  it('the first leg says the second leg is postponed', async () => {
    const text = renderText(await storyOf('2020-02-26', 'Juventus'));
    expect(text).toMatch(/second leg[^.]*postponed|return leg[^.]*postponed/i);
  });
});

describe('the preview of a postponed second leg', () => {
  it('says the match is postponed, who leads, and that a draw would take Olympique Lyonnais through', async () => {
    const [match] = await readMatches(store.db, { date: '2020-03-17', team: 'Juventus' });
    const preview = writePreview(await loadPreviewInput(store, match!.id, definitions));
    expect(storyProblems(preview)).toEqual([]);
    const text = renderText(preview);
    expect(text).toContain('postponed');
    expect(text).toMatch(/Olympique Lyonnais[^.]*1-0/);
    expect(text).toMatch(/draw would be enough to take Olympique Lyonnais through|Olympique Lyonnais would go through with a draw/);
    expect(text).toContain('suspended');
  });
});

describe('an abandoned match', () => {
  it('2020-10-20 Zenit v Club Brugge, set abandoned: says so with the score at the time and the note, no result', async () => {
    const story = await storyOf('2020-10-20', 'Zenit');
    const text = renderText(story);
    expect(story.headline.text).toMatch(/abandoned/i);
    expect(text).toContain('abandoned');
    expect(text).toContain('floodlight failure');
    expect(text).not.toMatch(/\bbeat\b|\bwon\b/);
  });
});
