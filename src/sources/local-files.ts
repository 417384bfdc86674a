// Reading source files with synchronous calls. An import of one match typed tonight touches its
// file five to eight times (found, sniffed, hashed, read); through fs/promises each touch is a
// round trip to libuv's thread pool, measured at 0.1 ms idle but up to 25 ms beside a busy store
// on a two-core machine (bench/story at 1,000,000 matches), where the synchronous call takes
// 0.03 ms. Files are read whole either way, and an import has nothing else to do meanwhile.
import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';

/** The file's or folder's stat, or undefined when nothing is there (or it cannot be read). */
export function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function entriesOf(folder: string): Dirent[] {
  return readdirSync(folder, { withFileTypes: true });
}

/** Every path under a folder, relative to it, at any depth. */
export function pathsUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' });
}
