import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../domain/errors.js';
import type { MatchData } from '../../domain/match-data.js';
import { parseFootballTxt } from './parser.js';

const DATA = new URL('../../../../shared/data/football-txt/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, DATA), 'utf8');
const matchesOf = (path: string): MatchData[] => parseFootballTxt(read(path), path).matches.map((m) => m.match);
const find = (matches: MatchData[], home: string, away: string): MatchData => {
  const found = matches.find((m) => m.home.name === home && m.away.name === away);
  if (!found) throw new Error(`no ${home} v ${away}`);
  return found;
};
const thrown = (fn: () => unknown): ParseError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
};

describe('World Cup 2022 (Qatar)', () => {
  const final = find(matchesOf('worldcup/2022--qatar/cup_finals.txt'), 'Argentina', 'France');

  it("2022 final Argentina 3-3 France a.e.t., 4-2 pen. with Messi 23' (pen.) and 108'", () => {
    expect(final.date).toBe('2022-12-18');
    expect(final.time).toBe('18:00');
    expect(final.stage).toMatchObject({ name: 'Final', kind: 'final' });
    expect(final.score).toEqual({ halfTime: [2, 0], fullTime: [2, 2], extraTime: [3, 3], penalties: [4, 2] });
    expect(final.venue).toBe('Lusail Iconic Stadium');
    expect(final.city).toBe('Lusail');
    expect(final.neutral).toBe(true);
    const messi = final.goals?.filter((g) => g.scorer?.name === 'Lionel Messi');
    expect(messi).toEqual([
      { side: 'home', scorer: { name: 'Lionel Messi' }, minute: 23, period: 'first_half', penalty: true, ownGoal: false },
      { side: 'home', scorer: { name: 'Lionel Messi' }, minute: 108, period: 'extra_time_second', penalty: false, ownGoal: false },
    ]);
    expect(final.goals?.filter((g) => g.side === 'away').map((g) => [g.minute, g.penalty])).toEqual([
      [80, true],
      [81, false],
      [118, true],
    ]);
  });

  const group = matchesOf('worldcup/2022--qatar/cup.txt');

  it("Senegal 0-2 Netherlands: goals without ';' go to the side that scored", () => {
    const match = find(group, 'Senegal', 'Netherlands');
    expect(match.goals?.map((g) => [g.side, g.scorer?.name, g.minute, g.stoppage, g.period])).toEqual([
      ['away', 'Cody Gakpo', 84, undefined, 'second_half'],
      ['away', 'Davy Klaassen', 90, 9, 'second_half'],
    ]);
  });

  it("England 6-2 Iran: commas join Saka's minutes, 90+13' is second-half stoppage", () => {
    const match = find(group, 'England', 'Iran');
    expect(match.goals?.filter((g) => g.scorer?.name === 'Bukayo Saka').map((g) => g.minute)).toEqual([43, 62]);
    expect(match.goals?.at(-1)).toMatchObject({ side: 'away', minute: 90, stoppage: 13, penalty: true, period: 'second_half' });
  });

  it("France 2-1 Denmark: Mbappé 61' 86' without a comma are both his", () => {
    const match = find(group, 'France', 'Denmark');
    expect(match.goals?.map((g) => [g.side, g.scorer?.name, g.minute])).toEqual([
      ['home', 'Kylian Mbappé', 61],
      ['home', 'Kylian Mbappé', 86],
      ['away', 'Andreas Christensen', 68],
    ]);
  });

  it('England 0-0 USA: a goalless match in a file with scorers has no goals, not unknown goals', () => {
    expect(find(group, 'England', 'USA').goals).toEqual([]);
  });

  it('Qatar 0-2 Ecuador: the host plays at home, Group A, group stage', () => {
    const match = find(group, 'Qatar', 'Ecuador');
    expect(match).toMatchObject({ neutral: false, group: 'Group A', stage: { name: 'Group stage', kind: 'group' } });
    expect(match.competition).toEqual({ name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' });
    expect(match.edition).toEqual({ name: '2022', startYear: 2022, endYear: 2022 });
  });

  it('Japan 1-1 Croatia: `a.e.t` without its dot, penalties after a comma', () => {
    const match = find(matchesOf('worldcup/2022--qatar/cup_finals.txt'), 'Japan', 'Croatia');
    expect(match.score).toEqual({ halfTime: [1, 0], fullTime: [1, 1], extraTime: [1, 1], penalties: [1, 3] });
  });
});

describe('older World Cups', () => {
  it("1930 Chile 3-0 Mexico: M. Rosas own goal credited to Chile", () => {
    const match = find(matchesOf('worldcup/1930--uruguay/cup.txt'), 'Chile', 'Mexico');
    expect(match.date).toBe('1930-07-16');
    expect(match.goals?.at(-1)).toEqual({
      side: 'home',
      scorer: { name: 'M. Rosas' },
      minute: 51,
      period: 'second_half',
      penalty: false,
      ownGoal: true,
    });
  });

  it('Quarter-final replays 1938: Brazil 2-1 Czechoslovakia is a replay of the quarter-finals', () => {
    const matches = matchesOf('worldcup/1938--france/cup.txt');
    const replays = matches.filter((m) => m.replay === true);
    expect(replays.map((m) => `${m.home.name} ${m.stage?.kind}`)).toEqual([
      'Cuba first_round',
      'Germany first_round',
      'Brazil quarter_final',
    ]);
    const first = matches.find((m) => m.home.name === 'Brazil' && m.away.name === 'Czechoslovakia' && !m.replay);
    expect(first?.score).toEqual({ halfTime: [1, 0], fullTime: [1, 1], extraTime: [1, 1] });
    expect(first?.stage).toEqual(replays[2]?.stage);
  });

  it('cancelled Sweden n/p Austria 1938', () => {
    const match = find(matchesOf('worldcup/1938--france/cup.txt'), 'Sweden', 'Austria');
    expect(match).toMatchObject({
      status: 'cancelled',
      statusNote: 'Austria withdrew because of Anschluss',
      score: {},
      venue: 'Stade Gerland',
      city: 'Lyon',
      date: '1938-06-05',
    });
    expect(match.goals).toBeUndefined();
  });

  it('1950 final round: a round definition line starts a stage of its own', () => {
    const match = find(matchesOf('worldcup/1950--brazil/cup.txt'), 'Uruguay', 'Brazil');
    expect(match).toMatchObject({ date: '1950-07-16', stage: { name: 'Final Round', kind: 'final_group' } });
    expect(match.group).toBeUndefined();
  });

  it('1974 second round: the second block of group definitions opens the second group stage', () => {
    const match = find(matchesOf('worldcup/1974--west-germany/cup.txt'), 'Netherlands', 'Brazil');
    expect(match).toMatchObject({ group: 'Group A', stage: { name: 'Second group stage', kind: 'second_group' } });
    expect(match.goals).toBeUndefined();
  });

  it('1986 Soviet Union 3-4 Belgium: a.e.t. with one bracketed score is the 90-minute score', () => {
    const match = find(matchesOf('worldcup/1986--mexico/cup_finals.txt'), 'Soviet Union', 'Belgium');
    expect(match.score).toEqual({ fullTime: [2, 2], extraTime: [3, 4] });
    expect(match.date).toBe('1986-06-15');
  });

  it('UTC offsets 2018: Egypt 0-1 Uruguay kicked off at 17:00 UTC+5', () => {
    const match = find(matchesOf('worldcup/2018--russia/cup.txt'), 'Egypt', 'Uruguay');
    expect(match).toMatchObject({ date: '2018-06-15', time: '17:00', utcOffset: '+05:00' });
  });

  it("2014 Brazil 3-1 Croatia: `A v B score` shape, `71'pen`, and Marcelo's `11' og` credited to Croatia", () => {
    const match = find(matchesOf('worldcup/2014--brazil/cup.txt'), 'Brazil', 'Croatia');
    expect(match).toMatchObject({ time: '17:00', utcOffset: '-03:00', score: { halfTime: [1, 1], fullTime: [3, 1] } });
    expect(match.goals?.map((g) => [g.side, g.scorer?.name, g.minute, g.penalty, g.ownGoal])).toEqual([
      ['home', 'Neymar', 29, false, false],
      ['home', 'Neymar', 71, true, false],
      ['home', 'Oscar', 90, false, false],
      ['away', 'Marcelo', 11, false, true],
    ]);
  });

  it('2014 round of 16: trailing comments become notes', () => {
    const match = find(matchesOf('worldcup/2014--brazil/cup_finals.txt'), 'Brazil', 'Chile');
    expect(match.notes).toEqual(['1A - 2B']);
  });

  it('2010 South Africa 1-1 Mexico: date and time on the match line', () => {
    const match = find(matchesOf('worldcup/2010--south-africa/cup.txt'), 'South Africa', 'Mexico');
    expect(match).toMatchObject({ date: '2010-06-11', time: '16:00', neutral: false });
  });
});

describe('UEFA club competitions', () => {
  const cl = matchesOf('champions-league/2011-12/cl.txt');

  it('2011/12 Manchester City 1-1 Napoli: team names carry country codes', () => {
    const match = find(cl, 'Manchester City', 'SSC Napoli');
    expect(match.home).toEqual({ name: 'Manchester City', code: 'ENG' });
    expect(match).toMatchObject({ date: '2011-09-14', time: '20:45', neutral: false, group: 'Group A' });
    expect(match.competition).toEqual({ name: 'UEFA Champions League', sex: 'men', kind: 'cup' });
    expect(match.edition).toEqual({ name: '2011/12', startYear: 2011, endYear: 2012 });
    expect(match.goals).toBeUndefined();
  });

  it('2012 final Bayern 3-4 pen. 1-1 a.e.t. Chelsea: penalties first, neutral final', () => {
    const match = find(cl, 'Bayern München', 'Chelsea FC');
    expect(match).toMatchObject({ date: '2012-05-19', neutral: true, stage: { kind: 'final' } });
    expect(match.score).toEqual({ halfTime: [0, 0], fullTime: [1, 1], extraTime: [1, 1], penalties: [3, 4] });
  });

  it('a weekday decides the year: Tue Sep/27 is 2011 and Wed Feb/15 is 2012 in 2011/12', () => {
    expect(find(cl, 'Bayern München', 'Manchester City').date).toBe('2011-09-27');
    expect(find(cl, 'AC Milan', 'Arsenal FC').date).toBe('2012-02-15');
  });

  it('[awarded] Villarreal 3-0 Qarabağ', () => {
    const match = find(matchesOf('champions-league/2020-21/el.txt'), 'Villarreal CF', 'Qarabağ FK');
    expect(match).toMatchObject({ status: 'awarded', score: { fullTime: [3, 0] }, group: 'Gruppe I' });
    expect(match.competition.name).toBe('UEFA Europa League');
  });

  it('[cancelled] RB Leipzig v Spartak Moskva 2022: a fixture with a status and no score', () => {
    const match = find(matchesOf('champions-league/2021-22/el.txt'), 'RB Leipzig', 'Spartak Moskva');
    expect(match).toMatchObject({ status: 'cancelled', score: {}, stage: { kind: 'round_of_16' } });
  });

  it('qualifying files: `» Playoffs` under `- Quali` is a qualifying stage', () => {
    const match = find(matchesOf('champions-league/2024-25/clq.txt'), 'Slavia Praha', 'Lille OSC');
    expect(match.competition.name).toBe('UEFA Champions League');
    expect(match.stage).toMatchObject({ name: 'Qualifying, Playoffs', kind: 'qualifying' });
    expect(match.date).toBe('2024-08-28');
  });

  it('2024/25 league phase: all matchdays are one league stage; `Finals, Final` is the final', () => {
    const matches = matchesOf('champions-league/2024-25/cl.txt');
    const stages = [...new Set(matches.map((m) => `${m.stage?.name}:${m.stage?.kind}`))];
    expect(stages[0]).toBe('League:league_phase');
    expect(stages.at(-1)).toBe('Finals, Final:final');
    expect(matches.at(-1)).toMatchObject({ date: '2025-05-31', neutral: true });
  });

  it('FK Bodø/Glimt and 1. FC Union Berlin keep their punctuation', () => {
    const clq = matchesOf('champions-league/2024-25/clq.txt');
    expect(clq.some((m) => m.home.name === 'FK Bodø/Glimt')).toBe(true);
    const cl24 = matchesOf('champions-league/2023-24/cl.txt');
    expect(cl24.some((m) => m.home.name === '1. FC Union Berlin')).toBe(true);
  });
});

describe('errors name the place', () => {
  it("4~1 on line 27 of the 1930 file is a ParseError at line 27, pointing at the bad score", () => {
    const text = read('worldcup/1930--uruguay/cup.txt');
    const lines = text.split('\n');
    expect(lines[26]).toContain('4-1 (3-0)');
    lines[26] = lines[26]!.replace('4-1 (3-0)', '4~1 (3-0)');
    const error = thrown(() => parseFootballTxt(lines.join('\n'), 'cup.txt'));
    expect(error.location).toEqual({ file: 'cup.txt', line: 27, column: lines[26]!.indexOf('4~1') + 1 });
    expect(error.detail).toMatch(/expected a score like 2-1 or a team name/);
  });

  it('a weekday contradicting every candidate year is a ParseError', () => {
    const error = thrown(() => parseFootballTxt('= UEFA Champions League 2011/12\n» Final\n  Mon May/19\n  Bayern (GER) v Chelsea (ENG)  1-1', 'x.txt'));
    expect(error.location).toMatchObject({ line: 3, column: 3 });
    expect(error.detail).toMatch(/Mon May 19 does not exist in 2011 or 2012/);
  });

  it('a bad half-time bracket points at the bracket', () => {
    const error = thrown(() => parseFootballTxt('= World Cup 2022\n▪ Final\nSun Dec 18\n  Argentina  3-3 (2~2)  France', 'x.txt'));
    expect(error.location).toMatchObject({ line: 4, column: 18 });
  });

  it('a goal block without a minute says what was expected, on its own line', () => {
    const text = '= World Cup 2022\n▪ Final\nSun Dec 18\n  Argentina  1-0  France\n    (Lionel Messi;\n     )';
    const error = thrown(() => parseFootballTxt(text, 'x.txt'));
    expect(error.location).toMatchObject({ line: 5, column: 18 });
    expect(error.detail).toMatch(/expected a minute/);
  });

  it('a file must start with a header', () => {
    expect(thrown(() => parseFootballTxt('Sun Dec 18\n', 'x.txt')).location).toMatchObject({ line: 1 });
  });
});

describe('text conventions', () => {
  it('CRLF, LF, a BOM and trailing spaces read the same', () => {
    const lf = '= World Cup 2022   # in Qatar\n▪ Final  \nSun Dec 18  \n  Argentina  3-3 a.e.t. (2-2, 2-0), 4-2 pen.  France  \n';
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    expect(parseFootballTxt(crlf, 'x').matches).toEqual(parseFootballTxt(lf, 'x').matches);
  });

  it('time carries over to the next match line; a new date line resets it', () => {
    const text = '= UEFA Champions League 2011/12\n» Group A\nWed Sep/14 2011\n  20.45  A FC (ENG) v B FC (ESP)  1-0\n         C FC (ENG) v D FC (ESP)  1-0\nTue Sep/27\n         E FC (ENG) v F FC (ESP)  1-0';
    const times = parseFootballTxt(text, 'x').matches.map((m) => m.match.time);
    expect(times).toEqual(['20:45', '20:45', undefined]);
  });

  it('status words and notes: ppd, abd, w/o, susp, [postponed: reason], match numbers and ## notes', () => {
    const text = [
      '= World Cup 2026',
      '▪ Round of 32',
      'Sun Jun 28',
      '  (73)  15:00 UTC-7  W73 v W75  ppd  @ SoFi Stadium, Inglewood  ## 1A v 2B',
      '  Alpha  abd  Beta',
      '  Gamma  w/o  Delta',
      '  Epsilon v Zeta  1-0  susp',
      '  Eta v Theta  [postponed: heavy rain]',
    ].join('\n');
    const matches = parseFootballTxt(text, 'x').matches.map((m) => m.match);
    expect(matches[0]).toMatchObject({ matchNumber: 73, status: 'postponed', time: '15:00', utcOffset: '-07:00', notes: ['1A v 2B'] });
    expect(matches.slice(1).map((m) => [m.status, m.statusNote])).toEqual([
      ['abandoned', undefined],
      ['awarded', undefined],
      ['suspended', undefined],
      ['postponed', 'heavy rain'],
    ]);
    expect(matches[3]?.score).toEqual({ fullTime: [1, 0] });
  });

  it('goal counts that do not add up to the score are a notice, not an error', () => {
    const text = "= World Cup 2022\n▪ Final\nSun Dec 18\n  Argentina  2-0  France\n    (Lionel Messi 23')";
    const parsed = parseFootballTxt(text, 'x');
    expect(parsed.notices).toEqual([{ line: 4, message: 'goals listed 1-0 do not add up to the score 2-0' }]);
    expect(parsed.matches[0]?.match.goals).toHaveLength(1);
  });
});
