// Brings a list of files into place a few at a time: a file already there with the right checksum
// is kept, any other is downloaded (resuming a .part) and checked.
import { downloadFile, type FetchLike } from './download-file.js';
import { digestIfPresent, type FileDigest } from './file-digest.js';
import type { PullProgress } from './pull-progress.js';
import { runPool } from './run-pool.js';

export interface TransferItem {
  /** Relative path, names the file in messages and progress: `worldcup-db/matches.csv`. */
  readonly path: string;
  readonly url: string;
  /** Absolute path to write. */
  readonly target: string;
  /** Size and checksum the file must have; without it the file is always downloaded. */
  readonly expected?: FileDigest;
}

/** How downloads run; the defaults suit a real network. */
export interface TransferSettings {
  /** Downloads at a time; default 4. */
  readonly concurrency?: number;
  /** Further attempts per file after a broken connection; default 2. */
  readonly retries?: number;
  /** Wait before the first retry, doubled after; default 500 ms. */
  readonly retryDelayMs?: number;
  /** The fetch to use; default the global one. */
  readonly fetch?: FetchLike;
  readonly progress?: PullProgress;
}

export interface TransferCounts {
  /** Already in place with the right checksum. */
  present: number;
  /** Downloaded, resumed ones included. */
  downloaded: number;
  /** Completed from a .part of an earlier run. */
  resumed: number;
  downloadedBytes: number;
}

/** Downloads what is missing or wrong; returns the counts and every file's digest by path. */
export async function transferFiles(
  dataset: string,
  items: readonly TransferItem[],
  settings: TransferSettings = {},
): Promise<{ counts: TransferCounts; digests: Map<string, FileDigest> }> {
  const counts: TransferCounts = { present: 0, downloaded: 0, resumed: 0, downloadedBytes: 0 };
  const digests = new Map<string, FileDigest>();
  const { progress } = settings;
  await runPool(items, settings.concurrency ?? 4, async (item) => {
    if (item.expected) {
      const present = await digestIfPresent(item.target);
      if (present?.sha256 === item.expected.sha256) {
        counts.present++;
        digests.set(item.path, present);
        progress?.fileDone?.({ dataset, path: item.path, status: 'present', size: present.size });
        return;
      }
    }
    const outcome = await downloadFile({
      url: item.url,
      target: item.target,
      label: item.path,
      expected: item.expected,
      retries: settings.retries,
      retryDelayMs: settings.retryDelayMs,
      fetch: settings.fetch,
      onStart: ({ from, size }) => progress?.fileStart?.({ dataset, path: item.path, from, size }),
      onProgress: (received, size) => progress?.fileProgress?.({ dataset, path: item.path, received, size }),
      onRetry: (e) => progress?.retry?.({ dataset, path: item.path, ...e }),
    });
    counts.downloaded++;
    if (outcome.resumed) counts.resumed++;
    counts.downloadedBytes += outcome.size;
    digests.set(item.path, { size: outcome.size, sha256: outcome.sha256 });
    progress?.fileDone?.({ dataset, path: item.path, status: outcome.resumed ? 'resumed' : 'downloaded', size: outcome.size });
  });
  return { counts, digests };
}
