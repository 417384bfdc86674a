// What a pull reports while it runs, and the plain-line report used when no terminal is watching.
import { shortCommit } from './messages.js';
import type { DatasetPullResult, FileStatus } from './pull-datasets.js';

/** Events of a pull; every one is optional. The CLI draws bars from them on a terminal. */
export interface PullProgress {
  datasetStart?(event: { name: string; repo: string; commit: string; folder: string; files: number; bytes: number }): void;
  /** A download starts (or resumes `from` bytes on). */
  fileStart?(event: { dataset: string; path: string; from: number; size: number | undefined }): void;
  fileProgress?(event: { dataset: string; path: string; received: number; size: number | undefined }): void;
  /** A file is in place: downloaded, resumed, or already present with the right checksum. */
  fileDone?(event: { dataset: string; path: string; status: FileStatus; size: number }): void;
  retry?(event: { dataset: string; path: string; attempt: number; retries: number; reason: string }): void;
  /** A sentence worth showing: "worldcup-db: newest upstream commit …". */
  notice?(line: string): void;
  datasetDone?(result: DatasetPullResult): void;
}

/** `6.6 MB`, `29 kB`, `397 B` (decimal units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * A few plain lines per data set (for logs, CI and pipes): what is fetched, retries, and the outcome.
 *
 * @example await pullDatasets({ progress: linePullProgress((line) => process.stderr.write(`${line}\n`)) });
 */
export function linePullProgress(write: (line: string) => void): PullProgress {
  return {
    datasetStart: (e) => write(`${e.name}: ${e.files} files, ${formatBytes(e.bytes)}, github.com/${e.repo} at ${shortCommit(e.commit)}`),
    retry: (e) => write(`${e.path}: ${e.reason}; retrying (${e.attempt} of ${e.retries})`),
    notice: (line) => write(line),
    datasetDone: (r) => {
      const fetched = r.downloaded > 0 ? `${r.downloaded} downloaded (${formatBytes(r.downloadedBytes)}${r.resumed > 0 ? `, ${r.resumed} resumed` : ''})` : 'nothing to download';
      write(`${r.name}: ${fetched}, ${r.present} already present; ready in ${r.folder}`);
    },
  };
}
