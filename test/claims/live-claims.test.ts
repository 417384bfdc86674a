// A claim checked while a match is on: the answer counts the score so far, as the record book does,
// says it rests on a match in progress, and its proof lists every goal behind the tally.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/claims/check-claim.js';
import { argentinaAlgeria, postEntries, worldCupStore } from '../support/desk-entries.js';
import type { Store } from '../../src/store/open-store.js';
import { tempDir } from '../support/shared-data.js';

describe('claims about Lionel Messi while Argentina v Algeria is on', () => {
  const dir = tempDir();
  let store: Store;
  beforeAll(async () => {
    store = await worldCupStore(dir, 'live.db');
    await postEntries(store, dir, 'live.json', argentinaAlgeria([3, 0], [], { status: 'live' }));
  }, 120_000);
  afterAll(async () => store?.close());

  it('"Lionel Messi has scored 16 World Cup goals" is true as the score stands, says so, and lists the 16 goals', async () => {
    const answer = await checkClaim(store, 'Lionel Messi has scored 16 World Cup goals');
    expect(answer.verdict).toBe('true');
    expect(answer.notes[0]).toMatch(/^provisional: this rests on Argentina v Algeria \(2026-06-16\), still in progress/);
    expect(answer.proof.find((p) => p.role === 'goals')?.matchIds).toHaveLength(16);
  });

  it('the final whistle: the same answer, no longer provisional', async () => {
    await postEntries(store, dir, 'final.json', argentinaAlgeria([3, 0], [], { status: 'played' }));
    const answer = await checkClaim(store, 'Lionel Messi has scored 16 World Cup goals');
    expect(answer.verdict).toBe('true');
    expect(answer.notes.some((n) => n.startsWith('provisional'))).toBe(false);
  });
});
