// Test support: the real open data, temporary folders, and small manifests cut from the committed one.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadManifest, type DatasetEntry, type DatasetManifest } from '../manifest.js';

/** The read-only open data: $MATCHFACTS_DATA or ../shared/data beside the checkout. */
export const SHARED_DATA = process.env.MATCHFACTS_DATA ?? resolve(process.cwd(), '..', 'shared', 'data');

const made: string[] = [];

/** A new temporary folder, removed by `removeTempDirs()`. */
export async function tempDir(prefix = 'matchfacts-datasets-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/**
 * A manifest file in `dir` with only the data sets and files picked from the committed manifest:
 * `{ 'worldcup-db': ['worldcup-db/tournaments.csv'], 'international-results': 'all' }`.
 */
export async function subsetManifest(dir: string, picks: Record<string, readonly string[] | 'all'>): Promise<{ file: string; manifest: DatasetManifest }> {
  const committed = await loadManifest();
  const datasets: DatasetEntry[] = committed.datasets
    .filter((d) => d.name in picks)
    .map((d) => {
      const pick = picks[d.name]!;
      return { ...d, files: pick === 'all' ? d.files : d.files.filter((f) => pick.includes(f.path)) };
    });
  for (const [name, pick] of Object.entries(picks)) {
    const dataset = datasets.find((d) => d.name === name);
    if (!dataset || (pick !== 'all' && dataset.files.length !== pick.length)) throw new Error(`subsetManifest: ${name} ${String(pick)} not in the manifest`);
  }
  const manifest: DatasetManifest = { version: 1, datasets };
  const file = join(dir, 'manifest.json');
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return { file, manifest };
}
