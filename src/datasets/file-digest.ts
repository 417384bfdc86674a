// Size and SHA-256 of a file on disk, read as a stream so large files never sit in memory.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export interface FileDigest {
  readonly size: number;
  /** Lower-case hex. */
  readonly sha256: string;
}

/** @example const { size, sha256 } = await digestFile('worldcup-db/matches.csv'); */
export async function digestFile(path: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** The digest of a file, or undefined when there is no such file. */
export async function digestIfPresent(path: string): Promise<FileDigest | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return digestFile(path);
}

/** The size of a file, or undefined when there is none. */
export async function sizeIfPresent(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? info.size : undefined;
}
