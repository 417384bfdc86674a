// The synthetic history: a seeded, deterministic stream of SourceBatches for benchmarks at scale.
import { UsageError } from '../domain/errors.js';
import type { SourceBatch } from '../sources/source-batch.js';
import { BatchWriter } from './batch-writer.js';
import { planHistory } from './plan.js';
import { playSeason } from './season.js';
import { createWorld } from './world.js';

export interface HistoryOptions {
  /** Any 32-bit integer: the same seed and match count give byte-identical batches. */
  readonly seed: number;
  /** Exactly this many matches are produced. */
  readonly matches: number;
  /** Matches per batch (default 10,000): memory stays bounded by one season plus one batch. */
  readonly batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 10_000;

/**
 * Yields batches that together hold exactly `matches` matches in chronological order, from
 * national-team tournaments, a continental club cup and domestic leagues, with players, squads
 * and goals. The number of leagues (and, for small counts, the first season) is chosen so the
 * history runs up to the mid-2020s.
 *
 * @example
 * const store = await openStore('/tmp/history.db');
 * await ingestBatches(store, generateHistory({ seed: 42, matches: 100_000 }));
 */
export function* generateHistory(options: HistoryOptions): Generator<SourceBatch> {
  const { seed, matches } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(seed)) throw new UsageError(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(matches) || matches < 0) throw new UsageError(`matches must be a whole number, got ${matches}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`batchSize must be a positive whole number, got ${batchSize}`);
  const normalisedSeed = seed >>> 0;
  const plan = planHistory(normalisedSeed, matches);
  const world = createWorld(normalisedSeed, plan);
  const writer = new BatchWriter(normalisedSeed, matches, batchSize);
  let produced = 0;
  for (let year = plan.firstSeason; produced < matches; year++) {
    for (const played of playSeason(world, year)) {
      if (produced === matches) break;
      writer.add(played, produced);
      produced += 1;
      if (writer.pending === batchSize) yield writer.take();
    }
    writer.endSeason();
  }
  if (writer.pending > 0) yield writer.take();
}
