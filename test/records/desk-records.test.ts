// The record book against what desks cite and lead with, on the real World Cup data: every entry
// of the public record lists the data can decide is reproduced (holder, value, date), and the
// leads of famous matches' reports are among each match's first 8 facts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { readMatchFacts, readStateValue, rebuildRecordBook } from '../../src/records/book/record-book-store.js';
import type { RecordEntry } from '../../src/records/engine/fact.js';
import { sharedPath, tempDir } from '../support/shared-data.js';
import { PUBLISHED_RECORDS } from './published-records.js';
import { FAMOUS_MATCHES } from './famous-matches.js';
import { firstFacts, leadFound } from './famous-match-leads.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);
let store: Store;

beforeAll(async () => {
  store = await openStore(join(tempDir(), 'desk-records.db'));
  await importPath(store, [sharedPath('worldcup-db')]);
  rebuildRecordBook(store, definitions);
}, 300_000);

afterAll(async () => {
  await store.close();
});

function topOf(definitionId: string): RecordEntry[] {
  const books = store.sqlite.prepare(`SELECT DISTINCT book FROM record_state WHERE book LIKE ? AND part = 'top'`).all(`${definitionId}|%`) as { book: string }[];
  expect(books, `one book of ${definitionId}`).toHaveLength(1);
  return readStateValue<RecordEntry[]>(store, books[0]!.book, 'top', 'list') ?? [];
}

describe('the published World Cup record lists (test/records/published-records.ts)', () => {
  it.each(PUBLISHED_RECORDS.map((r) => [r.record, r] as const))('%s', (_title, published) => {
    const list = topOf(published.definitionId);
    const best = list[0];
    const holders = list.filter((e) => e.amount === best?.amount);
    expect(best?.value).toBe(published.value);
    expect(holders.map((e) => e.subject.name).sort()).toEqual([...published.holders].sort());
    if (published.date) expect(holders.map((e) => e.date)).toContain(published.date);
  });
});

describe('famous matches: the leads of the match reports among the first 8 facts (test/records/famous-matches.ts)', () => {
  it('finds at least 85% of the leads, and every match has at least one of its leads', async () => {
    let found = 0;
    let total = 0;
    const missed: string[] = [];
    for (const famous of FAMOUS_MATCHES) {
      const [match] = await readMatches(store.db, { date: famous.date, team: famous.team, ...(famous.competition ? { competition: famous.competition } : {}) });
      expect(match, `${famous.date} ${famous.match}`).toBeDefined();
      const top = firstFacts(readMatchFacts(store, match!.id));
      let any = false;
      for (const lead of famous.leads) {
        total++;
        if (leadFound(lead, top)) {
          found++;
          any = true;
        } else missed.push(`${famous.date} ${famous.match}: ${lead.said}`);
      }
      expect(any, `${famous.date} ${famous.match}: none of its leads in the first 8 (missed ${missed.join('; ')})`).toBe(true);
    }
    expect(FAMOUS_MATCHES.length).toBeGreaterThanOrEqual(30);
    expect(found / total, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('1982-06-15 Hungary 10-1 El Salvador: equalling the nine-goal margin held by Hungary (1954) and Yugoslavia (1974) is a fact', async () => {
    const [match] = await readMatches(store.db, { date: '1982-06-15', team: 'Hungary' });
    const equal = readMatchFacts(store, match!.id).find((f) => f.definitionId === 'wc-men-biggest-win');
    expect(equal?.kind).toBe('equals_record');
    expect(equal?.previous.map((p) => [p.subject.name, p.date])).toEqual([['Hungary', '1954-06-17'], ['Yugoslavia', '1974-06-18']]);
  });

  it('1954-06-17 Hungary 9-0 South Korea: no "level with 12 others" for a first career hat-trick, one "first meeting" line', async () => {
    const [match] = await readMatches(store.db, { date: '1954-06-17', team: 'Hungary' });
    const facts = readMatchFacts(store, match!.id);
    expect(facts.filter((f) => f.kind === 'equals_record' && f.amount <= 1 && f.previous.length >= 3)).toEqual([]);
    expect(facts.filter((f) => /first (?:[A-Za-z ]+ )?meeting|met for the first time/i.test(f.text))).toHaveLength(1);
  });
});
