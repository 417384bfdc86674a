import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMatch, SourceBatch } from '../source-batch.js';
import { worldcupDbAdapter } from './adapter.js';

const FOLDER = resolve(process.cwd(), '../shared/data/worldcup-db');

let batch: SourceBatch;
beforeAll(async () => {
  const started = performance.now();
  batch = await worldcupDbAdapter.read(FOLDER);
  console.log(`worldcup-db read() took ${Math.round(performance.now() - started)} ms`);
});

function match(id: string): IncomingMatch['match'] {
  const found = batch.matches.find((m) => m.sourceKey === id);
  if (found === undefined) throw new Error(`no match ${id}`);
  return found.match;
}

describe('worldcup-db: every row of all 20 files is in the batch', () => {
  it('hashes and counts all 20 files', () => {
    expect(batch.inputs).toHaveLength(20);
    const rows = Object.fromEntries(batch.inputs.map((input) => [input.file.split('/').pop(), input.rows]));
    expect(rows).toMatchObject({ 'matches.csv': 1248, 'goals.csv': 3637, 'players.csv': 10401, 'squads.csv': 13843 });
    for (const input of batch.inputs) expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('30 tournaments, 1,248 matches, 10,401 players, 88 teams, 240 venues, 13,843 squad places', () => {
    expect(batch.editions).toHaveLength(30);
    expect(batch.matches).toHaveLength(1248);
    expect(batch.players).toHaveLength(10401);
    expect(batch.teams).toHaveLength(88);
    expect(batch.venues).toHaveLength(240);
    expect(batch.squads).toHaveLength(13843);
  });

  it('3,637 goals of which 79 own goals, 396 shoot-out kicks, 3,178 bookings, 10,222 substitutions', () => {
    const all = <T>(pick: (m: IncomingMatch['match']) => readonly T[] | undefined): T[] =>
      batch.matches.flatMap((m) => pick(m.match) ?? []);
    expect(all((m) => m.goals)).toHaveLength(3637);
    expect(all((m) => m.goals).filter((goal) => goal.ownGoal)).toHaveLength(79);
    expect(all((m) => m.shootout)).toHaveLength(396);
    expect(all((m) => m.bookings)).toHaveLength(3178);
    expect(all((m) => m.substitutions)).toHaveLength(10222);
    expect(batch.matches.every((m) => m.match.goals !== undefined)).toBe(true);
  });

  it('editions carry 31 hosts, 155 stages, 159 groups, 625 participants, 120 final and 626 group standings, 200 awards', () => {
    const sum = (pick: (e: SourceBatch['editions'][number]) => readonly unknown[]) =>
      batch.editions.reduce((total, edition) => total + pick(edition).length, 0);
    expect(sum((e) => e.hosts)).toBe(31);
    expect(sum((e) => e.stages)).toBe(155);
    expect(sum((e) => e.groups)).toBe(159);
    expect(sum((e) => e.participants)).toBe(625);
    expect(sum((e) => e.finalStandings)).toBe(120);
    expect(sum((e) => e.publishedGroupStandings)).toBe(626);
    expect(sum((e) => e.awards)).toBe(200);
  });

  it('the 1938 walkover (Austria–Sweden) is counted by tournament_stages.csv but is not a match: one notice', () => {
    expect(batch.notices).toHaveLength(1);
    expect(batch.notices[0]).toMatchObject({ sourceKey: 'WC-1938/1', line: 10 });
    expect(batch.notices[0]?.message).toMatch(/walkover/);
  });
});

describe('worldcup-db: real matches', () => {
  it('2022 final Argentina 3-3 France: extra time, 4-2 on penalties, six goals with Messi 108\'', () => {
    const final = match('M-2022-64');
    expect(final.competition).toEqual({ name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' });
    expect(final.edition).toEqual({ name: '2022', startYear: 2022, endYear: 2022 });
    expect(final.stage).toEqual({ name: 'final', kind: 'final', order: 6 });
    expect(final.score).toEqual({ halfTime: [2, 0], fullTime: [2, 2], extraTime: [3, 3], penalties: [4, 2] });
    expect(final.goals).toHaveLength(6);
    expect(final.goals?.[4]).toMatchObject({
      side: 'home',
      minute: 108,
      period: 'extra_time_second',
      scorer: { name: 'Lionel Messi', sourceId: 'P-14758' },
      penalty: false,
    });
    expect(final.shootout?.map((kick) => kick.converted)).toEqual([true, true, true, true, true, false, false, true]);
    expect(final.neutral).toBe(true);
    expect(final.group).toBeUndefined();
    expect(final.time).toBe('18:00');
  });

  it('1930 France 4-1 Mexico: Lucien Laurent 19\', the first World Cup goal, on matches.csv line 2', () => {
    const located = batch.matches[0];
    expect(located).toMatchObject({ sourceKey: 'M-1930-01', line: 2 });
    expect(located?.file).toMatch(/matches\.csv$/);
    const opener = match('M-1930-01');
    expect(opener.score).toEqual({ halfTime: [3, 0], fullTime: [4, 1] });
    expect(opener.goals?.[0]).toMatchObject({
      minute: 19,
      period: 'first_half',
      side: 'home',
      scorer: { name: 'Lucien Laurent', givenName: 'Lucien', familyName: 'Laurent', sourceId: 'P-05470' },
    });
    expect(opener.group).toBe('Group 1');
  });

  it('an own goal is credited to the side it counted for: Manuel Rosas (Mexico) for Chile, 1930', () => {
    const ownGoal = match('M-1930-06').goals?.find((goal) => goal.ownGoal);
    expect(ownGoal).toMatchObject({ side: 'home', scorer: { name: 'Manuel Rosas' }, minute: 52 });
  });

  it('`quarter-final` and `quarter-finals` are one stage', () => {
    const quarterFinals = batch.matches.filter((m) => m.match.stage?.kind === 'quarter_final');
    expect(new Set(quarterFinals.map((m) => m.match.stage?.name))).toEqual(new Set(['quarter-final', 'quarter-finals']));
    const orders = new Set(quarterFinals.filter((m) => m.sourceKey.startsWith('M-2022')).map((m) => m.match.stage?.order));
    expect(orders).toEqual(new Set([3]));
  });

  it('a host is never neutral, home or away: Qatar v Ecuador and Netherlands v Qatar in 2022', () => {
    expect(match('M-2022-01').neutral).toBe(false);
    expect(match('M-2022-34').neutral).toBe(false);
    expect(match('M-2022-02').neutral).toBe(true);
  });

  it('1938 Switzerland 4-2 Germany is the replay of a 1-1 draw', () => {
    expect(match('M-1938-01')).toMatchObject({ notes: ['replayed'] });
    expect(match('M-1938-09')).toMatchObject({ replay: true, score: { fullTime: [4, 2] } });
  });

  it('cards: 3,006 yellow, 70 second yellow, 102 red', () => {
    const cards = batch.matches.flatMap((m) => m.match.bookings ?? []).map((booking) => booking.card);
    const count = (card: string) => cards.filter((c) => c === card).length;
    expect([count('yellow'), count('second_yellow'), count('red')]).toEqual([3006, 70, 102]);
  });

  it('a sending-off written in its caution\'s row has no minute: Šimunić (Croatia v Australia 2006, booked at 61\'); Batista\'s straight red (Scotland v Uruguay 1986) keeps the 1st minute', () => {
    const simunic = match('M-2006-43').bookings?.find((b) => b.player.name.includes('Šimunić'));
    expect(simunic).toMatchObject({ card: 'second_yellow', side: 'home' });
    expect([simunic?.minute, simunic?.stoppage, simunic?.period]).toEqual([undefined, undefined, undefined]);
    const batista = match('M-1986-36').bookings?.find((b) => b.player.name.includes('Batista'));
    expect(batista).toMatchObject({ card: 'red', minute: 1 });
    // Still in the order of the minutes the file gives: Šimić (32'), Tudor (38'), Šimunić (61'), Pletikosa (70'), Emerton (81').
    expect(match('M-2006-43').bookings?.map((b) => b.player.name.split(' ').at(-1))).toEqual(['Šimić', 'Tudor', 'Šimunić', 'Pletikosa', 'Emerton']);
  });
});

describe('worldcup-db: players, squads, teams', () => {
  it('Pelé is one name, born 1940-10-23', () => {
    const pele = batch.players.find((p) => p.sourceKey === 'P-38906');
    expect(pele?.player).toEqual({
      person: { name: 'Pelé', givenName: undefined, familyName: 'Pelé', sourceId: 'P-38906' },
      birthDate: '1940-10-23',
      sex: 'men',
      positions: ['forward'],
    });
  });

  it('78 players have no known birth date: 77 `not available` and one left empty', () => {
    expect(batch.players.filter((p) => p.player.birthDate === undefined)).toHaveLength(78);
  });

  it('Ann Kristin Aarønes is a woman who played midfield and up front', () => {
    const player = batch.players.find((p) => p.player.person.name === 'Ann Kristin Aarønes')?.player;
    expect(player).toMatchObject({ sex: 'women', positions: ['midfielder', 'forward'] });
  });

  it('squads: 1930 Argentina goalkeeper Ángel Bossio has no shirt number', () => {
    expect(batch.squads[0]).toMatchObject({
      edition: { name: '1930' },
      team: { name: 'Argentina', code: 'ARG' },
      person: { name: 'Ángel Bossio' },
      position: 'goalkeeper',
      shirtNumber: undefined,
    });
  });

  it('teams carry confederation and region: Algeria, CAF, Africa', () => {
    expect(batch.teams[0]).toMatchObject({ team: { name: 'Algeria', code: 'DZA' }, national: true, confederation: 'CAF', region: 'Africa' });
  });

  it('2022 awards: Messi won the Golden Ball', () => {
    const edition = batch.editions.find((e) => e.sourceKey === 'WC-2022');
    expect(edition?.awards).toContainEqual(expect.objectContaining({ award: 'Golden Ball', person: expect.objectContaining({ name: 'Lionel Messi' }) }));
    expect(edition?.hosts).toEqual([{ name: 'Qatar', code: 'QAT' }]);
    expect(edition?.finalStandings[0]).toEqual({ position: 1, team: { name: 'Argentina', code: 'ARG' } });
  });
});
