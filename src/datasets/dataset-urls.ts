// Where a data set's files are downloaded from: the manifest's base URL at a commit, or a mirror
// laid out like raw.githubusercontent.com (OWNER/REPO/COMMIT/PATH), for tests and offline copies.
import type { DatasetEntry, DatasetFile } from './manifest.js';

/** The environment variable naming a mirror: `MATCHFACTS_DATA_MIRROR=http://127.0.0.1:8080/`. */
export const MIRROR_ENV = 'MATCHFACTS_DATA_MIRROR';

/** The base URL of a data set at a commit (the pinned one unless given), ending in `/`. */
export function commitBaseUrl(dataset: Pick<DatasetEntry, 'baseUrl' | 'commit'>, commit: string = dataset.commit, mirror?: string): string {
  const base = dataset.baseUrl.replaceAll('{commit}', commit);
  if (!mirror) return base;
  // The mirror stands in for the base URL's origin; the path (OWNER/REPO/COMMIT/) stays.
  return `${mirror.replace(/\/+$/, '')}${new URL(base).pathname}`;
}

/**
 * The URL of one file of a data set.
 *
 * @example fileUrl(worldcupDb, { upstream: 'data-csv/matches.csv', … })
 * // 'https://raw.githubusercontent.com/jfjelstul/worldcup/35a8667f…/data-csv/matches.csv'
 */
export function fileUrl(
  dataset: Pick<DatasetEntry, 'baseUrl' | 'commit'>,
  file: Pick<DatasetFile, 'upstream'>,
  options: { commit?: string; mirror?: string } = {},
): string {
  const path = file.upstream.split('/').map(encodeURIComponent).join('/');
  return `${commitBaseUrl(dataset, options.commit, options.mirror)}${path}`;
}

/** The mirror to use: the option if given, else `$MATCHFACTS_DATA_MIRROR`, else none. */
export function mirrorFrom(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return option || env[MIRROR_ENV] || undefined;
}
