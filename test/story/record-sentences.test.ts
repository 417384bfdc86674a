// The records paragraph as a sub-editor reads it: two records of one player in one match make one
// sentence only where they read as one — never ", and broke…" after a value that follows a colon.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/open-store.js';
import { ensureRecordBook } from '../../src/records/book/record-book-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { tempDir } from '../support/shared-data.js';
import { argentinaAlgeria, postEntries, storyText, worldCupStore } from '../support/desk-entries.js';

describe('two records of Lionel Messi in one match', () => {
  const dir = tempDir();
  let store: Store;

  beforeAll(async () => {
    // His 14th to 16th World Cup goals: level with Miroslav Klose's 16, and a 12th World Cup match scored in.
    store = await worldCupStore(dir, 'desk.db');
    // The opening match posted by its result alone: a match of the book without its scorers.
    await postEntries(store, dir, 'opening.json', { kind: 'match', competition: 'FIFA World Cup', season: '2026', stage: 'Group A', date: '2026-06-11', home: 'Mexico', away: 'South Africa', score: { fullTime: [2, 1] } });
    await postEntries(store, dir, 'argentina-algeria.json', argentinaAlgeria([4, 1], [
      { team: 'away', scorer: 'Riyad Mahrez', minute: 70 },
      { team: 'home', scorer: 'Lautaro Martínez', minute: 88 },
    ]));
    ensureRecordBook(store, loadBuiltInCatalogue().map((l) => l.definition));
  }, 120_000);
  afterAll(async () => store?.close());

  it('each record reads as a sentence: none runs on after a colon with ", and"', async () => {
    const text = await storyText(store, '2026-06-16', 'Argentina');
    expect(text).toMatch(/Klose/);
    const sentences = text.split(/(?<=\.)\s+/);
    expect(sentences.filter((s) => /:[^.]*, and /.test(s))).toEqual([]);
  });

  it('the gap in the data behind his records (the opening match, posted without its scorers) is said once, in words', async () => {
    const text = await storyText(store, '2026-06-16', 'Argentina');
    expect(text.match(/caveat/g)).toHaveLength(1);
    expect(text).toContain('one earlier match lacks its scorers');
  });
});

describe('records whose holder is a tournament, and titles with a qualifier', () => {
  const dir = tempDir();
  let store: Store;

  beforeAll(async () => {
    store = await worldCupStore(dir, 'wc.db');
    ensureRecordBook(store, loadBuiltInCatalogue().map((l) => l.definition));
  }, 120_000);
  afterAll(async () => store?.close());

  const storyOf = (date: string, team: string): Promise<string> => storyText(store, date, team);

  it('Argentina v England, 30 June 1998: "The 1998 FIFA World Cup set a new record … beating the 146 goals of the 1982 FIFA World Cup"', async () => {
    const text = await storyOf('1998-06-30', 'England');
    expect(text).toContain("The 1998 FIFA World Cup set a new record for the most goals scored at one men's World Cup: 149 goals, beating the 146 goals of the 1982 FIFA World Cup.");
    expect(text).not.toMatch(/, all teams|\. 1982 FIFA|of 1982 FIFA/);
  });

  it('the same story: a tournament keeps its article in the lead, and the 1990 FIFA World Cup had not held its record "since 1990"', async () => {
    const text = await storyOf('1998-06-30', 'England');
    expect(text).not.toMatch(/(?<![Tt]he )1998 FIFA World Cup (broke|set|took|equalled|drew|joined|extended|bettered)/);
    expect(text).toContain('the 1998 FIFA World Cup broke the 1982 FIFA World Cup\'s record');
    expect(text).not.toMatch(/held the record since 1990/);
    expect(text).toMatch(/(The 1990 FIFA World Cup's|That) mark had stood for seven years\./);
  });

  it('Brazil 4-1 South Korea, 5 December 2022: the winners are not named twice in the lead ("as they broke Germany\'s record")', async () => {
    const lead = (await storyOf('2022-12-05', 'Brazil')).split('\n').find((line) => line.startsWith('Brazil won'));
    expect(lead).toContain("as they broke Germany's record");
    expect(lead).not.toMatch(/as Brazil /);
  });

  it('Germany 4-2 Costa Rica, 1 December 2022: where the clause between names Costa Rica, "they" would be theirs, so Germany stay named', async () => {
    const text = await storyOf('2022-12-01', 'Germany');
    expect(text).toContain('and Costa Rica are out as Germany drew level with Brazil\'s record');
  });

  it('Northern Ireland 1-0 Spain, 25 June 1982: their first World Cup win since 1958 is said as a sentence, not a noun phrase standing alone', async () => {
    const text = await storyOf('1982-06-25', 'Northern Ireland');
    expect(text).toMatch(/(It|That) was Northern Ireland's first FIFA World Cup win since 1958\./);
    expect(text.split(/(?<=\.)\s+/).filter((sentence) => sentence.startsWith("Northern Ireland's first"))).toEqual([]);
  });

  it('the 2022 final: Mbappé\'s four goals in finals "over a career", not "finals, career:"', async () => {
    const text = await storyOf('2022-12-18', 'Argentina');
    expect(text).toContain("Mbappé set a new record for the most goals in men's World Cup finals over a career: four goals");
    expect(text).not.toMatch(/, career:|stood alone since \d{4}: [^.]*, held by .* and /);
  });

  it('the 2010 final: "Netherlands v Spain equalled the record for the most yellow cards", the match not turned into "They v Spain"', async () => {
    const text = await storyOf('2010-07-11', 'Spain');
    expect(text).toContain("Netherlands v Spain equalled the record for the most yellow cards in a men's World Cup match: 12, held by Senegal v Uruguay and Cameroon v Germany since 2002.");
    expect(text).not.toMatch(/They v |stood alone/);
  });
});
