// `matchfacts data pull | list` as commander runs them (in process), against a loopback mirror.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { registerData } from '../cli/commands/data.js';
import { runDataCommand, useMirror } from './test-support/run-data-command.js';
import { removeTempDirs, SHARED_DATA, subsetManifest, tempDir } from './test-support/fixtures.js';
import { serveDataset, startMirror, type MirrorServer } from './test-support/mirror-server.js';

let mirror: MirrorServer;
let manifestFile: string;
let cache: string;
let restoreMirror: () => void;

const matchfacts = runDataCommand;

beforeAll(async () => {
  mirror = await startMirror();
  const subset = await subsetManifest(await tempDir(), {
    'worldcup-db': ['worldcup-db/tournaments.csv'],
    'openfootball-champions-league': ['football-txt/champions-league/2011-12/cl.txt'],
  });
  manifestFile = subset.file;
  for (const dataset of subset.manifest.datasets) await serveDataset(mirror, dataset, SHARED_DATA);
  restoreMirror = useMirror(mirror.url);
  cache = await tempDir('matchfacts-cache-');
});

afterAll(async () => {
  restoreMirror();
  await mirror.close();
  await removeTempDirs();
});

describe('matchfacts data', () => {
  it('data pull --dataset worldcup-db: a table, where the data is, and the CC-BY-SA attribution', async () => {
    const { stdout, stderr } = await matchfacts('data', 'pull', '--dataset', 'worldcup-db', '--dir', cache, '--manifest', manifestFile);
    expect(stdout).toMatch(/^dataset\s+commit\s+files\s+downloaded\s+present\s+size\n[- ]+\nworldcup-db\s+35a8667\s+1\s+1\s+0\s+3\.3 kB\n/);
    expect(stdout).toContain(`data in ${cache}; import it with: matchfacts import ${cache}`);
    expect(stdout).toContain('worldcup-db is CC-BY-SA-4.0: whatever displays or redistributes it must credit "© 2023 Joshua C. Fjelstul, Ph.D. — https://github.com/jfjelstul/worldcup"');
    // stderr is not a terminal here: plain lines, no bars.
    expect(stderr).toContain('worldcup-db: 1 files, 3.3 kB, github.com/jfjelstul/worldcup at 35a8667');
    expect(stderr).toContain(`worldcup-db: 1 downloaded (3.3 kB), 0 already present; ready in ${join(cache, 'worldcup-db')}`);
    expect(existsSync(join(cache, 'worldcup-db', 'tournaments.csv'))).toBe(true);
  });

  it('data pull --json: the result for programs, nothing on stderr', async () => {
    const { stdout, stderr } = await matchfacts('data', 'pull', '--dir', cache, '--manifest', manifestFile, '--json');
    const result = JSON.parse(stdout) as { dir: string; datasets: { name: string; present: number; downloaded: number }[] };
    expect(result.dir).toBe(cache);
    expect(result.datasets.map((d) => [d.name, d.present, d.downloaded])).toEqual([
      ['worldcup-db', 1, 0],
      ['openfootball-champions-league', 0, 1],
    ]);
    expect(stderr).toBe('');
  });

  it('data list: version, files, size, complete, licence, attribution and where import reads from', async () => {
    const { stdout } = await matchfacts('data', 'list', '--dir', cache, '--manifest', manifestFile);
    expect(stdout).toMatch(/worldcup-db\s+35a8667\s+1\/1\s+3\.3 kB\s+yes\s+CC-BY-SA-4\.0/);
    expect(stdout).toMatch(/openfootball-champions-league\s+8312624\s+1\/1\s+10 kB\s+yes\s+CC0-1\.0/);
    expect(stdout).toContain('  worldcup-db: © 2023 Joshua C. Fjelstul, Ph.D. — https://github.com/jfjelstul/worldcup (CC-BY-SA-4.0, https://creativecommons.org/licenses/by-sa/4.0/legalcode)');
    expect(stdout).toContain('matchfacts import NAME reads:');
    const json = JSON.parse((await matchfacts('data', 'list', '--dir', cache, '--manifest', manifestFile, '--json')).stdout) as {
      datasets: { name: string; complete: boolean; importReads: { source: string } }[];
    };
    expect(json.datasets.map((d) => [d.name, d.complete])).toEqual([
      ['worldcup-db', true],
      ['openfootball-champions-league', true],
    ]);
  });

  it('an unknown --dataset is a usage error', async () => {
    await expect(matchfacts('data', 'pull', '--dataset', 'premier-league', '--dir', cache, '--manifest', manifestFile)).rejects.toThrow(
      'unknown data set "premier-league" (known: worldcup-db, openfootball-champions-league, or all)',
    );
  });

  it('--help teaches with examples', () => {
    const program = new Command().name('matchfacts');
    registerData(program);
    const data = program.commands.find((c) => c.name() === 'data')!;
    const help = (name: string): string => {
      let text = '';
      const command = data.commands.find((c) => c.name() === name)!;
      command.configureOutput({ writeOut: (s) => (text += s) });
      command.outputHelp();
      return text;
    };
    expect(help('pull')).toContain('matchfacts data pull --dataset worldcup-db --dataset international-results');
    expect(help('pull')).toContain('MATCHFACTS_DATA_MIRROR');
    expect(help('list')).toContain('matchfacts data list --dir ./data --json');
  });
});
