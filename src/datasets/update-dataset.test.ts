// `data pull --update` against a loopback stand-in for GitHub: the newest commit is asked for, its
// files downloaded, and the manifest rewritten with the new commit, sizes and checksums.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../domain/errors.js';
import { readCacheState } from './cache-state.js';
import { loadManifest, type DatasetEntry } from './manifest.js';
import { pullDatasets, type PullOptions } from './pull-datasets.js';
import { removeTempDirs, SHARED_DATA, subsetManifest, tempDir } from './test-support/fixtures.js';
import { mirrorPath, serveDataset, startMirror, type MirrorServer } from './test-support/mirror-server.js';

const CUP = 'football-txt/worldcup/2022--qatar/cup.txt';
const FINALS = 'football-txt/worldcup/2022--qatar/cup_finals.txt';
const NEXT = 'c0ffee0000000000000000000000000000000001';
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

let mirror: MirrorServer;
let worldcup: DatasetEntry;
let manifestFile: string;
let cache: string;
/** What upstream holds at NEXT: the 2022 files with a line appended to the finals. */
let nextFinals: Buffer;

const pull = (options: PullOptions = {}) =>
  pullDatasets({ dir: cache, manifestFile, mirror: mirror.url, apiUrl: mirror.url, env: {}, retryDelayMs: 5, datasets: ['openfootball-worldcup'], ...options });

beforeAll(async () => {
  mirror = await startMirror();
  worldcup = (await subsetManifest(await tempDir(), { 'openfootball-worldcup': [CUP, FINALS] })).manifest.datasets[0]!;
  await serveDataset(mirror, worldcup, SHARED_DATA);
  nextFinals = Buffer.concat([await readFile(join(SHARED_DATA, FINALS)), Buffer.from('\n# 2026 to come\n')]);
  mirror.files.set(mirrorPath(worldcup, '2022--qatar/cup.txt', NEXT), await readFile(join(SHARED_DATA, CUP)));
  mirror.files.set(mirrorPath(worldcup, '2022--qatar/cup_finals.txt', NEXT), nextFinals);
});

beforeEach(async () => {
  ({ file: manifestFile } = await subsetManifest(await tempDir(), { 'openfootball-worldcup': [CUP, FINALS] }));
  cache = await tempDir('matchfacts-cache-');
  mirror.requests.length = 0;
  mirror.heads.clear();
});

afterAll(async () => {
  await mirror.close();
  await removeTempDirs();
});

describe('data pull --update', () => {
  it('moves the data set to the newest commit and rewrites the manifest with its sizes and checksums', async () => {
    mirror.heads.set('openfootball/worldcup', { sha: NEXT, date: '2026-08-02' });
    const notices: string[] = [];
    const result = await pull({ update: true, progress: { notice: (line) => notices.push(line) } });

    expect(mirror.requests[0]).toEqual({ path: '/repos/openfootball/worldcup/commits/HEAD', status: 200 });
    expect(notices).toEqual(['openfootball-worldcup: github.com/openfootball/worldcup moved from bd46a14 to c0ffee0 (2026-08-02)']);
    expect(result.manifestUpdated).toBe(true);
    expect(result.datasets[0]).toMatchObject({ commit: NEXT, previousCommit: worldcup.commit, date: '2026-08-02', downloaded: 2 });

    const rewritten = (await loadManifest(manifestFile)).datasets[0]!;
    expect(rewritten.commit).toBe(NEXT);
    expect(rewritten.date).toBe('2026-08-02');
    expect(rewritten.files).toEqual([
      worldcup.files[0],
      { path: FINALS, upstream: '2022--qatar/cup_finals.txt', size: nextFinals.length, sha256: sha256(nextFinals) },
    ]);
    expect((await readFile(join(cache, FINALS))).equals(nextFinals)).toBe(true);
    expect((await readCacheState(cache))['openfootball-worldcup']?.commit).toBe(NEXT);
    expect(await readdir(cache)).not.toContain('.matchfacts-staging');

    // The rewritten manifest is the one pulls check against from now on.
    mirror.requests.length = 0;
    const again = await pull();
    expect(again.datasets[0]).toMatchObject({ commit: NEXT, present: 2, downloaded: 0 });
    expect(mirror.requests).toEqual([]);
  });

  it('already at the newest commit: the manifest stays as it is, byte for byte, and the files are pulled', async () => {
    mirror.heads.set('openfootball/worldcup', { sha: worldcup.commit, date: '2026-07-21' });
    const before = await readFile(manifestFile);
    const result = await pull({ update: true });
    expect(result.manifestUpdated).toBe(false);
    expect(result.datasets[0]).toMatchObject({ commit: worldcup.commit, downloaded: 2 });
    expect((await readFile(manifestFile)).equals(before)).toBe(true);
  });

  it('without --update the manifest is never rewritten and GitHub never asked', async () => {
    mirror.heads.set('openfootball/worldcup', { sha: NEXT, date: '2026-08-02' });
    const before = await readFile(manifestFile);
    await pull();
    expect(mirror.requests.some((r) => r.path.startsWith('/repos/'))).toBe(false);
    expect((await readFile(manifestFile)).equals(before)).toBe(true);
  });

  it('a file missing at the new commit fails the update: manifest and cache unchanged', async () => {
    await pull();
    const before = await readFile(manifestFile);
    const gone = mirrorPath(worldcup, '2022--qatar/cup_finals.txt', NEXT);
    mirror.files.delete(gone);
    mirror.heads.set('openfootball/worldcup', { sha: NEXT, date: '2026-08-02' });
    try {
      const error = await pull({ update: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).toBe(`${FINALS}: not found at ${mirror.url}${gone} (HTTP 404)`);
      expect((await readFile(manifestFile)).equals(before)).toBe(true);
      expect((await readFile(join(cache, FINALS))).equals(await readFile(join(SHARED_DATA, FINALS)))).toBe(true);
    } finally {
      mirror.files.set(gone, nextFinals);
    }
  });

  it('an unknown repository on GitHub is a NotFoundError naming the API URL', async () => {
    const error = await pull({ update: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(`${mirror.url}/repos/openfootball/worldcup/commits/HEAD: cannot read the newest upstream commit (HTTP 404: no repository openfootball/worldcup)`);
    expect(existsSync(join(cache, FINALS))).toBe(false);
  });
});
