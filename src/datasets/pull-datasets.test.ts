// `data pull` against a loopback mirror serving the real files of shared/data: checksums, skips,
// resumes, servers that ignore Range or drop the connection, corrupted bytes and 404s.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MatchfactsError, NotFoundError, UsageError } from '../domain/errors.js';
import { readCacheState } from './cache-state.js';
import type { DatasetManifest } from './manifest.js';
import { pullDatasets, type PullOptions } from './pull-datasets.js';
import { removeTempDirs, SHARED_DATA, subsetManifest, tempDir } from './test-support/fixtures.js';
import { mirrorPath, serveDataset, startMirror, type MirrorServer } from './test-support/mirror-server.js';

const TOURNAMENTS = 'worldcup-db/tournaments.csv';
const CODEBOOK = 'worldcup-db/codebook/datasets.csv';
const URUGUAY_1930 = 'football-txt/worldcup/1930--uruguay/cup.txt';

let mirror: MirrorServer;
let manifestFile: string;
let manifest: DatasetManifest;
let cache: string;

const shared = (path: string): Promise<Buffer> => readFile(join(SHARED_DATA, path));
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const urlPathOf = (path: string): string => {
  const dataset = manifest.datasets.find((d) => path.startsWith(`${d.folder}/`))!;
  return mirrorPath(dataset, dataset.files.find((f) => f.path === path)!.upstream);
};
const pull = (options: PullOptions = {}) =>
  pullDatasets({ dir: cache, manifestFile, mirror: mirror.url, env: {}, retryDelayMs: 5, ...options });

beforeAll(async () => {
  mirror = await startMirror();
  ({ file: manifestFile, manifest } = await subsetManifest(await tempDir(), {
    'worldcup-db': [TOURNAMENTS, CODEBOOK],
    'openfootball-worldcup': [URUGUAY_1930],
    'international-results': 'all',
  }));
  for (const dataset of manifest.datasets) await serveDataset(mirror, dataset, SHARED_DATA);
});

beforeEach(async () => {
  cache = await tempDir('matchfacts-cache-');
  mirror.requests.length = 0;
  mirror.misbehaviour = {};
});

afterEach(() => {
  mirror.misbehaviour = {};
});

afterAll(async () => {
  await mirror.close();
  await removeTempDirs();
});

