// `data list`: per data set, the commit cached, files and bytes, whether complete (checksums), licence.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCachedDatasets } from './list-cache.js';
import { pullDatasets } from './pull-datasets.js';
import { removeTempDirs, SHARED_DATA, subsetManifest, tempDir } from './test-support/fixtures.js';
import { serveDataset, startMirror, type MirrorServer } from './test-support/mirror-server.js';

let mirror: MirrorServer;
let manifestFile: string;

beforeAll(async () => {
  mirror = await startMirror();
  const subset = await subsetManifest(await tempDir(), {
    'worldcup-db': ['worldcup-db/tournaments.csv', 'worldcup-db/awards.csv'],
    'international-results': ['international-results/former_names.csv', 'international-results/shootouts.csv'],
  });
  manifestFile = subset.file;
  for (const dataset of subset.manifest.datasets) await serveDataset(mirror, dataset, SHARED_DATA);
});

afterAll(async () => {
  await mirror.close();
  await removeTempDirs();
});

describe('data list', () => {
  it('an empty cache: nothing cached, nothing complete, licences and attribution still shown', async () => {
    const dir = await tempDir('matchfacts-cache-');
    const listing = await listCachedDatasets({ dir, manifestFile });
    expect(listing.dir).toBe(dir);
    expect(listing.datasets.map((d) => [d.name, d.files, d.expectedFiles, d.bytes, d.complete, d.cachedCommit])).toEqual([
      ['worldcup-db', 0, 2, 0, false, undefined],
      ['international-results', 0, 2, 0, false, undefined],
    ]);
    expect(listing.datasets[0]).toMatchObject({ licence: 'CC-BY-SA-4.0', attribution: '© 2023 Joshua C. Fjelstul, Ph.D. — https://github.com/jfjelstul/worldcup' });
  });

  it('after a pull: the commit, the files, the bytes, complete; an edited file or a .part shows', async () => {
    const dir = await tempDir('matchfacts-cache-');
    await pullDatasets({ dir, manifestFile, mirror: mirror.url, env: {}, datasets: ['worldcup-db'] });
    const listing = await listCachedDatasets({ dir, manifestFile });
    expect(listing.datasets[0]).toMatchObject({
      name: 'worldcup-db',
      commit: '35a8667f518b07469182ae16d35574dd0e7a00fb',
      cachedCommit: '35a8667f518b07469182ae16d35574dd0e7a00fb',
      files: 2,
      verified: 2,
      bytes: 3287 + 397,
      expectedBytes: 3287 + 397,
      complete: true,
      folder: join(dir, 'worldcup-db'),
    });
    expect(listing.datasets[1]).toMatchObject({ name: 'international-results', complete: false, files: 0 });

    await writeFile(join(dir, 'worldcup-db', 'awards.csv'), 'edited\n');
    await mkdir(join(dir, 'international-results'), { recursive: true });
    await writeFile(join(dir, 'international-results', 'shootouts.csv.part'), 'date,');
    const after = await listCachedDatasets({ dir, manifestFile });
    expect(after.datasets[0]).toMatchObject({ files: 2, verified: 1, complete: false });
    expect(after.datasets[1]).toMatchObject({ files: 0, partial: 1, complete: false });
  });
});
