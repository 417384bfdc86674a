// `data list`: what the cache folder holds of each data set — which commit, how many files and
// bytes, whether it is complete (every file there with the manifest's checksum).
import { join } from 'node:path';
import { resolveCacheDir } from './cache-dir.js';
import { readCacheState } from './cache-state.js';
import { digestIfPresent, sizeIfPresent } from './file-digest.js';
import { loadManifest, MANIFEST_FILE, type DatasetEntry } from './manifest.js';

export interface DatasetCacheCheck {
  /** Files of the manifest that are there, whatever their content. */
  readonly files: number;
  /** Of those, the ones with the manifest's SHA-256. */
  readonly verified: number;
  /** Bytes of the files that are there. */
  readonly bytes: number;
  /** `.part` files of an unfinished download. */
  readonly partial: number;
  /** Every file of the manifest is there with its checksum. */
  readonly complete: boolean;
}

export interface CachedDataset extends DatasetCacheCheck {
  readonly name: string;
  readonly title: string;
  readonly repo: string;
  /** The commit the manifest pins. */
  readonly commit: string;
  /** The commit last pulled into this cache, if one was. */
  readonly cachedCommit?: string;
  readonly pulledAt?: string;
  /** The data set's folder in the cache. */
  readonly folder: string;
  readonly expectedFiles: number;
  readonly expectedBytes: number;
  readonly licence: string;
  readonly licenceUrl: string;
  readonly attribution: string;
}

export interface CacheListing {
  readonly dir: string;
  readonly manifestFile: string;
  readonly datasets: readonly CachedDataset[];
}

/** Checks one data set's files in a cache folder against the manifest (reads and hashes them). */
export async function checkCachedDataset(dir: string, dataset: DatasetEntry): Promise<DatasetCacheCheck> {
  let files = 0;
  let verified = 0;
  let bytes = 0;
  let partial = 0;
  for (const file of dataset.files) {
    const target = join(dir, file.path);
    const digest = await digestIfPresent(target);
    if (digest) {
      files++;
      bytes += digest.size;
      if (digest.sha256 === file.sha256) verified++;
    }
    if ((await sizeIfPresent(`${target}.part`)) !== undefined) partial++;
  }
  return { files, verified, bytes, partial, complete: verified === dataset.files.length };
}

/**
 * Every data set of the manifest and what the cache holds of it.
 *
 * @example for (const d of (await listCachedDatasets()).datasets) console.log(d.name, d.complete);
 */
export async function listCachedDatasets(
  options: { dir?: string; manifestFile?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CacheListing> {
  const dir = resolveCacheDir(options.dir, options.env ?? process.env);
  const manifestFile = options.manifestFile ?? MANIFEST_FILE;
  const manifest = await loadManifest(manifestFile);
  const state = await readCacheState(dir);
  const datasets: CachedDataset[] = [];
  for (const dataset of manifest.datasets) {
    const check = await checkCachedDataset(dir, dataset);
    const pulled = state[dataset.name];
    datasets.push({
      name: dataset.name,
      title: dataset.title,
      repo: dataset.repo,
      commit: dataset.commit,
      ...(pulled ? { cachedCommit: pulled.commit, pulledAt: pulled.pulledAt } : {}),
      folder: join(dir, dataset.folder),
      ...check,
      expectedFiles: dataset.files.length,
      expectedBytes: dataset.files.reduce((sum, f) => sum + f.size, 0),
      licence: dataset.licence,
      licenceUrl: dataset.licenceUrl,
      attribution: dataset.attribution,
    });
  }
  return { dir, manifestFile, datasets };
}
