// The records paragraph as a sub-editor reads it: two records of one player in one match make one
// sentence only where they read as one — never ", and broke…" after a value that follows a colon.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { loadStoryInput } from '../../src/story/load-story-input.js';
import { renderText } from '../../src/story/render-text.js';
import { writeStory } from '../../src/story/write-story.js';
import { ensureRecordBook } from '../../src/records/book/record-book-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { sharedPath, tempDir } from '../support/shared-data.js';
import { argentinaAlgeria, postEntries } from '../support/desk-entries.js';

describe('two records of Lionel Messi in one match', () => {
  const dir = tempDir();
  let store: Store;

  beforeAll(async () => {
    store = await openStore(join(dir, 'desk.db'));
    // His 14th to 16th World Cup goals: level with Miroslav Klose's 16, and a 12th World Cup match scored in.
    await importPath(store, [sharedPath('worldcup-db')]);
    await postEntries(store, dir, 'argentina-algeria.json', argentinaAlgeria([4, 1], [
      { team: 'away', scorer: 'Riyad Mahrez', minute: 70 },
      { team: 'home', scorer: 'Lautaro Martínez', minute: 88 },
    ]));
    ensureRecordBook(store, loadBuiltInCatalogue().map((l) => l.definition));
  }, 120_000);
  afterAll(async () => store?.close());

  it('each record reads as a sentence: none runs on after a colon with ", and"', async () => {
    const [match] = await readMatches(store.db, { date: '2026-06-16', team: 'Argentina' });
    const text = renderText(writeStory(await loadStoryInput(store, match!.id)));
    expect(text).toMatch(/Klose/);
    const sentences = text.split(/(?<=\.)\s+/);
    expect(sentences.filter((s) => /:[^.]*, and /.test(s))).toEqual([]);
  });
});
