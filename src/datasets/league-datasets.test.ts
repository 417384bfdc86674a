// `matchfacts data pull --dataset openfootball-england`: a league repository pulled from a loopback
// mirror (MATCHFACTS_DATA_MIRROR) that serves the corpus copies of its files, byte for byte.
import { readFile, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataCommand, useMirror } from './test-support/run-data-command.js';
import { removeTempDirs, SHARED_DATA, subsetManifest, tempDir } from './test-support/fixtures.js';
import { serveDataset, startMirror, type MirrorServer } from './test-support/mirror-server.js';

const CORPUS = resolve(SHARED_DATA, '..', 'corpus', 'openfootball');
const PREMIER_LEAGUE = 'football-txt/england/2024-25/1-premierleague.txt';
const RSSSF = 'football-txt/england/rsssf/eng2024-premierleague.txt';

let mirror: MirrorServer;
let manifestFile: string;
let cache: string;
let restoreMirror: () => void;

const matchfacts = runDataCommand;

beforeAll(async () => {
  mirror = await startMirror();
  const subset = await subsetManifest(await tempDir(), { 'openfootball-england': [PREMIER_LEAGUE, RSSSF] });
  manifestFile = subset.file;
  // The corpus keeps the repositories as openfootball/<country>: a data folder whose football-txt/ is that folder.
  const dataRoot = await tempDir('matchfacts-leagues-');
  await symlink(CORPUS, join(dataRoot, 'football-txt'));
  for (const dataset of subset.manifest.datasets) await serveDataset(mirror, dataset, dataRoot);
  restoreMirror = useMirror(mirror.url);
  cache = await tempDir('matchfacts-cache-');
});

afterAll(async () => {
  restoreMirror();
  await mirror.close();
  await removeTempDirs();
});

describe('league data sets', () => {
  it('data pull --dataset openfootball-england fetches openfootball/england at its pinned commit, byte for byte, with the CC0 licence', async () => {
    const { stdout } = await matchfacts('data', 'pull', '--dataset', 'openfootball-england', '--dir', cache, '--manifest', manifestFile);
    expect(stdout).toMatch(/openfootball-england\s+1303dcb\s+2\s+2\s+0\s/);
    expect(mirror.requests.map((r) => r.path)).toContain('/openfootball/england/1303dcb3cae7c1eafbb6a86ffd5bb119e8bf61af/2024-25/1-premierleague.txt');
    for (const path of [PREMIER_LEAGUE, RSSSF]) {
      expect(await readFile(join(cache, path))).toEqual(await readFile(join(CORPUS, path.slice('football-txt/'.length))));
    }
    const { stdout: list } = await matchfacts('data', 'list', '--dir', cache, '--manifest', manifestFile);
    expect(list).toMatch(/openfootball-england\s+1303dcb/);
    expect(list).toContain('CC0-1.0');
  });
});
