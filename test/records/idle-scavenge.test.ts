// A long-lived writer scavenges V8's young generation while it is idle, once the space is half
// full, so that the next new match does not carry the scavenge (src/records/book/young-generation.ts).
// V8's heap belongs to a process: each case runs one of its own, on the build, with the flags given.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REBUILD_NODE_FLAGS } from '../../src/records/book/young-generation.js';

const MODULE = pathToFileURL(resolve(process.cwd(), 'dist', 'records', 'book', 'young-generation.js')).href;

/** Runs `body` in a fresh Node with `flags`, `scavengeWhenHalfFull` and `youngUsed()` (bytes) in scope; its JSON result. */
function inNode(flags: readonly string[], body: string): unknown {
  const program = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { scavengeWhenHalfFull } from '${MODULE}';
    const youngUsed = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_used_size;
    const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    const kept = [];
    ${body}
  `;
  const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', program], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('scavenging while the writer is idle', () => {
  it('scavenges a young generation more than half full, and then has nothing to do', () => {
    const result = inNode(REBUILD_NODE_FLAGS, `
      // Fill the young generation past half with objects still referenced, without overflowing it.
      while (young().space_used_size < young().space_available_size * 1.5) kept.push({ n: kept.length });
      const before = youngUsed();
      const first = scavengeWhenHalfFull();
      const after = youngUsed();
      const second = scavengeWhenHalfFull();
      console.log(JSON.stringify({ before, first, after, second, kept: kept.length }));
    `) as { before: number; first: boolean; after: number; second: boolean };
    expect(result.first).toBe(true);
    expect(result.after).toBeLessThan(result.before / 2);
    expect(result.second).toBe(false);
  });

  it('leaves a young generation less than half full alone', () => {
    const result = inNode(REBUILD_NODE_FLAGS, `
      globalThis.gc({ type: 'minor' });
      console.log(JSON.stringify({ scavenged: scavengeWhenHalfFull() }));
    `);
    expect(result).toEqual({ scavenged: false });
  });

  it('does nothing where Node was started without --expose-gc', () => {
    const result = inNode([], `
      while (young().space_used_size < young().space_available_size * 1.5) kept.push({ n: kept.length });
      console.log(JSON.stringify({ scavenged: scavengeWhenHalfFull(), gc: typeof globalThis.gc }));
    `);
    expect(result).toEqual({ scavenged: false, gc: 'undefined' });
  });
});
