import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParseError, ValidationError } from '../../domain/errors.js';
import type { MatchData } from '../../domain/match-data.js';
import { sha256 } from '../hash.js';
import { matchfactsJsonAdapter } from './adapter.js';

const here = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
const examples = here('./examples');
const atalantaFile = join(examples, 'valencia-atalanta-2020-03-10.json');
const postponedFile = join(examples, 'ucl-postponed-2020-03-17.json');
const suspendedFile = join(examples, 'ucl-suspended-2021-03-11.json');

let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'matchfacts-json-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});
const scratchFile = async (name: string, text: string): Promise<string> => {
  const file = join(scratch, name);
  await writeFile(file, text);
  return file;
};

const ilicic = (minute: number, penalty: boolean) =>
  ({ side: 'away', scorer: { name: 'Josip Iličić' }, minute, period: minute <= 45 ? 'first_half' : 'second_half', penalty, ownGoal: false }) as const;
const valencia = (scorer: string, minute: number) =>
  ({ side: 'home', scorer: { name: scorer }, minute, period: minute <= 45 ? 'first_half' : 'second_half', penalty: false, ownGoal: false }) as const;

describe('matchfactsJsonAdapter.read: 2019/20 Champions League, Valencia 3-4 Atalanta behind closed doors', () => {
  it('reads the match as MatchData: Iličić scores four, two of them penalties', async () => {
    const batch = await matchfactsJsonAdapter.read(atalantaFile);
    const expected: MatchData = {
      competition: { name: 'UEFA Champions League', sex: 'men', kind: 'cup' },
      edition: { name: '2019/20', startYear: 2019, endYear: 2020 },
      stage: { name: 'Round of 16', kind: 'round_of_16' },
      date: '2020-03-10',
      time: '21:00',
      utcOffset: '+01:00',
      venue: 'Mestalla',
      city: 'Valencia',
      country: 'Spain',
      home: { name: 'Valencia' },
      away: { name: 'Atalanta' },
      score: { halfTime: [1, 2], fullTime: [3, 4] },
      status: 'played',
      behindClosedDoors: true,
      goals: [
        ilicic(3, true),
        valencia('Kevin Gameiro', 21),
        ilicic(43, true),
        valencia('Kevin Gameiro', 51),
        valencia('Ferran Torres', 67),
        ilicic(71, false),
        ilicic(82, false),
      ],
    };
    expect(batch.format).toBe('matchfacts-json');
    expect(batch.origin).toBe(atalantaFile);
    expect(batch.matches).toEqual([{ sourceKey: 'json:2020-03-10/Valencia/Atalanta', file: atalantaFile, line: 1, match: expected }]);
    expect(batch.statusUpdates).toEqual([]);
  });
  it('records the input file with its hash and one entry', async () => {
    const batch = await matchfactsJsonAdapter.read(atalantaFile);
    expect(batch.inputs).toEqual([{ file: atalantaFile, sha256: sha256(await readFile(atalantaFile)), rows: 1 }]);
  });
  it('puts goals typed out of order in the order they were scored', async () => {
    const entry = JSON.parse(await readFile(atalantaFile, 'utf8')) as { goals: unknown[] };
    const file = await scratchFile('reversed.json', JSON.stringify({ ...entry, goals: [...entry.goals].reverse() }));
    const [incoming] = (await matchfactsJsonAdapter.read(file)).matches;
    expect(incoming?.match.goals?.map((goal) => goal.minute)).toEqual([3, 21, 43, 51, 67, 71, 82]);
  });
});

describe('matchfactsJsonAdapter.read: status updates', () => {
  it('March 2020: the round-of-16 second legs in Manchester and Turin are postponed', async () => {
    const batch = await matchfactsJsonAdapter.read(postponedFile);
    const note = 'Postponed by UEFA because of the COVID-19 pandemic';
    expect(batch.matches).toEqual([]);
    expect(batch.statusUpdates).toEqual([
      { sourceKey: 'json:2020-03-17/Manchester City#status', file: postponedFile, line: 2, date: '2020-03-17', team: 'Manchester City', status: 'postponed', statusNote: note },
      { sourceKey: 'json:2020-03-17/Juventus#status', file: postponedFile, line: 9, date: '2020-03-17', team: 'Juventus', status: 'postponed', statusNote: note },
    ]);
    expect(batch.inputs[0]?.rows).toBe(2);
  });
});

describe('matchfactsJsonAdapter.read: errors name file:line:column', () => {
  it('a match without a date', async () => {
    const file = await scratchFile('cup.json', '[\n  {\n    "kind": "match",\n    "competition": "UEFA Champions League",\n    "season": "2019/20",\n    "home": "Valencia",\n    "away": "Atalanta"\n  }\n]\n');
    const reading = matchfactsJsonAdapter.read(file);
    await expect(reading).rejects.toBeInstanceOf(ValidationError);
    await expect(reading).rejects.toThrow(`${file}:2:3: match is missing "date" (expected YYYY-MM-DD)`);
  });
  it('broken JSON is a ParseError at the broken character', async () => {
    const file = await scratchFile('broken.json', '{\n  "kind": "match",\n  "date": "2020-03-10"\n  "home": "Valencia"\n}\n');
    const reading = matchfactsJsonAdapter.read(file);
    await expect(reading).rejects.toBeInstanceOf(ParseError);
    await expect(reading).rejects.toMatchObject({ location: { file, line: 4, column: 3 } });
  });
  it('the same match entered twice', async () => {
    const text = await readFile(atalantaFile, 'utf8');
    const file = await scratchFile('twice.json', `[${text}, ${text}]`);
    await expect(matchfactsJsonAdapter.read(file)).rejects.toThrow(/match 2020-03-10 Valencia v Atalanta is entered twice \(first at .*twice\.json:1:2\)/);
  });
});

describe('matchfactsJsonAdapter: files and folders', () => {
  it('detects its own files and folders, and nothing else', async () => {
    expect(await matchfactsJsonAdapter.detect(atalantaFile)).toBe(true);
    expect(await matchfactsJsonAdapter.detect(examples)).toBe(true);
    expect(await matchfactsJsonAdapter.detect(here('../../../package.json'))).toBe(false);
    expect(await matchfactsJsonAdapter.detect(here('./README.md'))).toBe(false);
    expect(await matchfactsJsonAdapter.detect(join(scratch, 'missing.json'))).toBe(false);
  });
  it('reads a folder file by file, in name order, reporting progress', async () => {
    const progress: string[] = [];
    const batch = await matchfactsJsonAdapter.read(examples, ({ file, done, total }) => progress.push(`${done}/${total} ${file}`));
    expect(batch.inputs.map((input) => input.file)).toEqual([postponedFile, suspendedFile, atalantaFile]);
    expect(batch.matches).toHaveLength(1);
    expect(batch.statusUpdates).toHaveLength(2);
    expect(batch.competitionStatuses).toMatchObject([{ competition: 'UEFA Champions League', season: '2020/21', status: 'suspended', since: '2021-03-11' }]);
    expect(progress).toEqual([`1/3 ${postponedFile}`, `2/3 ${suspendedFile}`, `3/3 ${atalantaFile}`]);
  });
});

describe('README.md', () => {
  it('shows the example files exactly', async () => {
    const readme = await readFile(here('./README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(blocks).toEqual([
      await readFile(atalantaFile, 'utf8'),
      await readFile(postponedFile, 'utf8'),
      await readFile(suspendedFile, 'utf8'),
    ]);
  });
});
