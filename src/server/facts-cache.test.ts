import { describe, expect, it } from 'vitest';
import { factsBody, FactsCache, notModified } from './facts-cache.js';

describe('FactsCache', () => {
  it('forgets the least recently read match once it holds 20,000, and keeps one read since', () => {
    const cache = new FactsCache(() => 1);
    const body = factsBody('[]');
    for (let id = 1; id <= 20_000; id++) cache.set(id, cache.begin(), body);
    expect(cache.get(1)).toBe(body); // read again: now the most recent
    cache.set(20_001, cache.begin(), body);
    expect(cache.get(1)).toBe(body);
    expect(cache.get(2)).toBeUndefined();
    expect(cache.get(20_001)).toBe(body);
  });

  it('does not keep a body read before a write emptied the cache', () => {
    const cache = new FactsCache(() => 1);
    const generation = cache.begin();
    cache.invalidate();
    cache.set(7, generation, factsBody('[stale]'));
    expect(cache.get(7)).toBeUndefined();
  });

  it('empties when another connection commits (the store’s data version moves)', async () => {
    let version = 1;
    const cache = new FactsCache(() => version);
    cache.set(7, cache.begin(), factsBody('[]'));
    expect(cache.get(7)).toBeDefined();
    version = 2;
    await new Promise((resolve) => setImmediate(resolve)); // the version is asked once per event-loop turn
    expect(cache.get(7)).toBeUndefined();
  });

  it('tags each body by its bytes, and knows a client’s copy from If-None-Match as RFC 9110 compares tags', () => {
    const { etag } = factsBody('{"facts":[]}');
    expect(factsBody('{"facts":[]}').etag).toBe(etag);
    expect(factsBody('{"facts":[1]}').etag).not.toBe(etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(notModified(etag, etag)).toBe(true);
    expect(notModified(`W/${etag}`, etag)).toBe(true);
    expect(notModified(`"older", ${etag}`, etag)).toBe(true);
    expect(notModified('*', etag)).toBe(true);
    expect(notModified('"older"', etag)).toBe(false);
    expect(notModified(undefined, etag)).toBe(false);
  });
});
