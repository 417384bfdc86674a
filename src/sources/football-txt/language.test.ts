// The constructs of the whole language, one small document each (the corpus test reads them in
// real files; these pin the reading down).
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../domain/errors.js';
import { parseFootballTxt } from './parser.js';

const matchesOf = (text: string) => parseFootballTxt(text, 'x.txt').matches.map((m) => m.match);

describe('dates of every layout', () => {
  it('day.month dates (`14.10.`, `24.3.21`) and two-letter weekdays (`We Jun 19`) give ISO dates', () => {
    const text = ['= Bundesliga 2023/24', '14.10.', '  Bayern  2-0  Dortmund', 'We Jun 19 2024', '  Köln  1-1  Mainz', '24.3.21', '  Union  0-0  Hertha'].join('\n');
    expect(matchesOf(text).map((m) => m.date)).toEqual(['2023-10-14', '2024-06-19', '2021-03-24']);
  });

  it('a bracketed date line `[Sat Sep/8]` sets the date; a weekday no candidate year has is an error at the date', () => {
    expect(matchesOf('= English Football League 1888/89\n[Sat Sep/8]\n  Bolton  3-6  Derby')[0]?.date).toBe('1888-09-08');
    const error = (() => {
      try {
        parseFootballTxt('= English Football League 1888/89\n[Mon Sep/8]\n  Bolton  3-6  Derby', 'x.txt');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).location).toMatchObject({ line: 2, column: 2 });
  });
});

describe('match lines', () => {
  it('statuses: [awarded 3-0; reason], abd., a dash for a score not known, bye lines skipped', () => {
    const text = [
      '= DFB Pokal 2020/21',
      '» Round 1',
      'Sat Sep/12 2020',
      '  Alpha  -  Beta  [awarded 3-0; Beta fielded an ineligible player]',
      '  Gamma v Delta  abd.',
      '  Epsilon v Zeta  -',
      '  Eta     bye',
    ].join('\n');
    const matches = matchesOf(text);
    expect(matches.map((m) => [m.home.name, m.status, m.statusNote])).toEqual([
      ['Alpha', 'awarded', '3-0; Beta fielded an ineligible player'],
      ['Gamma', 'abandoned', undefined],
      ['Epsilon', 'scheduled', undefined],
    ]);
  });

  it('`@ venue` on its own line holds for the matches below it; before the teams it ends at two spaces', () => {
    const text = ['= Euro 1972', '▪ Semi-finals', 'June 14 20:00 @ Antwerpen, Bosuil', 'West Germany     2-1 Belgium', '▪ Final', 'June 18 @ Brussel     West Germany  3-0 Soviet Union'].join('\n');
    expect(matchesOf(text).map((m) => [m.venue, m.city, m.time, m.home.name])).toEqual([
      ['Antwerpen', 'Bosuil', '20:00', 'West Germany'],
      ['Brussel', undefined, undefined, 'West Germany'],
    ]);
  });

  it('several scorers separated by commas, minutes without a mark, `(p)` and `og`', () => {
    const text = ["= World Cup 1930", '▪ Group 1', 'Sun Jul 13', '  France v Mexico  4-1', "    (LAURENT 19', LANGILLER 40', MASCHINOT 43', 87'(p); CARRENO 70 og)"].join('\n');
    const goals = matchesOf(text)[0]?.goals ?? [];
    expect(goals.map((g) => `${g.side} ${g.scorer?.name} ${g.minute}${g.penalty ? ' pen' : ''}${g.ownGoal ? ' og' : ''}`)).toEqual([
      'home LAURENT 19',
      'home LANGILLER 40',
      'home MASCHINOT 43',
      'home MASCHINOT 87 pen',
      'away CARRENO 70 og',
    ]);
  });
});

describe('structure', () => {
  it('`<!-- -->` blocks and line-ups are read past; `==` sections hold the headings under them', () => {
    const text = [
      '=Premier League 2023/24=',
      '<!-- Final Table:',
      ' 1.Manchester City   38  28  7  3  96-34  91',
      '-->',
      '== Regular',
      'Matchday 1',
      '[Fri Aug/11]',
      '  Burnley  0-3  Manchester City',
      '  Burnley:  Trafford - Roberts, O’Shea,',
      '            Beyer - Brownhill',
      '== Playoffs',
      '▪ Final',
      'Sat May/25 2024',
      '  Alpha  1-0  Beta',
    ].join('\n');
    const matches = matchesOf(text);
    expect(matches.map((m) => [m.stage?.name, m.stage?.kind, m.round])).toEqual([
      ['Regular', 'league', 'Matchday 1'],
      ['Playoffs, Final', 'playoff', undefined],
    ]);
  });

  it('a file of several headers holds several editions', () => {
    const text = ['= Bundesliga 1963/64', 'Aug 24', '  Werder  3-2  Dortmund', '= Bundesliga 1964/65', 'Aug 22', '  Köln  2-3  Hertha'].join('\n');
    expect(matchesOf(text).map((m) => `${m.edition.name} ${m.date}`)).toEqual(['1963/64 1963-08-24', '1964/65 1964-08-22']);
  });

  it('text after the season: `Qualification` marks qualifying stages', () => {
    const parsed = parseFootballTxt('=World Cup 1994 Qualification=\n▪ Group 1\n16 Aug 92 @ Tallinn   Estonia  0-6 Switzerland', 'x.txt');
    expect(parsed.header).toMatchObject({ competition: { name: 'FIFA World Cup' }, edition: { name: '1994' }, qualifying: true });
    expect(parsed.matches[0]?.match).toMatchObject({ date: '1992-08-16', venue: 'Tallinn', home: { name: 'Estonia' } });
  });
});
