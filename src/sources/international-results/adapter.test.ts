import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors.js';
import type { IncomingMatch, SourceBatch } from '../source-batch.js';
import { internationalResultsAdapter } from './adapter.js';
import { FILES } from './codes.js';

const FOLDER = resolve(process.cwd(), '../shared/data/international-results');

let batch: SourceBatch;
beforeAll(async () => {
  const started = performance.now();
  batch = await internationalResultsAdapter.read(FOLDER);
  console.log(`international-results read() took ${Math.round(performance.now() - started)} ms`);
});

function match(key: string): IncomingMatch['match'] {
  const found = batch.matches.find((m) => m.sourceKey === key);
  if (found === undefined) throw new Error(`no match ${key}`);
  return found.match;
}

describe('international-results: every row is in the batch', () => {
  it('49,520 matches with unique source keys', () => {
    expect(batch.matches).toHaveLength(49520);
    expect(new Set(batch.matches.map((m) => m.sourceKey)).size).toBe(49520);
    expect(batch.inputs.map((input) => input.rows)).toEqual([49520, 47914, 683, 36]);
  });

  it('47,914 goals, 44 of them without a named scorer', () => {
    const goals = batch.matches.flatMap((m) => m.match.goals ?? []);
    expect(goals).toHaveLength(47914);
    expect(goals.filter((goal) => goal.scorer === undefined)).toHaveLength(44);
  });

  it('683 shoot-outs: 682 attached, one naming a match results.csv lacks becomes a notice', () => {
    expect(batch.matches.filter((m) => m.match.score.shootoutWinner !== undefined)).toHaveLength(682);
    expect(batch.notices).toEqual([
      expect.objectContaining({
        sourceKey: '2011-06-29/Saare County/Åland Islands',
        line: 424,
        message: 'shoot-out not attached: results.csv has no such match',
      }),
    ]);
    expect(batch.notices[0]?.file).toMatch(/shootouts\.csv$/);
  });

  it('36 former names become dated aliases', () => {
    expect(batch.teams.flatMap((team) => team.aliases)).toHaveLength(36);
    expect(batch.teams.every((team) => team.national)).toBe(true);
  });

  it('Tahiti played New Caledonia twice on 1974-02-17: the second match gets #2', () => {
    expect(match('1974-02-17/Tahiti/New Caledonia').score.fullTime).toEqual([2, 1]);
    expect(match('1974-02-17/Tahiti/New Caledonia#2').score.fullTime).toEqual([1, 2]);
  });
});

describe('international-results: real matches', () => {
  // This source counts Messi's extra-time goal (108:xx) as the 109th minute; worldcup-db says 108'.
  it('2022 final Argentina 3-3 France: Argentina won the shoot-out, six goals with Messi 109\' here', () => {
    const final = match('2022-12-18/Argentina/France');
    expect(final).toMatchObject({
      competition: { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' },
      edition: { name: '2022', startYear: 2022, endYear: 2022 },
      city: 'Lusail',
      country: 'Qatar',
      neutral: true,
      status: 'played',
    });
    expect(final.score).toEqual({ fullTime: [3, 3], resultOnly: true, shootoutWinner: 'home', shootoutFirstKicker: 'away' });
    expect(final.goals).toHaveLength(6);
    expect(final.goals?.[4]).toEqual({ side: 'home', scorer: { name: 'Lionel Messi' }, minute: 109, penalty: false, ownGoal: false });
  });

  it('1930 France 4-1 Mexico: Lucien Laurent 19\'', () => {
    const opener = match('1930-07-13/France/Mexico');
    expect(opener.score.fullTime).toEqual([4, 1]);
    expect(opener.goals?.[0]).toMatchObject({ side: 'home', scorer: { name: 'Lucien Laurent' }, minute: 19 });
  });

  it('an own goal is credited to the team that benefited: Spain\'s Pedro Vallana for Italy, 1924', () => {
    const goal = match('1924-05-25/Italy/Spain').goals?.find((g) => g.ownGoal);
    expect(goal).toMatchObject({ side: 'home', scorer: { name: 'Pedro Vallana' }, minute: 84 });
  });

  it('the first international, Scotland 0-0 England 1872, has no goals; a scoring match without goal rows has unknown goals', () => {
    expect(batch.matches[0]).toMatchObject({ sourceKey: '1872-11-30/Scotland/England', line: 2 });
    expect(match('1872-11-30/Scotland/England').goals).toEqual([]);
    expect(match('1873-03-08/England/Scotland').goals).toBeUndefined();
  });

  it('Dahomey is a former name of Benin until 1975-11-30', () => {
    const benin = batch.teams.find((team) => team.team.name === 'Benin');
    expect(benin?.aliases).toEqual([{ name: 'Dahomey', from: '1959-11-08', to: '1975-11-30' }]);
    expect(batch.teams.some((team) => team.team.name === 'Dahomey')).toBe(false);
  });
});

describe('international-results: bad input', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'international-results-'));
    for (const name of FILES) {
      if (name === 'results.csv') {
        const lines = (await readFile(join(FOLDER, name), 'utf8')).split('\n');
        lines[2] = (lines[2] ?? '').replace(',4,2,', ',four,2,');
        await writeFile(join(folder, name), lines.join('\n'));
      } else {
        await symlink(join(FOLDER, name), join(folder, name));
      }
    }
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('detects the folder, not the World Cup database', async () => {
    expect(await internationalResultsAdapter.detect(FOLDER)).toBe(true);
    expect(await internationalResultsAdapter.detect(resolve(process.cwd(), '../shared/data/worldcup-db'))).toBe(false);
  });

  it('a score that is not a number names results.csv:3 and the field', async () => {
    const error: unknown = await internationalResultsAdapter.read(folder).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/results\.csv:3:\d+: home_score should be a whole number, found 'four'/);
    expect((error as ValidationError).field).toBe('home_score');
  });
});
