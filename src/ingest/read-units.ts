// Reads import units with their adapters one after another, handing each batch to the ingest as
// soon as it is read. A unit whose every file the store already holds (same bytes) is not read at
// all. (Worker threads were tried and measured slower: cloning a batch across threads cost more
// than parsing it on the main thread.)
import { readBytes } from '../sources/local-files.js';
import { sha256 } from '../sources/hash.js';
import { emptyBatch, type SourceBatch, type SourceInput } from '../sources/source-batch.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import type { ImportUnit } from './import-path.js';

/** Rows recorded for a file the store already holds, by format and content hash. */
export type KnownFiles = (format: SourceFormat, sha: string) => Promise<number | undefined>;

async function alreadyImported(unit: ImportUnit, known: KnownFiles): Promise<SourceInput[] | undefined> {
  const files = await unit.adapter.inputFiles(unit.path);
  if (files.length === 0) return undefined;
  const inputs: SourceInput[] = [];
  for (const file of files) {
    const hash = sha256(readBytes(file));
    const rows = await known(unit.adapter.format, hash);
    if (rows === undefined) return undefined;
    inputs.push({ file, sha256: hash, rows });
  }
  return inputs;
}

/** Yields each unit's batch in unit order; units already imported yield their inputs only. */
export async function* readUnits(
  units: readonly ImportUnit[],
  known: KnownFiles | undefined,
  onRead?: (done: number, total: number) => void,
): AsyncGenerator<SourceBatch> {
  for (const [index, unit] of units.entries()) {
    // Into an empty store nothing can be a repeat: don't read every file twice to find out.
    const inputs = known ? await alreadyImported(unit, known) : undefined;
    const batch = inputs ? { ...emptyBatch(unit.adapter.format, unit.path), inputs } : await unit.adapter.read(unit.path);
    onRead?.(index + 1, units.length);
    yield batch;
  }
}
