// How a rebuild divides between two threads: by competition, never through a book two
// competitions share, and only where each thread gets a fair share of the matches.
import { describe, expect, it } from 'vitest';
import { loadBuiltInCatalogue } from '../definitions/load-definitions.js';
import type { RecordDefinition } from '../definitions/schema.js';
import { dayModes, splitRebuild } from './rebuild-split.js';

const catalogue = loadBuiltInCatalogue().map((loaded) => loaded.definition);

const competitions = [
  { id: 1, name: 'English Premier League', sex: 'men', kind: 'league' },
  { id: 2, name: 'Deutsche Bundesliga', sex: 'men', kind: 'league' },
  { id: 3, name: 'Spanish La Liga', sex: 'men', kind: 'league' },
  { id: 4, name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' },
  { id: 5, name: 'UEFA European Championship', sex: 'men', kind: 'international_tournament' },
  { id: 6, name: 'Copa América', sex: 'men', kind: 'international_tournament' },
];
const counted = new Map([
  [1, 14_000],
  [2, 11_000],
  [3, 13_000],
  [4, 964],
  [5, 286],
  [6, 850],
]);

describe('a rebuild split between two threads', () => {
  it('keeps the men’s internationals together: their all-time records are one book over every tournament', () => {
    const split = splitRebuild(catalogue, competitions, counted);
    expect(split).toBeDefined();
    const sides = [split!.here, split!.there];
    const internationals = sides.find((side) => side.includes(4));
    expect(internationals).toEqual(expect.arrayContaining([4, 5, 6]));
    expect([...split!.here, ...split!.there].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    // The three leagues, 38,000 matches, are dealt out by size: neither side has less than a third.
    expect(Math.min(split!.hereMatches, split!.thereMatches)).toBeGreaterThan((split!.hereMatches + split!.thereMatches) / 3);
  });

  it('gives the other thread a little more of the matches: this thread also copies the other part in and commits', () => {
    // Fifty leagues of one size (the bench history has thirty).
    const leagues = Array.from({ length: 50 }, (_, i) => ({ id: 100 + i, name: `League ${i + 1}`, sex: 'men', kind: 'league' }));
    const split = splitRebuild(catalogue, leagues, new Map(leagues.map((league) => [league.id, 1_000])));
    expect(split).toBeDefined();
    expect(split!.hereMatches + split!.thereMatches).toBe(50_000);
    expect(split!.hereMatches).toBe(24_000);
    expect(split!.thereMatches).toBe(26_000);
  });

  it('does not split where one book spans every competition', () => {
    const everything: RecordDefinition = {
      ...catalogue.find((d) => d.id === 'intl-biggest-win')!,
      id: 'all-biggest-win',
      scope: { competition: competitions.map((c) => c.name), sex: 'men', books: 'single' },
    };
    expect(splitRebuild([...catalogue, everything], competitions, counted)).toBeUndefined();
  });

  it('does not split where one side would get less than a fair share', () => {
    const lopsided = new Map([...counted].map(([id, n]) => [id, id === 1 ? 200_000 : n]));
    expect(splitRebuild(catalogue, competitions, lopsided)).toBeUndefined();
  });
});

describe('how each day is taken in, decided from all of its matches', () => {
  it('leaves days the store gives no kick-offs for ordered by kick-off', () => {
    expect(dayModes([{ date: '2022-12-18' }]).size).toBe(0);
  });

  it('takes a day whole, or kick-offs in order only for books without an untimed match, as one thread would', () => {
    const untimed = { id: 3, date: '1966-07-30', time: null, utcOffset: null };
    const modes = dayModes([
      // The 1966 final has no kick-off in the data; two others that day do, at different times.
      { date: '1966-07-30', kickOffs: [untimed, { id: 1, date: '1966-07-30', time: '15:00', utcOffset: '+01:00' }, { id: 2, date: '1966-07-30', time: '19:30', utcOffset: '+01:00' }] },
      // Two matches, one without a time: the day is one instant.
      { date: '1966-07-31', kickOffs: [{ ...untimed, date: '1966-07-31' }, { id: 4, date: '1966-07-31', time: '15:00', utcOffset: '+01:00' }] },
      // A kick-off written another way (7:30 is not 07:30 to Date.parse): looked at, and untimed.
      { date: '1966-08-01', kickOffs: [{ id: 5, date: '1966-08-01', time: '7:30', utcOffset: '+01:00' }] },
      // Looked at, and timed after all: the day is ordered by kick-off.
      { date: '1966-08-02', kickOffs: [{ id: 6, date: '1966-08-02', time: '15:00', utcOffset: '+0100' }] },
    ]);
    expect([...modes]).toEqual([
      ['1966-07-30', 'mixed'],
      ['1966-07-31', 'whole'],
      ['1966-08-01', 'whole'],
    ]);
  });
});
