// Data set names for `matchfacts import`: $MATCHFACTS_DATA first, then ../shared/data from the
// working folder, then the cache — downloaded from a loopback mirror on first use.
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../domain/errors.js';
import { locateDataset, resolveDatasetPaths, type ResolveOptions } from './resolve-dataset-paths.js';
import { removeTempDirs, SHARED_DATA, subsetManifest, tempDir } from './test-support/fixtures.js';
import { serveDataset, startMirror, type MirrorServer } from './test-support/mirror-server.js';
import type { DatasetManifest } from './manifest.js';

const FOLDERS = ['worldcup-db', 'international-results', 'football-txt/worldcup', 'football-txt/champions-league'];

let mirror: MirrorServer;
let manifestFile: string;
let manifest: DatasetManifest;
/** A working folder with ../shared/data beside it (a copy of the layout, linked to the real data). */
let besideShared: string;
/** A working folder with nothing beside it. */
let alone: string;
let cache: string;
let lines: string[];

const options = (extra: Partial<ResolveOptions> = {}): ResolveOptions => ({
  env: {},
  cwd: alone,
  dir: cache,
  manifestFile,
  log: (line) => lines.push(line),
  pullOptions: { mirror: mirror.url, retryDelayMs: 5 },
  ...extra,
});

beforeAll(async () => {
  mirror = await startMirror();
  ({ file: manifestFile, manifest } = await subsetManifest(await tempDir(), {
    'worldcup-db': ['worldcup-db/tournaments.csv', 'worldcup-db/teams.csv'],
    'international-results': ['international-results/former_names.csv'],
    'openfootball-worldcup': ['football-txt/worldcup/2022--qatar/cup.txt', 'football-txt/worldcup/2022--qatar/cup_finals.txt'],
    'openfootball-champions-league': ['football-txt/champions-league/2011-12/cl.txt'],
  }));
  for (const dataset of manifest.datasets) await serveDataset(mirror, dataset, SHARED_DATA);

  const checkout = await tempDir('matchfacts-checkout-');
  besideShared = join(checkout, 'main');
  await mkdir(besideShared);
  await mkdir(join(checkout, 'shared', 'data', 'football-txt'), { recursive: true });
  await symlink(join(SHARED_DATA, 'worldcup-db'), join(checkout, 'shared', 'data', 'worldcup-db'));
  await symlink(join(SHARED_DATA, 'football-txt', 'worldcup'), join(checkout, 'shared', 'data', 'football-txt', 'worldcup'));
  alone = await tempDir('matchfacts-alone-');
});

beforeEach(async () => {
  cache = await tempDir('matchfacts-cache-');
  lines = [];
  mirror.requests.length = 0;
});

afterAll(async () => {
  await mirror.close();
  await removeTempDirs();
});