describe('data pull', () => {
  it('downloads each file from OWNER/REPO/COMMIT/<upstream path> into the shared/data layout, byte for byte', async () => {
    const result = await pull({ datasets: ['worldcup-db', 'openfootball-worldcup'] });
    for (const path of [TOURNAMENTS, CODEBOOK, URUGUAY_1930]) {
      expect((await readFile(join(cache, path))).equals(await shared(path)), path).toBe(true);
      expect(existsSync(join(cache, `${path}.part`))).toBe(false);
    }
    expect(mirror.requests.map((r) => r.path).sort()).toEqual([
      '/jfjelstul/worldcup/35a8667f518b07469182ae16d35574dd0e7a00fb/codebook/csv/datasets.csv',
      '/jfjelstul/worldcup/35a8667f518b07469182ae16d35574dd0e7a00fb/data-csv/tournaments.csv',
      '/openfootball/worldcup/bd46a148289f9930da66c140d4d7d2325e95d387/1930--uruguay/cup.txt',
    ]);
    expect(result.datasets.map((d) => [d.name, d.files, d.downloaded, d.present])).toEqual([
      ['worldcup-db', 2, 2, 0],
      ['openfootball-worldcup', 1, 1, 0],
    ]);
    expect(result.datasets[0]!.folder).toBe(join(cache, 'worldcup-db'));
    expect(result.datasets[0]!.attribution).toBe('© 2023 Joshua C. Fjelstul, Ph.D. — https://github.com/jfjelstul/worldcup');
    const state = await readCacheState(cache);
    expect(state['worldcup-db']?.commit).toBe('35a8667f518b07469182ae16d35574dd0e7a00fb');
    expect(state['openfootball-worldcup']?.files).toBe(1);
  });

  it('keeps files already there with the right checksum and asks the server nothing', async () => {
    await pull({ datasets: ['worldcup-db'] });
    mirror.requests.length = 0;
    const again = await pull({ datasets: ['worldcup-db'] });
    expect(mirror.requests).toEqual([]);
    expect(again.datasets[0]).toMatchObject({ present: 2, downloaded: 0 });
  });

  it('downloads again a file that is there with other content', async () => {
    await mkdir(dirname(join(cache, TOURNAMENTS)), { recursive: true });
    await writeFile(join(cache, TOURNAMENTS), 'edited by hand\n');
    const result = await pull({ datasets: ['worldcup-db'] });
    expect(result.datasets[0]).toMatchObject({ present: 0, downloaded: 2 });
    expect((await readFile(join(cache, TOURNAMENTS))).equals(await shared(TOURNAMENTS))).toBe(true);
  });

  it('resumes a .part with a Range request when the server honours it (206)', async () => {
    const whole = await shared(TOURNAMENTS);
    await mkdir(join(cache, 'worldcup-db'), { recursive: true });
    await writeFile(join(cache, `${TOURNAMENTS}.part`), whole.subarray(0, 1000));
    const result = await pull({ datasets: ['worldcup-db'] });
    const request = mirror.requests.find((r) => r.path === urlPathOf(TOURNAMENTS))!;
    expect(request).toMatchObject({ range: 'bytes=1000-', status: 206 });
    expect(result.datasets[0]).toMatchObject({ downloaded: 2, resumed: 1 });
    expect((await readFile(join(cache, TOURNAMENTS))).equals(whole)).toBe(true);
    expect(existsSync(join(cache, `${TOURNAMENTS}.part`))).toBe(false);
  });

  it('starts over when the server ignores Range and sends the whole file (200)', async () => {
    mirror.misbehaviour = { ignoreRange: true };
    const whole = await shared(TOURNAMENTS);
    await mkdir(join(cache, 'worldcup-db'), { recursive: true });
    await writeFile(join(cache, `${TOURNAMENTS}.part`), whole.subarray(0, 1000));
    const result = await pull({ datasets: ['worldcup-db'] });
    expect(mirror.requests.find((r) => r.path === urlPathOf(TOURNAMENTS))).toMatchObject({ range: 'bytes=1000-', status: 200 });
    expect(result.datasets[0]).toMatchObject({ downloaded: 2, resumed: 0 });
    expect((await readFile(join(cache, TOURNAMENTS))).equals(whole)).toBe(true);
  });

  it('a .part that does not belong to the file is thrown away and the file fetched whole', async () => {
    await mkdir(join(cache, 'worldcup-db'), { recursive: true });
    await writeFile(join(cache, `${TOURNAMENTS}.part`), Buffer.alloc(1000, 'x'));
    const result = await pull({ datasets: ['worldcup-db'] });
    const asked = mirror.requests.filter((r) => r.path === urlPathOf(TOURNAMENTS));
    expect(asked.map((r) => r.status)).toEqual([206, 200]);
    expect(result.datasets[0]).toMatchObject({ downloaded: 2, resumed: 0 });
    expect((await readFile(join(cache, TOURNAMENTS))).equals(await shared(TOURNAMENTS))).toBe(true);
  });

  it('a connection dropped mid-file is retried from the byte where it broke', async () => {
    mirror.misbehaviour = { drop: new Map([[urlPathOf(TOURNAMENTS), { after: 1500, times: 1 }]]) };
    const result = await pull({ datasets: ['worldcup-db'] });
    const asked = mirror.requests.filter((r) => r.path === urlPathOf(TOURNAMENTS));
    expect(asked).toEqual([
      { path: urlPathOf(TOURNAMENTS), status: 200 },
      { path: urlPathOf(TOURNAMENTS), range: 'bytes=1500-', status: 206 },
    ]);
    expect(result.datasets[0]).toMatchObject({ downloaded: 2, resumed: 1 });
    expect((await readFile(join(cache, TOURNAMENTS))).equals(await shared(TOURNAMENTS))).toBe(true);
  });

  it('a connection that stays broken fails naming the file, keeps the .part, and the next pull resumes it', async () => {
    // 1,000 bytes, cut; 1,000 more from there, cut again: 2,000 bytes kept after two attempts.
    mirror.misbehaviour = { drop: new Map([[urlPathOf(URUGUAY_1930), { after: 1000, times: 2 }]]) };
    const failed = pull({ datasets: ['openfootball-worldcup'], retries: 1 });
    await expect(failed).rejects.toThrow(MatchfactsError);
    await expect(failed).rejects.toThrow(
      new RegExp(`^${URUGUAY_1930}: the download from http://127\\.0\\.0\\.1:\\d+/openfootball/worldcup/.*/1930--uruguay/cup\\.txt broke off .*2 attempts.*kept in .*cup\\.txt\\.part`),
    );
    const part = join(cache, `${URUGUAY_1930}.part`);
    expect((await readFile(part)).equals((await shared(URUGUAY_1930)).subarray(0, 2000))).toBe(true);
    expect(existsSync(join(cache, URUGUAY_1930))).toBe(false);

    mirror.requests.length = 0;
    const result = await pull({ datasets: ['openfootball-worldcup'] });
    expect(mirror.requests).toEqual([{ path: urlPathOf(URUGUAY_1930), range: 'bytes=2000-', status: 206 }]);
    expect(result.datasets[0]).toMatchObject({ downloaded: 1, resumed: 1 });
    expect((await readFile(join(cache, URUGUAY_1930))).equals(await shared(URUGUAY_1930))).toBe(true);
  });

  it('a checksum mismatch deletes the download and names the file, the expected and the actual hash', async () => {
    mirror.misbehaviour = { corrupt: new Set([urlPathOf(URUGUAY_1930)]) };
    const bad = Buffer.from(await shared(URUGUAY_1930));
    const middle = Math.floor(bad.length / 2);
    bad[middle] = bad[middle]! ^ 0xff;
    const expected = manifest.datasets.find((d) => d.name === 'openfootball-worldcup')!.files[0]!.sha256;
    const error = await pull({ datasets: ['openfootball-worldcup'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MatchfactsError);
    expect((error as Error).message).toContain(`${URUGUAY_1930}: checksum mismatch — expected sha256 ${expected}, got ${sha256(bad)}`);
    expect(existsSync(join(cache, URUGUAY_1930))).toBe(false);
    expect(existsSync(join(cache, `${URUGUAY_1930}.part`))).toBe(false);
  });

  it('a 404 fails with a NotFoundError naming the URL', async () => {
    const path = urlPathOf(URUGUAY_1930);
    const bytes = mirror.files.get(path)!;
    mirror.files.delete(path);
    try {
      const error = await pull({ datasets: ['openfootball-worldcup'] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).toBe(`${URUGUAY_1930}: not found at ${mirror.url}${path} (HTTP 404)`);
      expect(mirror.requests.filter((r) => r.path === path)).toHaveLength(1); // a 404 is not retried
    } finally {
      mirror.files.set(path, bytes);
    }
  });

  it('a server error (503) is retried; one that persists fails naming the status and the URL', async () => {
    const path = urlPathOf(URUGUAY_1930);
    mirror.misbehaviour = { fail: new Map([[path, { status: 503, times: 1 }]]) };
    await pull({ datasets: ['openfootball-worldcup'] });
    expect(mirror.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([503, 200]);

    mirror.misbehaviour = { fail: new Map([[path, { status: 503, times: 3 }]]) };
    await expect(pull({ datasets: ['openfootball-worldcup'], dir: await tempDir('matchfacts-cache-') })).rejects.toThrow(
      `${URUGUAY_1930}: the server answered HTTP 503 Service Unavailable for ${mirror.url}${path}`,
    );
  });

  it('pulls the whole international-results data set: results, goalscorers, shootouts, former names', async () => {
    const result = await pull({ datasets: ['international-results'] });
    expect(result.datasets[0]).toMatchObject({ name: 'international-results', files: 4, downloaded: 4, bytes: 7_033_378 });
    for (const file of ['results.csv', 'goalscorers.csv', 'shootouts.csv', 'former_names.csv']) {
      const path = `international-results/${file}`;
      expect((await readFile(join(cache, path))).equals(await shared(path)), path).toBe(true);
    }
  });

  it('an unknown data set name is a usage error listing the known ones', async () => {
    await expect(pull({ datasets: ['worldcup'] })).rejects.toThrow(UsageError);
    await expect(pull({ datasets: ['worldcup'] })).rejects.toThrow('unknown data set "worldcup" (known: worldcup-db, international-results, openfootball-worldcup, or all)');
  });

  it('uses $MATCHFACTS_DATA_MIRROR and $XDG_CACHE_HOME when no option says otherwise', async () => {
    const xdg = await tempDir('matchfacts-xdg-');
    const result = await pullDatasets({
      datasets: ['openfootball-worldcup'],
      manifestFile,
      env: { MATCHFACTS_DATA_MIRROR: mirror.url, XDG_CACHE_HOME: xdg },
    });
    expect(result.dir).toBe(join(xdg, 'matchfacts'));
    expect(existsSync(join(xdg, 'matchfacts', URUGUAY_1930))).toBe(true);
  });
});
