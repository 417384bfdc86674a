import { describe, expect, it } from 'vitest';
import type { WrittenDate } from './dates.js';
import { YearResolver } from './year-resolver.js';

const SEASON_2011_12 = { startYear: 2011, endYear: 2012 };
const on = (month: number, day: number, extra: Partial<WrittenDate> = {}): WrittenDate => ({ month, day, pos: 0, ...extra });

describe('YearResolver', () => {
  it('a weekday decides the year: Tue Sep/27 is 2011, Tue Feb/21 is 2012 in 2011/12', () => {
    const resolver = new YearResolver(SEASON_2011_12);
    expect(resolver.resolve(on(9, 27, { weekday: 2 }))).toEqual({ date: '2011-09-27' });
    expect(resolver.resolve(on(2, 21, { weekday: 2 }))).toEqual({ date: '2012-02-21' });
  });

  it('a weekday that fits neither year is a problem, not a guess', () => {
    expect(new YearResolver(SEASON_2011_12).resolve(on(5, 19, { weekday: 1 }))).toEqual({
      problem: 'Mon May 19 does not exist in 2011 or 2012',
    });
  });

  it('no fixed cut-off: without weekdays a season runs into August, and back to September only for a new group', () => {
    const resolver = new YearResolver(SEASON_2011_12);
    const dates = [on(9, 14, { year: 2011 }), on(12, 7), on(2, 15), on(5, 19), on(7, 30), on(8, 20)].map((d) => resolver.resolve(d));
    expect(dates).toEqual(['2011-09-14', '2011-12-07', '2012-02-15', '2012-05-19', '2012-07-30', '2012-08-20'].map((date) => ({ date })));
    const groups = new YearResolver(SEASON_2011_12);
    expect([on(9, 14, { year: 2011 }), on(12, 7), on(9, 14)].map((d) => groups.resolve(d))).toEqual(
      ['2011-09-14', '2011-12-07', '2011-09-14'].map((date) => ({ date })),
    );
  });

  it('an explicit year is kept and checked against its weekday', () => {
    const resolver = new YearResolver({ startYear: 2022, endYear: 2022 });
    expect(resolver.resolve(on(12, 18, { year: 2022, weekday: 0 }))).toEqual({ date: '2022-12-18' });
    expect(resolver.resolve(on(12, 18, { year: 2022, weekday: 1 }))).toHaveProperty('problem');
    expect(resolver.resolve(on(2, 30))).toEqual({ problem: 'there is no Feb 30 in 2022' });
  });

  it('without a season only an earlier explicit year helps', () => {
    const resolver = new YearResolver(undefined);
    expect(resolver.resolve(on(6, 1))).toHaveProperty('problem');
    resolver.resolve(on(5, 31, { year: 1986 }));
    expect(resolver.resolve(on(6, 1))).toEqual({ date: '1986-06-01' });
  });
});
