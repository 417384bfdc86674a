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
 * with `/proc/thread-self/schedstat`: of a new match's 8–16 ms at the tail, 3–8 ms were spent
 * waiting for a CPU. With one such thread, 1,000 new matches at 1,000,000 (a fresh process each,
 * five runs of each build in turn): p99 6.1–7.7 ms against 7.9–9.5 ms with four, p90 4.4–4.6
 * against 4.7–5.2 ms; and the yardstick rebuild in two threads 26.5 and 25.6 s against 27.8 and
 * 27.1 s (CPU 48 and 47 s against 52 and 50 s: the helpers had been contending with the rebuild's
 * own two threads).
 */
export const V8_POOL_THREADS = 1;

/** Node's command-line flags for it (and `--expose-gc`: see `collectRebuildGarbage`). */
export const REBUILD_NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${REBUILD_SEMI_SPACE_MB}`, `--v8-pool-size=${V8_POOL_THREADS}`, '--expose-gc'];

/**
 * A full collection, once a rebuild is done, where Node was started with `--expose-gc` (the
 * product's flags above): a rebuild leaves hundreds of megabytes of dead rows and tallies in the
 * old generation, and V8 collected them a few dozen new matches later, inside one of them (bench:
 * records (b): a match of 243 ms, the 37th after the rebuild; others of 28 and 14 ms near it).
 */
export function collectRebuildGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The same for a worker thread (`resourceLimits.maxYoungGenerationSizeMb`): V8's young generation is three semi-spaces. */
export const REBUILD_YOUNG_GENERATION_MB = 3 * REBUILD_SEMI_SPACE_MB;
