// What was pulled into a cache folder: each data set's commit and when. Kept in a dotfile at the
// cache's root, which `matchfacts import` never reads (it skips names starting with ".").
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const CACHE_STATE_FILE = '.matchfacts-datasets.json';

export interface PulledVersion {
  readonly commit: string;
  readonly date?: string;
  /** ISO timestamp of the pull that completed this version. */
  readonly pulledAt: string;
  readonly files: number;
  readonly bytes: number;
}

const stateSchema = z.object({
  datasets: z.record(
    z.string(),
    z.object({ commit: z.string(), date: z.string().optional(), pulledAt: z.string(), files: z.number(), bytes: z.number() }),
  ),
});

/** The recorded versions by data set name; an absent or unreadable state file is an empty record. */
export async function readCacheState(dir: string): Promise<Readonly<Record<string, PulledVersion>>> {
  const text = await readFile(join(dir, CACHE_STATE_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return {};
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.datasets : {};
  } catch {
    return {};
  }
}

/** Records that a data set is complete in the cache at a commit. */
export async function recordPull(dir: string, name: string, version: PulledVersion): Promise<void> {
  const datasets = { ...(await readCacheState(dir)), [name]: version };
  await mkdir(dir, { recursive: true });
  const file = join(dir, CACHE_STATE_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ datasets }, null, 2)}\n`);
  await rename(temporary, file);
}
