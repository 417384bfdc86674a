import { getHeapSpaceStatistics } from 'node:v8';

// A full rebuild makes rows, tallies and candidate facts for every match and drops nearly all of
// them by the next day: gigabytes of short-lived objects. In V8's default young generation (16 MB
// semi-spaces) much of that is still alive at a scavenge, copied, and promoted to the old
// generation, where only a full collection frees it. With 64 MB semi-spaces more of it dies young.
// Measured at 1,000,000 matches (the 48 definitions DuckDB expresses, `node --cpu-prof`): the
// collector's time 9.1 s with the default, 5.8 s with 64 MB; the rebuild 62.2–67.6 s with the
// default, 62.1 s with 32 MB, 58.5–60.8 s with 64 MB, 57.6 s with 128 MB (single runs, one machine).
// Peak RSS of the full rebuild (bench:records (a)): 719 MB with the default, 830–873 MB with 64 MB;
// 128 MB reached 963 MB on the 48 definitions alone, too near the 1 GB bound.
// Session 15 split the rebuild between two threads (`rebuild-split.ts`): two heaps, and with 64 MB
// semi-spaces each V8 young generation held about 250 MB of the process's memory. The full bench
// rebuild at 1,000,000 matches in two threads: 64 MB semi-spaces in the first thread 978–1,125 MB
// (over the 1 GB bound), 48 MB 1,038 MB, 32 MB 830–857 MB; 114–121 s against 162 s in one thread.
// V8 sizes its heap when the process (or thread) starts: the entry points that rebuild ask for it
// then — the `matchfacts` command's first line, the server's writer thread, the demo, the benches.
/** The semi-space size, in MB, that processes running the record book start with. */
export const REBUILD_SEMI_SPACE_MB = 32;

/**
 * V8's own background threads (concurrent compilation, marking and sweeping), which Node starts four
 * of: on a 2-core machine they took a CPU from the writer while it worked. Measured in session 21
 * with `/proc/thread-self/schedstat` (a throwaway wrapper): of a new match's 8–16 ms at the tail,
 * 3–8 ms were spent waiting for a CPU. To compare, give the old count after the product's flags
 * (the later flag wins): `node --v8-pool-size=4 bench/records-new-matches.js --db … --book …
 * --runs 2` against the same without it, in turn: p99 of the first run 10.91 and 12.26 ms with
 * four, 6.96 and 7.87 ms with one (the second runs, warm, 5.3–6.4 ms either way). The yardstick
 * rebuild in two threads (`node [--v8-pool-size=4] bench/records-rebuild.js --db … --yardstick`):
 * 26.5 and 25.6 s with one against 27.8 and 27.1 s with four, CPU 48 and 47 s against 52 and 50 s.
 */
export const V8_POOL_THREADS = 1;

/** Node's command-line flags for it (and `--expose-gc`: see `collectRebuildGarbage`). */
export const REBUILD_NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${REBUILD_SEMI_SPACE_MB}`, `--v8-pool-size=${V8_POOL_THREADS}`, '--expose-gc'];

/**
 * A full collection, once a rebuild is done, where Node was started with `--expose-gc` (the
 * product's flags above): a rebuild leaves hundreds of megabytes of dead rows and tallies in the
 * old generation, for V8 to collect later, inside whatever runs then — the first new matches. In
 * bench:records (b) before this, the 37th match after the rebuild took 243 ms and others near it
 * 28 and 14 ms (the cause not traced); the one run after it gave p99 7.85 ms, within the run-to-run
 * spread of this machine, so its share is not measured apart.
 */
export function collectRebuildGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * A scavenge of V8's young generation while a writer is idle (after it replied), once the space is
 * half full, where Node runs with `--expose-gc`: otherwise V8 scavenges when the space runs out,
 * inside whichever new match allocates the last byte. A new match allocates about 0.6 MB and keeps
 * the state it wrote (JSON, in the state cache): after a rebuild each such scavenge took 3.5–7 ms,
 * and some twenty of the thousand new matches of bench:records (b) carried one: its tail. Half full
 * leaves room for several matches in a grown space (16–32 MB); a space still small (1–4 MB) may
 * fill inside a match, and its scavenge is as small. Returns whether it ran.
 */
export function scavengeWhenHalfFull(): boolean {
  const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;
  if (gc === undefined) return false;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (young === undefined || young.space_used_size < young.space_available_size) return false;
  gc({ type: 'minor' });
  return true;
}

/** The same for a worker thread (`resourceLimits.maxYoungGenerationSizeMb`): V8's young generation is three semi-spaces. */
export const REBUILD_YOUNG_GENERATION_MB = 3 * REBUILD_SEMI_SPACE_MB;
