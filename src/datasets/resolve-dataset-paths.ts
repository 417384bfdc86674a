// Dataset names for `matchfacts import`: `worldcup-db`, `all`, … become folders — from
// $MATCHFACTS_DATA, else ../shared/data, else the cache (downloaded on first use).
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NotFoundError } from '../domain/errors.js';
import { resolveCacheDir } from './cache-dir.js';
import { checkCachedDataset } from './list-cache.js';
import { datasetNames, loadManifest, MANIFEST_FILE, selectDatasets, type DatasetEntry } from './manifest.js';
import { messages } from './messages.js';
import { pullDatasets, type PullOptions } from './pull-datasets.js';
import { linePullProgress } from './pull-progress.js';

/** Where a data set is read from, in this order of preference. */
export type DataSource = 'MATCHFACTS_DATA' | 'shared-data' | 'cache';

export interface DatasetLocation {
  readonly name: string;
  readonly source: DataSource;
  /** The data set's folder (absolute). */
  readonly folder: string;
  /** The folder is there (and, in the cache, complete). */
  readonly ready: boolean;
}

export interface ResolveOptions {
  /** Default `process.env`; `MATCHFACTS_DATA` is read from it. */
  readonly env?: NodeJS.ProcessEnv;
  /** `../shared/data` and relative arguments are taken from here; default `process.cwd()`. */
  readonly cwd?: string;
  /** The cache folder; default `$XDG_CACHE_HOME/matchfacts`, else `~/.cache/matchfacts`. */
  readonly dir?: string;
  /** Default: the manifest shipped with matchfacts. */
  readonly manifestFile?: string;
  /** Download a data set missing from the cache (default true); false makes that a NotFoundError. */
  readonly pull?: boolean;
  /** Where the "downloading …" lines go; default stderr. */
  readonly log?: (line: string) => void;
  /** For the download: mirror, retries, progress (default: plain lines to `log`), … */
  readonly pullOptions?: Omit<PullOptions, 'datasets' | 'dir' | 'update' | 'manifestFile' | 'env'>;
}

const isDirectory = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
const exists = (path: string): boolean => statSync(path, { throwIfNoEntry: false }) !== undefined;

/**
 * Where one data set would be read from: `$MATCHFACTS_DATA/<folder>` if that variable is set (ready
 * when the folder is there), else `../shared/data/<folder>` from `cwd` if there, else the cache
 * (ready when complete). Downloads nothing.
 */
export async function locateDataset(dataset: DatasetEntry, options: ResolveOptions = {}): Promise<DatasetLocation> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const root = env.MATCHFACTS_DATA;
  if (root) {
    const folder = resolve(cwd, root, dataset.folder);
    return { name: dataset.name, source: 'MATCHFACTS_DATA', folder, ready: isDirectory(folder) };
  }
  const shared = resolve(cwd, '..', 'shared', 'data', dataset.folder);
  if (isDirectory(shared)) return { name: dataset.name, source: 'shared-data', folder: shared, ready: true };
  const dir = resolveCacheDir(options.dir, env);
  const check = await checkCachedDataset(dir, dataset);
  return { name: dataset.name, source: 'cache', folder: join(dir, dataset.folder), ready: check.complete };
}

/**
 * Maps data set names among import arguments to folders; any other argument passes through as it
 * is, and so does a name that is also an existing file or folder in `cwd`. `all` stands for every
 * data set. A data set that is neither in `$MATCHFACTS_DATA` nor in `../shared/data` is taken from
 * the cache, and downloaded into it first if it is not complete there (a line on stderr says so).
 *
 * @example
 * await resolveDatasetPaths(['worldcup-db', 'my-fixes.json'])
 * // ['/home/me/shared/data/worldcup-db', 'my-fixes.json']
 */
export async function resolveDatasetPaths(args: readonly string[], options: ResolveOptions = {}): Promise<string[]> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const manifestFile = options.manifestFile ?? MANIFEST_FILE;
  const manifest = await loadManifest(manifestFile);
  const names = [...datasetNames(manifest), 'all'];
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const paths: string[] = [];
  const missing: DatasetEntry[] = [];
  for (const arg of args) {
    if (!names.includes(arg) || exists(resolve(cwd, arg))) {
      paths.push(arg);
      continue;
    }
    for (const dataset of selectDatasets(manifest, [arg])) {
      const location = await locateDataset(dataset, options);
      if (location.source === 'MATCHFACTS_DATA' && !location.ready) {
        throw new NotFoundError(messages.envFolderMissing(resolve(cwd, env.MATCHFACTS_DATA!), dataset.folder, dataset.name));
      }
      if (!location.ready && !missing.includes(dataset)) missing.push(dataset);
      paths.push(location.folder);
    }
  }
  if (missing.length > 0) {
    const dir = resolveCacheDir(options.dir, env);
    if (options.pull === false) throw new NotFoundError(messages.notCached(missing.map((d) => d.name), dir));
    log(messages.pullingOnFirstUse(missing, dir));
    await pullDatasets({
      progress: linePullProgress(log),
      ...options.pullOptions,
      datasets: missing.map((d) => d.name),
      dir,
      manifestFile,
      env,
    });
  }
  return [...new Set(paths)];
}
