// Live input: a new match typed as JSON, then a change of its status, into a store holding real data.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { ValidationError } from '../../src/domain/errors.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

const VALENCIA_ATALANTA = resolve('src/sources/json/examples/valencia-atalanta-2020-03-10.json');

describe('matchfacts JSON as live input', () => {
  it('Valencia 3-4 Atalanta, 10 March 2020: added once, behind closed doors, Iličić four goals', async () => {
    const dir = tempDir();
    const store = await openStore(join(dir, 'live.db'));
    await importPath(store, [sharedPath('football-txt', 'champions-league', '2020-21')]);
    const first = await importPath(store, [VALENCIA_ATALANTA]);
    expect(first.sources[0]?.entities.find((e) => e.entity === 'matches')?.added).toBe(1);
    const [match] = await readMatches(store.db, { date: '2020-03-10', team: 'Atalanta' });
    expect(match?.data.behindClosedDoors).toBe(true);
    expect(match?.goals.filter((g) => g.scorer === 'Josip Iličić')).toHaveLength(4);
    expect(match?.data.score.fullTime).toEqual([3, 4]);
    const again = await importPath(store, [VALENCIA_ATALANTA]);
    expect(again.changed).toBe(false);
    await store.close();
  });

  it('a status change reaches the stored match; one naming no stored match is refused', async () => {
    const dir = tempDir();
    const store = await openStore(join(dir, 'status.db'));
    await importPath(store, [VALENCIA_ATALANTA]);
    const update = join(dir, 'attendance.json');
    writeFileSync(update, JSON.stringify({ kind: 'status', date: '2020-03-10', team: 'Valencia', attendance: 0, statusNote: 'played behind closed doors' }));
    await importPath(store, [update]);
    const [match] = await readMatches(store.db, { date: '2020-03-10', team: 'Valencia' });
    expect(match?.data.attendance).toBe(0);
    expect(match?.data.statusNote).toBe('played behind closed doors');

    // Suspended for rain, then resumed and finished: the rain was why it was suspended, and goes with it.
    const post = async (name: string, entry: object) => {
      writeFileSync(join(dir, name), JSON.stringify(entry));
      await importPath(store, [join(dir, name)]);
      return (await readMatches(store.db, { date: '2020-03-10', team: 'Valencia' }))[0];
    };
    const suspended = await post('suspended.json', { kind: 'status', date: '2020-03-10', team: 'Valencia', status: 'suspended', statusNote: 'heavy rain' });
    expect([suspended?.data.status, suspended?.data.statusNote]).toEqual(['suspended', 'heavy rain']);
    const resumed = await post('resumed.json', { kind: 'status', date: '2020-03-10', team: 'Valencia', status: 'played' });
    expect(resumed?.data.status).toBe('played');
    expect(resumed?.data.statusNote).toBeUndefined();

    const nowhere = join(dir, 'nowhere.json');
    writeFileSync(nowhere, JSON.stringify({ kind: 'status', date: '2020-03-17', team: 'Manchester City', status: 'postponed' }));
    await expect(importPath(store, [nowhere])).rejects.toThrow(ValidationError);
    await store.close();
  });
});

describe('a match posted again after a status change', () => {
  it('Valencia v Atalanta posted live, suspended for rain, posted again: the same status keeps the suspension, a new one replaces it and its note', async () => {
    const dir = tempDir();
    const store = await openStore(join(dir, 'repost.db'));
    const valencia = JSON.parse(readFileSync(VALENCIA_ATALANTA, 'utf8')) as { goals: unknown[] } & Record<string, unknown>;
    const post = async (name: string, entry: object) => {
      writeFileSync(join(dir, name), JSON.stringify(entry));
      await importPath(store, [join(dir, name)]);
      return (await readMatches(store.db, { date: '2020-03-10', team: 'Valencia' }))[0];
    };
    // 2-2 after 51 minutes, then suspended.
    const live = { ...valencia, status: 'live', score: { halfTime: [1, 2], fullTime: [2, 2] }, goals: valencia.goals.slice(0, 4) };
    await post('live.json', live);
    const suspended = await post('suspended.json', { kind: 'status', date: '2020-03-10', team: 'Valencia', status: 'suspended', statusNote: 'heavy rain' });
    expect([suspended?.data.status, suspended?.data.statusNote]).toEqual(['suspended', 'heavy rain']);

    // The live entry posted again with a scorer's minute put right says nothing new of the status.
    const retyped = await post('live-again.json', { ...live, goals: live.goals.map((g, i) => (i === 0 ? { ...(g as object), minute: 4 } : g)) });
    expect([retyped?.data.status, retyped?.data.statusNote, retyped?.goals[0]?.minute]).toEqual(['suspended', 'heavy rain', 4]);

    // Resumed and finished: the full result posted as played is newer than the suspension.
    const finished = await post('full-time.json', valencia);
    expect([finished?.data.status, finished?.data.statusNote, finished?.data.score.fullTime]).toEqual(['played', undefined, [3, 4]]);
    const again = await importPath(store, [join(dir, 'full-time.json')]);
    expect(again.changed).toBe(false);
    await store.close();
  });
});

describe('a club typed without its country code', () => {
  it('"Juventus" in JSON is Juventus (ITA) of the Champions League files, not a new team', async () => {
    const dir = tempDir();
    const store = await openStore(join(dir, 'club.db'));
    await importPath(store, [sharedPath('football-txt', 'champions-league', '2020-21', 'cl.txt')]);
    const json = join(dir, 'friendly.json');
    writeFileSync(
      json,
      JSON.stringify({ kind: 'match', competition: 'UEFA Champions League', season: '2020/21', stage: 'Final', date: '2021-06-30', home: 'Juventus', away: 'Porto', score: { fullTime: [1, 1] } }),
    );
    await importPath(store, [json]);
    const aliases = await store.db.selectFrom('team_alias').select(['team_id', 'alias']).where('alias_key', 'like', '%juventus%').execute();
    expect(new Set(aliases.map((a) => a.team_id)).size).toBe(1);
    expect(aliases.map((a) => a.alias)).toContain('Juventus');
    const [final] = await readMatches(store.db, { date: '2021-06-30', team: 'Juventus' });
    expect(final?.data.away.name).toBe('Porto');
    await store.close();
  });
});

