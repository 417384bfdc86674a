// A full rebuild makes rows, tallies and candidate facts for every match and drops nearly all of
// them by the next day: gigabytes of short-lived objects. In V8's default young generation (16 MB
// semi-spaces) much of that is still alive at a scavenge, copied, and promoted to the old
// generation, where only a full collection frees it. With 64 MB semi-spaces most of it dies young.
// Measured at 1,000,000 matches (the 48 definitions DuckDB expresses, one machine, back to back):
// 67.6 s with the default, 62.1 s with 32 MB, 60.8 s with 64 MB, 57.6 s with 128 MB; the full
// rebuild's peak RSS 719 MB → 830 MB with 64 MB (963 MB with 128: too near the 1 GB bound).
// V8 sizes its heap when the process (or thread) starts: the entry points that rebuild ask for it
// then — the `matchfacts` command's first line, the server's writer thread, the demo, the benches.

/** The semi-space size, in MB, that processes running the record book start with. */
export const REBUILD_SEMI_SPACE_MB = 64;

/** Node's command-line flags for it. */
export const REBUILD_NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${REBUILD_SEMI_SPACE_MB}`];

/** The same for a worker thread (`resourceLimits.maxYoungGenerationSizeMb`): V8's young generation is three semi-spaces. */
export const REBUILD_YOUNG_GENERATION_MB = 3 * REBUILD_SEMI_SPACE_MB;
