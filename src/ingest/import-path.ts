// `importPath`: the library's entry point for imports. Finds what each path holds, reads it with
// its adapter, and ingests everything in one transaction — all of it or none of it.
import { join } from 'node:path';
import { UsageError } from '../domain/errors.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import { ADAPTERS, FILE_ADAPTERS, FOLDER_ADAPTERS } from '../sources/registry.js';
import { footballTxtAdapter } from '../sources/football-txt/adapter.js';
import type { SourceAdapter } from '../sources/source-batch.js';
import type { Store } from '../store/open-store.js';
import { ingestBatches, type ImportSummary } from './ingest.js';
import { readUnits } from './read-units.js';
import { entriesOf, statOf } from '../sources/local-files.js';

export interface ImportUnit {
  readonly adapter: SourceAdapter;
  readonly path: string;
}

export interface ImportProgress {
  /** A unit of reading starts or ends; `done` counts units. */
  reading?(event: { path: string; format: SourceFormat; done: number; total: number }): void;
  merging?(event: { phase: 'merge' | 'write'; done: number; total: number; label: string }): void;
  /** Another process is writing to the store: the import waits for it. */
  waiting?(event: { path: string }): void;
}

export interface ImportOptions {
  readonly progress?: ImportProgress;
  /** Load the whole store's identities even for a few matches (benchmarks compare the two ways). */
  readonly wholeStore?: boolean;
}

export interface ImportResult extends ImportSummary {
  /** Files inside the folders given that no adapter recognised. */
  readonly skippedFiles: readonly string[];
}

async function detectFile(path: string): Promise<SourceAdapter | undefined> {
  for (const adapter of FILE_ADAPTERS) if (await adapter.detect(path)) return adapter;
  return undefined;
}

/** Walks a folder: a folder an adapter claims is one unit; otherwise its files and subfolders. */
async function collectUnits(path: string, units: ImportUnit[], skipped: string[]): Promise<void> {
  const folderAdapter = await firstFolderAdapter(path);
  if (folderAdapter) {
    units.push({ adapter: folderAdapter, path });
    return;
  }
  const entries = entriesOf(path).sort((a, b) => a.name.localeCompare(b.name));
  // A leaf folder of Football.TXT files (cup.txt + cup_finals.txt) is one edition: read it as one.
  const files = entries.filter((e) => e.isFile() && !e.name.startsWith('.'));
  if (entries.every((e) => !e.isDirectory()) && files.length > 1) {
    const detected = await Promise.all(files.map((f) => detectFile(join(path, f.name))));
    if (detected.every((a) => a === footballTxtAdapter)) {
      units.push({ adapter: footballTxtAdapter, path });
      return;
    }
  }
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) await collectUnits(child, units, skipped);
    else {
      const adapter = await detectFile(child);
      if (adapter) units.push({ adapter, path: child });
      else skipped.push(child);
    }
  }
}

/** What each path holds: folders are walked, a file no adapter recognises is an error. */
export async function planImport(paths: readonly string[]): Promise<{ units: ImportUnit[]; skipped: string[] }> {
  const units: ImportUnit[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    const info = statOf(path);
    if (!info) throw new UsageError(`${path}: no such file or folder`);
    if (info.isDirectory()) await collectUnits(path, units, skipped);
    else {
      const adapter = await detectFile(path);
      if (!adapter) {
        throw new UsageError(
          `${path}: not a format matchfacts reads (expected a Football.TXT file starting with "= ", a matchfacts JSON file, ` +
            `or a folder of the World Cup database or international results CSVs)`,
        );
      }
      units.push({ adapter, path });
    }
  }
  // Richer sources first, so their values are the ones kept when sources disagree.
  const rank = (u: ImportUnit): number => ADAPTERS.indexOf(u.adapter);
  units.sort((a, b) => rank(a) - rank(b));
  return { units, skipped };
}

async function firstFolderAdapter(path: string): Promise<SourceAdapter | undefined> {
  for (const adapter of FOLDER_ADAPTERS) if (await adapter.detect(path)) return adapter;
  return undefined;
}

/**
 * Imports files and folders into a store, in one transaction: on any error nothing is written.
 * Importing the same data again changes nothing.
 *
 * @example
 * const store = await openStore('./matchfacts.db');
 * const result = await importPath(store, ['../shared/data']);
 * console.log(result.changed ? 'imported' : 'nothing new');
 */
export async function importPath(store: Store, paths: readonly string[], options: ImportOptions = {}): Promise<ImportResult> {
  const { units, skipped } = await planImport(paths);
  // Each file looked up by its bytes' hash (indexed), not the whole table read: a desk that imports
  // every result as a file of its own has as many files as matches.
  const known = async (format: string, sha: string): Promise<number | undefined> =>
    (await store.db.selectFrom('source_file').select('rows').where('format', '=', format).where('sha256', '=', sha).executeTakeFirst())?.rows;
  const anyFile = (await store.db.selectFrom('source_file').select('id').limit(1).executeTakeFirst()) !== undefined;
  const batches = readUnits(units, anyFile ? known : undefined, (done, total) =>
    options.progress?.reading?.({ path: '', format: units[0]?.adapter.format ?? 'football-txt', done, total }),
  );
  const summary = await ingestBatches(store, batches, options.progress?.merging, {
    onWait: () => options.progress?.waiting?.({ path: store.path }),
    wholeStore: options.wholeStore,
  });
  return { ...summary, skippedFiles: skipped };
}