describe('resolveDatasetPaths', () => {
  it('$MATCHFACTS_DATA comes first: names become its folders, other arguments pass through', async () => {
    const paths = await resolveDatasetPaths(['worldcup-db', 'fixes/result.json', 'openfootball-champions-league'], options({ env: { MATCHFACTS_DATA: SHARED_DATA }, cwd: besideShared }));
    expect(paths).toEqual([join(SHARED_DATA, 'worldcup-db'), 'fixes/result.json', join(SHARED_DATA, 'football-txt', 'champions-league')]);
    expect(lines).toEqual([]);
    expect(mirror.requests).toEqual([]);
  });

  it('"all" is every data set, once each', async () => {
    const paths = await resolveDatasetPaths(['all', 'worldcup-db'], options({ env: { MATCHFACTS_DATA: SHARED_DATA } }));
    expect(paths).toEqual(FOLDERS.map((f) => join(SHARED_DATA, f)));
  });

  it('a data set missing from $MATCHFACTS_DATA is a NotFoundError saying which folder was expected', async () => {
    const empty = await tempDir('matchfacts-empty-');
    const error = await resolveDatasetPaths(['international-results'], options({ env: { MATCHFACTS_DATA: empty } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain(`$MATCHFACTS_DATA is ${empty}, but it has no international-results/ for international-results`);
  });

  it('without $MATCHFACTS_DATA, ../shared/data beside the working folder', async () => {
    const shared = join(besideShared, '..', 'shared', 'data');
    const paths = await resolveDatasetPaths(['worldcup-db', 'openfootball-worldcup'], options({ cwd: besideShared }));
    expect(paths).toEqual([join(shared, 'worldcup-db'), join(shared, 'football-txt', 'worldcup')]);
    expect(mirror.requests).toEqual([]);
  });

  it('a data set that ../shared/data lacks comes from the cache, downloaded on first use with a line saying so', async () => {
    const paths = await resolveDatasetPaths(['international-results'], options({ cwd: besideShared }));
    expect(paths).toEqual([join(cache, 'international-results')]);
    expect(lines[0]).toBe(
      `matchfacts: international-results is not in $MATCHFACTS_DATA or ../shared/data; downloading it from github.com/martj42/international_results at 65d212a into ${cache}`,
    );
    expect((await readFile(join(cache, 'international-results', 'former_names.csv'))).equals(await readFile(join(SHARED_DATA, 'international-results', 'former_names.csv')))).toBe(true);
  });

  it('with neither, the cache: pulled on first use, read as it is afterwards', async () => {
    const first = await resolveDatasetPaths(['all'], options());
    expect(first).toEqual(FOLDERS.map((f) => join(cache, f)));
    expect(lines.filter((l) => l.startsWith('matchfacts: '))).toEqual([
      `matchfacts: worldcup-db, international-results, openfootball-worldcup, openfootball-champions-league are not in $MATCHFACTS_DATA or ../shared/data; downloading them from GitHub at their pinned commits into ${cache}`,
    ]);
    expect(mirror.requests).toHaveLength(6);
    expect(existsSync(join(cache, 'football-txt', 'worldcup', '2022--qatar', 'cup_finals.txt'))).toBe(true);

    lines = [];
    mirror.requests.length = 0;
    expect(await resolveDatasetPaths(['openfootball-worldcup'], options())).toEqual([join(cache, 'football-txt', 'worldcup')]);
    expect(lines).toEqual([]);
    expect(mirror.requests).toEqual([]);
  });

  it('with pull: false, a data set not in the cache is a NotFoundError that says how to get it', async () => {
    const error = await resolveDatasetPaths(['worldcup-db'], options({ pull: false })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(`worldcup-db is not in $MATCHFACTS_DATA, ../shared/data or the cache ${cache}; run \`matchfacts data pull --dataset worldcup-db\``);
  });

  it('a name that is also a file or folder in the working folder is that path', async () => {
    const cwd = await tempDir('matchfacts-cwd-');
    await mkdir(join(cwd, 'worldcup-db'));
    expect(await resolveDatasetPaths(['worldcup-db'], options({ cwd, env: { MATCHFACTS_DATA: SHARED_DATA } }))).toEqual(['worldcup-db']);
  });

  it('locateDataset says where a data set would be read from, downloading nothing', async () => {
    const worldcup = manifest.datasets.find((d) => d.name === 'openfootball-worldcup')!;
    const results = manifest.datasets.find((d) => d.name === 'international-results')!;
    expect(await locateDataset(worldcup, options({ cwd: besideShared }))).toMatchObject({ source: 'shared-data', ready: true });
    expect(await locateDataset(results, options({ cwd: besideShared }))).toEqual({
      name: 'international-results',
      source: 'cache',
      folder: join(cache, 'international-results'),
      ready: false,
    });
    expect(await locateDataset(results, options({ env: { MATCHFACTS_DATA: SHARED_DATA } }))).toMatchObject({ source: 'MATCHFACTS_DATA', ready: true });
    expect(mirror.requests).toEqual([]);
  });
});