describe('a competition suspended through JSON', () => {
  it('Champions League 2020/21 suspended from 11 March 2021 is recorded with its reason; an unknown edition is refused', async () => {
    const dir = tempDir();
    const store = await openStore(join(dir, 'suspended.db'));
    await importPath(store, [sharedPath('football-txt', 'champions-league', '2020-21', 'cl.txt')]);
    const file = join(dir, 'suspend.json');
    writeFileSync(
      file,
      JSON.stringify({ kind: 'competition-status', competition: 'UEFA Champions League', season: '2020/21', status: 'suspended', since: '2021-03-11', reason: 'a test of suspension' }),
    );
    await importPath(store, [file]);
    const { findEdition, readCompetitionStatus } = await import('../../src/store/queries/editions.js');
    const edition = await findEdition(store.db, 'cl 2020-21');
    expect(await readCompetitionStatus(store.db, edition.id)).toEqual({ status: 'suspended', since: '2021-03-11', reason: 'a test of suspension' });
    expect((await readCompetitionStatus(store.db, edition.id, '2021-03-10')).status).toBe('active');

    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ kind: 'competition-status', competition: 'UEFA Champions League', season: '2019/20', status: 'suspended', since: '2020-03-13' }));
    await expect(importPath(store, [unknown])).rejects.toThrow(/unknown\.json:1: no edition "2019\/20"/);
    await store.close();
  });
});

describe('a desk that imports every result as a file of its own', () => {
  it('looks up the new file by its hash, reads no other file, and still corrects a result it stored from an earlier file', async () => {
    const dir = tempDir();
    const setup = await openStore(join(dir, 'desk.db'));
    // Serie A 2019/20's first round and more, one file a result, as a live desk posts them.
    const rounds = [
      ['2019-08-24', 'Parma', 'Juventus', [0, 1]],
      ['2019-08-24', 'Fiorentina', 'Napoli', [3, 4]],
      ['2019-08-25', 'Udinese', 'AC Milan', [1, 0]],
      ['2019-08-25', 'Cagliari', 'Brescia', [0, 1]],
      ['2019-08-26', 'Inter', 'Lecce', [4, 0]],
      ['2019-08-31', 'Juventus', 'Napoli', [4, 3]],
    ] as const;
    const fileOf = (i: number, fullTime: readonly [number, number]): string => {
      const [date, home, away] = rounds[i]!;
      const file = join(dir, `result-${i}-${fullTime.join('-')}.json`);
      writeFileSync(file, JSON.stringify({ kind: 'match', competition: 'Serie A', season: '2019/20', date, home, away, score: { fullTime } }));
      return file;
    };
    for (let i = 0; i < rounds.length - 1; i += 1) await importPath(setup, [fileOf(i, rounds[i]![3])]);
    // Fiorentina v Napoli told by a Football.TXT file too, stored before sources' descriptions were
    // kept: a correction of the JSON result can then not be replayed from every source, and rewrites
    // the rows the JSON file wrote, which it tells by their file's format (read with the match).
    const txt = join(dir, 'serie-a.txt');
    writeFileSync(txt, '= Serie A 2019/20\n\nSat Aug 24 2019\n  Fiorentina  3-4  Napoli\n');
    await importPath(setup, [txt]);
    const fiorentinaSources = setup.sqlite
      .prepare(`UPDATE match_source SET content = NULL WHERE format = 'football-txt' AND match_id = (SELECT id FROM match WHERE date = '2019-08-24' AND home_name = 'Fiorentina')`)
      .run().changes;
    expect(fiorentinaSources).toBe(1);
    await setup.close();

    // Opened again, so that every statement the imports below run is prepared (and seen) here.
    const store = await openStore(join(dir, 'desk.db'));
    const prepared: string[] = [];
    const prepare = store.sqlite.prepare.bind(store.sqlite);
    store.sqlite.prepare = ((text: string) => (prepared.push(text), prepare(text))) as typeof store.sqlite.prepare;
    const last = rounds.length - 1;
    await importPath(store, [fileOf(last, rounds[last]![3])]);
    // Fiorentina 3-4 Napoli typed wrong as 3-3 in a file of its own: the JSON result is corrected.
    await importPath(store, [fileOf(1, [3, 3])]);
    store.sqlite.prepare = prepare;

    const sourceFileReads = prepared.filter((text) => /from "source_file"/i.test(text));
    expect(sourceFileReads.length).toBeGreaterThan(0);
    // By hash or id, the first row, the highest id: never every row.
    expect(sourceFileReads.filter((text) => !/ where | limit |max\("id"\)/i.test(text))).toEqual([]);
    const [fiorentina] = await readMatches(store.db, { date: '2019-08-24', team: 'Fiorentina' });
    expect(fiorentina?.data.score.fullTime).toEqual([3, 3]);
    const [juventus] = await readMatches(store.db, { date: '2019-08-31', team: 'Napoli' });
    expect(juventus?.data.score.fullTime).toEqual([4, 3]);
    expect((store.sqlite.prepare('SELECT count(*) AS n FROM match').get() as { n: number }).n).toBe(rounds.length);
    // The same bytes again: nothing new.
    expect((await importPath(store, [fileOf(1, [3, 3])])).changed).toBe(false);
    await store.close();
  });
});
