// Where the real open data lives for tests: $MATCHFACTS_DATA or ../shared/data beside the checkout.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SHARED_DATA = process.env.MATCHFACTS_DATA ?? resolve(process.cwd(), '..', 'shared', 'data');

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DATA, ...parts);
}

export function tempDir(prefix = 'matchfacts-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
