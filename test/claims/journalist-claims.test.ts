// 147 claims in journalists' words, each with its verdict from the public record, checked against
// the real World Cup data: at least 90% answered right, and never true for false or false for true.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { checkClaim } from '../../src/claims/check-claim.js';
import { sharedPath, tempDir } from '../support/shared-data.js';
import { JOURNALIST_CLAIMS } from './journalist-claims.js';

let store: Store;
const answers = new Map<string, string>();

beforeAll(async () => {
  store = await openStore(join(tempDir(), 'claims.db'));
  await importPath(store, [sharedPath('worldcup-db')]);
  for (const claim of JOURNALIST_CLAIMS) answers.set(claim.text, (await checkClaim(store, claim.text)).verdict);
}, 600_000);

afterAll(async () => {
  await store.close();
});

describe('claims in journalists\' words (test/claims/journalist-claims.ts)', () => {
  it('holds at least 100 claims across every form the desk uses', () => {
    expect(JOURNALIST_CLAIMS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(JOURNALIST_CLAIMS.map((c) => c.form)).size).toBeGreaterThanOrEqual(15);
  });

  it('never answers true for a false claim or false for a true one', () => {
    const swapped = JOURNALIST_CLAIMS.filter((c) => {
      const verdict = answers.get(c.text);
      return verdict !== c.verdict && verdict !== 'unverifiable';
    });
    expect(swapped.map((c) => `${c.text} → ${answers.get(c.text)}`)).toEqual([]);
  });

  it('answers at least 90% of them right', () => {
    const right = JOURNALIST_CLAIMS.filter((c) => answers.get(c.text) === c.verdict).length;
    expect(right / JOURNALIST_CLAIMS.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['Just Fontaine is the only player to score 13 goals at a single World Cup', 'true'],
    ['Italy have won the World Cup four times', 'true'],
    ['Miroslav Klose scored more World Cup goals than Ronaldo', 'true'],
    ['Geoff Hurst is the only player to score a hat-trick in a World Cup final', 'false'],
    ['Italy beat France on penalties in the 2006 World Cup final', 'true'],
    ['Spain beat Holland 1-0 in the 2010 World Cup final', 'true'],
    ['England beat West Germany 4-2 in normal time in the 1966 World Cup final', 'false'],
  ])('%s: %s', (text, verdict) => {
    expect(answers.get(text)).toBe(verdict);
  });
});
