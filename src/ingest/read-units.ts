// Reads import units with their adapters one after another, handing each batch to the ingest as
// soon as it is read. (Worker threads were measured and lost: cloning a batch across threads
// cost more than parsing it on the main thread.)
import type { SourceBatch } from '../sources/source-batch.js';
import type { ImportUnit } from './import-path.js';

/** Yields each unit's batch in unit order. */
export async function* readUnits(units: readonly ImportUnit[], onRead?: (done: number, total: number) => void): AsyncGenerator<SourceBatch> {
  for (const [index, unit] of units.entries()) {
    const batch = await unit.adapter.read(unit.path);
    onRead?.(index + 1, units.length);
    yield batch;
  }
}
