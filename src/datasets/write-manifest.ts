// Regenerates the manifest's file lists (paths, upstream paths, sizes, SHA-256) from a data folder
// with the layout of shared/data. Run after a build:
//   node dist/datasets/write-manifest.js [--manifest FILE] [--check] [DATA_DIR]
// DATA_DIR defaults to $MATCHFACTS_DATA, else ../shared/data; --check changes nothing and fails
// when the manifest differs from the folder.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchfactsError } from '../domain/errors.js';
import { digestFile } from './file-digest.js';
import { loadManifest, MANIFEST_FILE, saveManifest, upstreamPathOf, type DatasetEntry, type DatasetFile, type DatasetManifest } from './manifest.js';
import { messages } from './messages.js';

async function walk(root: string, relative: string, into: string[]): Promise<void> {
  for (const entry of await readdir(join(root, relative), { withFileTypes: true })) {
    // Dot files (cache state, staging) and unfinished downloads are no part of a data set.
    if (entry.name.startsWith('.') || entry.name.endsWith('.part')) continue;
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(root, path, into);
    else if (entry.isFile()) into.push(path);
  }
}

/** One data set's file list as the folder `dataRoot/<folder>` has it, in code-point order of path. */
export async function datasetFromFolder(dataset: DatasetEntry, dataRoot: string): Promise<DatasetEntry> {
  const paths: string[] = [];
  await walk(dataRoot, dataset.folder, paths);
  paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: DatasetFile[] = [];
  for (const path of paths) {
    const upstream = upstreamPathOf(dataset, path);
    if (upstream === undefined) throw new MatchfactsError(messages.layoutUnmapped(path, dataset.name));
    const { size, sha256 } = await digestFile(join(dataRoot, path));
    files.push({ path, upstream, size, sha256 });
  }
  return { ...dataset, files };
}

/**
 * The manifest with every data set's file list rebuilt from a data folder; names, repositories,
 * commits, licences and layout rules stay as they are. A data set whose folder the data folder
 * lacks (an extra, such as a league repository, kept elsewhere) keeps its list.
 *
 * @example const fresh = await manifestFromFolder(await loadManifest(), '../shared/data');
 */
export async function manifestFromFolder(manifest: DatasetManifest, dataRoot: string): Promise<DatasetManifest> {
  const datasets: DatasetEntry[] = [];
  for (const dataset of manifest.datasets) {
    const present = (await stat(join(dataRoot, dataset.folder)).catch(() => undefined))?.isDirectory() === true;
    datasets.push(present || dataset.extra !== true ? await datasetFromFolder(dataset, dataRoot) : dataset);
  }
  return { ...manifest, datasets };
}

async function main(argv: readonly string[]): Promise<void> {
  let manifestFile = MANIFEST_FILE;
  let check = false;
  let dataRoot = process.env.MATCHFACTS_DATA ?? resolve('..', 'shared', 'data');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--manifest') manifestFile = resolve(argv[++i] ?? '');
    else if (arg === '--check') check = true;
    else dataRoot = resolve(arg);
  }
  const current = await loadManifest(manifestFile);
  const fresh = await manifestFromFolder(current, dataRoot);
  const same = JSON.stringify(current) === JSON.stringify(fresh);
  if (check) {
    process.stdout.write(same ? `${manifestFile} matches ${dataRoot}\n` : `${manifestFile} differs from ${dataRoot}\n`);
    if (!same) process.exitCode = 1;
    return;
  }
  if (!same) await saveManifest(fresh, manifestFile);
  const count = fresh.datasets.reduce((sum, d) => sum + d.files.length, 0);
  process.stdout.write(`${manifestFile}: ${same ? 'already up to date' : 'rewritten'} (${fresh.datasets.length} data sets, ${count} files from ${dataRoot})\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`write-manifest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
