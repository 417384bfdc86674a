// The committed manifest: four data sets at their pinned commits, and every file in it byte for
// byte the file in shared/data — no more, no fewer; the four league repositories (extras, not in
// `all`) byte for byte their copies in shared/corpus/openfootball.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatchfactsError, UsageError } from '../domain/errors.js';
import { fileUrl } from './dataset-urls.js';
import { digestFile } from './file-digest.js';
import { loadManifest, MANIFEST_FILE, parseManifest, selectDatasets, upstreamPathOf } from './manifest.js';
import { SHARED_DATA } from './test-support/fixtures.js';

const CORPUS = join(SHARED_DATA, '..', 'corpus', 'openfootball');
const LEAGUES = ['england', 'deutschland', 'espana', 'italy'];

async function filesUnder(root: string, folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(root, folder), { withFileTypes: true })) {
    // Dot files (openfootball's `.conf.txt`) are no part of a data set, as write-manifest has it.
    if (entry.name.startsWith('.')) continue;
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await filesUnder(root, path)));
    else found.push(path);
  }
  return found;
}

describe('datasets/manifest.json', () => {
  it('is found next to the package root and pins the four data sets of shared/data/README.md', async () => {
    expect(MANIFEST_FILE).toBe(join(process.cwd(), 'datasets', 'manifest.json'));
    const manifest = await loadManifest();
    const core = manifest.datasets.filter((d) => d.extra !== true);
    expect(core.map((d) => [d.name, d.repo, d.commit, d.folder, d.licence])).toEqual([
      ['worldcup-db', 'jfjelstul/worldcup', '35a8667f518b07469182ae16d35574dd0e7a00fb', 'worldcup-db', 'CC-BY-SA-4.0'],
      ['international-results', 'martj42/international_results', '65d212aac5deec5157071dcf6e9b05fce0223c84', 'international-results', 'CC0-1.0'],
      ['openfootball-worldcup', 'openfootball/worldcup', 'bd46a148289f9930da66c140d4d7d2325e95d387', 'football-txt/worldcup', 'CC0-1.0'],
      ['openfootball-champions-league', 'openfootball/champions-league', '8312624b508373c13d111cf4ec2d273d404ba13e', 'football-txt/champions-league', 'CC0-1.0'],
    ]);
    expect(manifest.datasets[0]!.attribution).toBe('© 2023 Joshua C. Fjelstul, Ph.D. — https://github.com/jfjelstul/worldcup');
  });

  it('lists every file of shared/data with its exact size and SHA-256', async () => {
    const manifest = await loadManifest();
    for (const dataset of manifest.datasets.filter((d) => d.extra !== true)) {
      const listed = dataset.files.map((f) => f.path);
      expect(listed.slice().sort(), dataset.name).toEqual((await filesUnder(SHARED_DATA, dataset.folder)).sort());
      for (const file of dataset.files) {
        expect(await digestFile(join(SHARED_DATA, file.path)), file.path).toEqual({ size: file.size, sha256: file.sha256 });
      }
    }
    expect(manifest.datasets.filter((d) => d.extra !== true).reduce((n, d) => n + d.files.length, 0)).toBe(87);
  });

  it('offers the league repositories england, deutschland, espana and italy at the commits of shared/corpus/README.md, every file byte for byte', async () => {
    const manifest = await loadManifest();
    const leagues = manifest.datasets.filter((d) => d.extra === true);
    expect(leagues.map((d) => [d.name, d.repo, d.commit, d.folder, d.licence])).toEqual([
      ['openfootball-england', 'openfootball/england', '1303dcb3cae7c1eafbb6a86ffd5bb119e8bf61af', 'football-txt/england', 'CC0-1.0'],
      ['openfootball-deutschland', 'openfootball/deutschland', '0bf93bbeb01d5ae81a254ee7192910ff65dda8d3', 'football-txt/deutschland', 'CC0-1.0'],
      ['openfootball-espana', 'openfootball/espana', 'a3fd997aabb623ccdc1f8006e5f31525be6f89c6', 'football-txt/espana', 'CC0-1.0'],
      ['openfootball-italy', 'openfootball/italy', '6116d8ad88bc877545e29ea484fbefa368e70f67', 'football-txt/italy', 'CC0-1.0'],
    ]);
    for (const [i, dataset] of leagues.entries()) {
      const country = LEAGUES[i]!;
      const inCorpus = (await filesUnder(CORPUS, country)).map((path) => `football-txt/${path}`);
      expect(dataset.files.map((f) => f.path).sort(), dataset.name).toEqual(inCorpus.sort());
      for (const file of dataset.files) {
        expect(await digestFile(join(CORPUS, file.path.slice('football-txt/'.length))), file.path).toEqual({ size: file.size, sha256: file.sha256 });
      }
    }
    const premierLeague = leagues[0]!.files.find((f) => f.path === 'football-txt/england/2024-25/1-premierleague.txt')!;
    expect(fileUrl(leagues[0]!, premierLeague)).toBe(
      'https://raw.githubusercontent.com/openfootball/england/1303dcb3cae7c1eafbb6a86ffd5bb119e8bf61af/2024-25/1-premierleague.txt',
    );
  });

  it('maps local paths to the upstream layout: data-csv/ and codebook/csv/ for the World Cup database', async () => {
    const [worldcupDb, results] = await loadManifest().then((m) => m.datasets);
    expect(upstreamPathOf(worldcupDb!, 'worldcup-db/matches.csv')).toBe('data-csv/matches.csv');
    expect(upstreamPathOf(worldcupDb!, 'worldcup-db/codebook/variables.csv')).toBe('codebook/csv/variables.csv');
    expect(upstreamPathOf(results!, 'international-results/results.csv')).toBe('results.csv');
    const matches = worldcupDb!.files.find((f) => f.path === 'worldcup-db/matches.csv')!;
    expect(fileUrl(worldcupDb!, matches)).toBe('https://raw.githubusercontent.com/jfjelstul/worldcup/35a8667f518b07469182ae16d35574dd0e7a00fb/data-csv/matches.csv');
    expect(fileUrl(worldcupDb!, matches, { mirror: 'http://127.0.0.1:9/mirror/' })).toBe(
      'http://127.0.0.1:9/mirror/jfjelstul/worldcup/35a8667f518b07469182ae16d35574dd0e7a00fb/data-csv/matches.csv',
    );
  });

  it('a manifest whose paths leave the data folder, or break the layout, is refused with every problem named', async () => {
    const manifest = structuredClone(await loadManifest());
    const dataset = manifest.datasets[1] as unknown as { files: { path: string; upstream: string }[] };
    dataset.files[0]!.path = 'international-results/../../etc/passwd';
    dataset.files[1]!.upstream = 'elsewhere.csv';
    expect(() => parseManifest(manifest, 'bad.json')).toThrow(MatchfactsError);
    expect(() => parseManifest(manifest, 'bad.json')).toThrow(/^bad\.json: not a valid data set manifest:\n {2}\.datasets\[1\]\.files\[0\]\.path: a relative path/);
    expect(() => parseManifest(manifest, 'bad.json')).toThrow(/\.datasets\[1\]\.files\[1\]\.upstream: does not follow the layout rules \(they give goalscorers\.csv\)/);
  });

  it('selects data sets by name, "all" or none meaning every one but the league extras', async () => {
    const manifest = await loadManifest();
    expect(selectDatasets(manifest).map((d) => d.name)).toHaveLength(4);
    expect(selectDatasets(manifest, ['all']).map((d) => d.name)).toHaveLength(4);
    expect(selectDatasets(manifest, ['openfootball-italy']).map((d) => d.name)).toEqual(['openfootball-italy']);
    expect(selectDatasets(manifest, ['openfootball-worldcup', 'worldcup-db']).map((d) => d.name)).toEqual(['worldcup-db', 'openfootball-worldcup']);
    expect(() => selectDatasets(manifest, ['champions-league'])).toThrow(UsageError);
  });
});
