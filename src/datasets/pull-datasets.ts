// `data pull`: brings the open data sets into the cache folder, checked file by file against the
// manifest's SHA-256; with `update`, first moves them to the newest upstream commit.
import { join } from 'node:path';
import { resolveCacheDir } from './cache-dir.js';
import { recordPull } from './cache-state.js';
import { fileUrl, mirrorFrom } from './dataset-urls.js';
import { loadManifest, MANIFEST_FILE, selectDatasets, type DatasetEntry } from './manifest.js';
import { transferFiles, type TransferCounts, type TransferSettings } from './transfer-files.js';
import { updateDataset } from './update-dataset.js';

export type FileStatus = 'present' | 'downloaded' | 'resumed';

export interface PullOptions extends TransferSettings {
  /** Data set names, or `all`; none means all. */
  readonly datasets?: readonly string[];
  /** The cache folder; default `$XDG_CACHE_HOME/matchfacts`, else `~/.cache/matchfacts`. */
  readonly dir?: string;
  /** Move each data set to the newest upstream commit and rewrite the manifest. */
  readonly update?: boolean;
  /** Default: the manifest shipped with matchfacts. */
  readonly manifestFile?: string;
  /** A server laid out like raw.githubusercontent.com; default `$MATCHFACTS_DATA_MIRROR`. */
  readonly mirror?: string;
  /** A stand-in for https://api.github.com (for `update`); default `$MATCHFACTS_GITHUB_API`. */
  readonly apiUrl?: string;
  /** Default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface DatasetPullResult {
  readonly name: string;
  readonly title: string;
  readonly repo: string;
  /** The commit now in the cache. */
  readonly commit: string;
  readonly date?: string;
  /** With `update`, the commit the manifest pinned before, when it moved. */
  readonly previousCommit?: string;
  /** The data set's folder in the cache. */
  readonly folder: string;
  readonly files: number;
  readonly bytes: number;
  readonly present: number;
  readonly downloaded: number;
  readonly resumed: number;
  readonly downloadedBytes: number;
  readonly licence: string;
  readonly licenceUrl: string;
  readonly attribution: string;
}

export interface PullResult {
  /** The cache folder: it has the layout of shared/data, `matchfacts import` reads it as it is. */
  readonly dir: string;
  readonly manifestFile: string;
  /** With `update`: whether the manifest file was rewritten. */
  readonly manifestUpdated: boolean;
  readonly datasets: readonly DatasetPullResult[];
}

/**
 * Downloads the named data sets (default all) into the cache folder. Files already there with the
 * right checksum are kept; a broken download is resumed from its `.part`.
 *
 * @example
 * const { dir } = await pullDatasets({ datasets: ['international-results'] });
 * await importPath(store, [dir]);
 */
export async function pullDatasets(options: PullOptions = {}): Promise<PullResult> {
  const env = options.env ?? process.env;
  const dir = resolveCacheDir(options.dir, env);
  const manifestFile = options.manifestFile ?? MANIFEST_FILE;
  const selected = selectDatasets(await loadManifest(manifestFile), options.datasets);
  const mirror = mirrorFrom(options.mirror, env);
  const results: DatasetPullResult[] = [];
  let manifestUpdated = false;
  for (const pinned of selected) {
    let dataset = pinned;
    let previousCommit: string | undefined;
    let counts: TransferCounts | undefined;
    if (options.update) {
      const outcome = await updateDataset(pinned, { ...options, dir, manifestFile, mirror, env });
      if (outcome.moved) {
        dataset = outcome.dataset;
        previousCommit = outcome.previousCommit;
        counts = outcome.counts;
        manifestUpdated = true;
      }
    }
    counts ??= await pullPinned(dataset, dir, mirror, options);
    const bytes = dataset.files.reduce((sum, f) => sum + f.size, 0);
    await recordPull(dir, dataset.name, {
      commit: dataset.commit,
      ...(dataset.date ? { date: dataset.date } : {}),
      pulledAt: new Date().toISOString(),
      files: dataset.files.length,
      bytes,
    });
    const result: DatasetPullResult = {
      name: dataset.name,
      title: dataset.title,
      repo: dataset.repo,
      commit: dataset.commit,
      ...(dataset.date ? { date: dataset.date } : {}),
      ...(previousCommit ? { previousCommit } : {}),
      folder: join(dir, dataset.folder),
      files: dataset.files.length,
      bytes,
      ...counts,
      licence: dataset.licence,
      licenceUrl: dataset.licenceUrl,
      attribution: dataset.attribution,
    };
    options.progress?.datasetDone?.(result);
    results.push(result);
  }
  return { dir, manifestFile, manifestUpdated, datasets: results };
}

async function pullPinned(dataset: DatasetEntry, dir: string, mirror: string | undefined, settings: TransferSettings): Promise<TransferCounts> {
  settings.progress?.datasetStart?.({
    name: dataset.name,
    repo: dataset.repo,
    commit: dataset.commit,
    folder: dataset.folder,
    files: dataset.files.length,
    bytes: dataset.files.reduce((sum, f) => sum + f.size, 0),
  });
  const items = dataset.files.map((file) => ({
    path: file.path,
    url: fileUrl(dataset, file, { mirror }),
    target: join(dir, file.path),
    expected: { size: file.size, sha256: file.sha256 },
  }));
  return (await transferFiles(dataset.name, items, settings)).counts;
}
