// Stories of famous matches read as a sub-editor reads them: the lead says what the match decided
// and who stood out, the facts are there, people are named in full once, the book's shorthand
// never shows, and every number and name still traces to the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { rebuildRecordBook } from '../../src/records/book/record-book-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { loadStoryInput } from '../../src/story/load-story-input.js';
import { renderText } from '../../src/story/render-text.js';
import type { Story } from '../../src/story/story.js';
import { writeStory } from '../../src/story/write-story.js';
import { SHARED_DATA, tempDir } from '../support/shared-data.js';
import { FAMOUS_MATCHES, type FamousMatch } from './famous-matches.js';
import { storyProblems } from './source-check.js';

let store: Store;
let dir: string;

beforeAll(async () => {
  dir = tempDir('matchfacts-famous-');
  store = await openStore(join(dir, 'famous.db'));
  await importPath(store, [SHARED_DATA]);
  rebuildRecordBook(
    store,
    loadBuiltInCatalogue().map((l) => l.definition),
  );
}, 900_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function storyOf(m: FamousMatch): Promise<Story> {
  const [match] = await readMatches(store.db, { date: m.date, team: m.team });
  if (!match) throw new Error(`no match on ${m.date} for ${m.team}`);
  return writeStory(await loadStoryInput(store, match.id));
}

/** Everything a sub-editor would send back, as readable lines; empty when the story passes. */
export function subEditorNotes(m: FamousMatch, story: Story): string[] {
  const text = renderText(story);
  const lead = `${story.headline.text}\n${story.standfirst.text}`;
  const notes: string[] = [];
  for (const p of m.lead) if (!p.test(lead)) notes.push(`lead lacks ${p}: ${lead}`);
  for (const p of m.facts) if (!p.test(text)) notes.push(`story lacks ${p}`);
  for (const p of m.never ?? []) if (p.test(text)) notes.push(`story says ${p}`);
  if (/Record equalled —|New record —|now on a run of/.test(text)) notes.push("the record book's shorthand shows");
  if (/^date /.test(text)) notes.push('opens with a debug-like date line');
  const people = new Set(Object.values(story.evidence).flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray(v['scorers']) ? (v['scorers'] as { name: string }[]).map((s) => s.name) : [])));
  for (const name of people) {
    if (!name.includes(' ')) continue;
    const times = text.split(name).length - 1;
    if (times > 2) notes.push(`"${name}" in full ${times} times`);
  }
  notes.push(...storyProblems(story));
  return notes;
}

describe('famous matches, read as a sub-editor reads them', () => {
  for (const m of FAMOUS_MATCHES) {
    it(m.name, async () => {
      expect(subEditorNotes(m, await storyOf(m))).toEqual([]);
    });
  }

  it('holds at least 30 matches', () => {
    expect(FAMOUS_MATCHES.length).toBeGreaterThanOrEqual(30);
  });
});
