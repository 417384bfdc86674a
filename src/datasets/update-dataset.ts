// `data pull --update`: moves a data set to the newest upstream commit. Its files are downloaded at
// that commit into a staging folder, sizes and checksums recomputed, the manifest rewritten, and
// only then are the files moved into place — a failed update changes nothing.
import { mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileUrl } from './dataset-urls.js';
import { latestCommit } from './latest-commit.js';
import { loadManifest, replaceDataset, saveManifest, type DatasetEntry } from './manifest.js';
import { shortCommit } from './messages.js';
import { transferFiles, type TransferCounts, type TransferSettings } from './transfer-files.js';

/** Under the cache folder; a dot name, so `matchfacts import` never reads it. */
export const STAGING_FOLDER = '.matchfacts-staging';

export interface UpdateContext extends TransferSettings {
  /** The cache folder. */
  readonly dir: string;
  /** The manifest to rewrite. */
  readonly manifestFile: string;
  readonly mirror?: string;
  readonly apiUrl?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface UpdateOutcome {
  /** The data set as the manifest now has it. */
  readonly dataset: DatasetEntry;
  readonly previousCommit: string;
  /** False when the pinned commit is already the newest. */
  readonly moved: boolean;
  /** What was downloaded, when moved. */
  readonly counts?: TransferCounts;
}

/**
 * Moves one data set to the newest upstream commit and rewrites it in the manifest file. The set of
 * files stays the manifest's: a file missing at the new commit fails the update (HTTP 404).
 *
 * @example const { dataset, moved } = await updateDataset(entry, { dir, manifestFile: MANIFEST_FILE });
 */
export async function updateDataset(dataset: DatasetEntry, context: UpdateContext): Promise<UpdateOutcome> {
  const { progress } = context;
  const latest = await latestCommit(dataset.repo, { apiUrl: context.apiUrl, env: context.env, fetch: context.fetch });
  if (latest.sha === dataset.commit) {
    progress?.notice?.(`${dataset.name}: ${shortCommit(dataset.commit)} is already the newest commit of github.com/${dataset.repo}`);
    return { dataset, previousCommit: dataset.commit, moved: false };
  }
  progress?.notice?.(
    `${dataset.name}: github.com/${dataset.repo} moved from ${shortCommit(dataset.commit)} to ${shortCommit(latest.sha)}${latest.date ? ` (${latest.date})` : ''}`,
  );

  const stagingRoot = join(context.dir, STAGING_FOLDER, dataset.name);
  const staging = join(stagingRoot, latest.sha);
  const items = dataset.files.map((file) => ({
    path: file.path,
    url: fileUrl(dataset, file, { commit: latest.sha, mirror: context.mirror }),
    target: join(staging, file.path),
  }));
  progress?.datasetStart?.({
    name: dataset.name,
    repo: dataset.repo,
    commit: latest.sha,
    folder: dataset.folder,
    files: dataset.files.length,
    bytes: dataset.files.reduce((sum, f) => sum + f.size, 0),
  });
  const { counts, digests } = await transferFiles(dataset.name, items, context);

  const updated: DatasetEntry = {
    ...dataset,
    commit: latest.sha,
    date: latest.date, // undefined (left out of the JSON) when the API does not say: never the old date
    files: dataset.files.map((file) => {
      const digest = digests.get(file.path)!;
      return { ...file, size: digest.size, sha256: digest.sha256 };
    }),
  };
  // The manifest first: if it cannot be written, the cache still matches the old one.
  const manifest = await loadManifest(context.manifestFile);
  await saveManifest(replaceDataset(manifest, updated), context.manifestFile);
  for (const item of items) {
    const target = join(context.dir, item.path);
    await mkdir(dirname(target), { recursive: true });
    await rename(item.target, target);
    await rm(`${target}.part`, { force: true });
  }
  await rm(stagingRoot, { recursive: true, force: true });
  await rmdir(join(context.dir, STAGING_FOLDER)).catch(() => undefined);
  return { dataset: updated, previousCommit: dataset.commit, moved: true, counts };
}
