// What a desk posts on a match night, as matchfacts JSON, and the posting: a file written and
// imported, as `matchfacts import tonight.json` does; the store it posts into, and the story read back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { loadStoryInput } from '../../src/story/load-story-input.js';
import { renderText } from '../../src/story/render-text.js';
import { writeStory } from '../../src/story/write-story.js';
import { sharedPath } from './shared-data.js';

/** Writes `entries` (one entry or a list) to `dir/name` and imports the file. */
export async function postEntries(store: Store, dir: string, name: string, entries: object | readonly object[]): Promise<void> {
  writeFileSync(join(dir, name), JSON.stringify(entries));
  await importPath(store, [join(dir, name)]);
}

/**
 * Argentina v Algeria, 16 June 2026, Group J of the World Cup: Lionel Messi's hat-trick (his 14th
 * to 16th World Cup goals, level with Miroslav Klose), with the score and any other goals given.
 */
export function argentinaAlgeria(fullTime: readonly [number, number], otherGoals: readonly object[] = [], fields: object = {}): object {
  return {
    kind: 'match',
    competition: 'FIFA World Cup',
    season: '2026',
    stage: 'Group J',
    date: '2026-06-16',
    home: 'Argentina',
    away: 'Algeria',
    score: { fullTime },
    goals: [
      { team: 'home', scorer: 'Lionel Messi', minute: 12 },
      { team: 'home', scorer: 'Lionel Messi', minute: 30 },
      { team: 'home', scorer: 'Lionel Messi', minute: 61 },
      ...otherGoals,
    ],
    ...fields,
  };
}

/** A store in `dir` holding the World Cup database: where a desk's tournament night starts. */
export async function worldCupStore(dir: string, name: string): Promise<Store> {
  const store = await openStore(join(dir, name));
  await importPath(store, [sharedPath('worldcup-db')]);
  return store;
}

/** The story of a team's match on a day, as text. */
export async function storyText(store: Store, date: string, team: string): Promise<string> {
  const [match] = await readMatches(store.db, { date, team });
  if (!match) throw new Error(`no match of ${team} on ${date} in the test store`);
  return renderText(writeStory(await loadStoryInput(store, match.id)));
}
