// The figures bench:records (b) and bench/records-new-matches.js print for new matches added one at
// a time: percentiles over the whole run, and where its tail is — the first matches after the book
// was opened or built (V8 still compiling the incremental path, the store's pages not yet cached)
// or spread through the run.

/** Matches counted as the run's start when its tail is looked at apart. */
export const FIRST_MATCHES = 20;

/** The p-th percentile of ascending `sorted` (the sample at that rank, the last for p = 100). */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** One match's times, in the order they were added: percentiles, and where the slowest fell. */
export function newMatchTail(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const later = times.slice(FIRST_MATCHES).sort((a, b) => a - b);
  const slowest = times.map((ms, index) => [index, ms]).sort((a, b) => b[1] - a[1]).slice(0, 10);
  return {
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    /** The line that says where the tail is. */
    tailLine: `p99 ${percentile(later, 99).toFixed(2)} ms without the first ${FIRST_MATCHES} matches; the 10 slowest (index in the run: ms) ${slowest.map(([index, ms]) => `${index}: ${ms.toFixed(1)}`).join(', ')}`,
  };
}
