// openfootball's own repositories (../shared/corpus/openfootball): every file that holds matches
// parses on its own, and the few that truly break the format say where and why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../domain/errors.js';
import { parseFootballTxt, type ParsedFootballTxt } from './parser.js';

const ROOT = fileURLToPath(new URL('../../../../shared/corpus/openfootball/', import.meta.url));
const FILES = readFileSync(join(ROOT, 'MATCH-FILES.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

/** Files whose text contradicts itself; the error each must give. */
const BREAKS_THE_FORMAT: Readonly<Record<string, { line: number; column: number; detail: RegExp }>> = {
  // The 2024 Copa América final was on Sunday 14 July; the file writes `Sat Jul 14`.
  'copa-america/2024--usa/copa.txt': { line: 109, column: 1, detail: /Sat Jul 14 does not exist in 2024/ },
};

const parse = (file: string): ParsedFootballTxt => parseFootballTxt(readFileSync(join(ROOT, file), 'utf8'), file);

describe("openfootball's repositories, file by file", () => {
  it('lists 451 files with matches', () => {
    expect(FILES).toHaveLength(451);
  });

  it('every file parses alone, except those that break the format, which name line, column and the fault', () => {
    const failures: string[] = [];
    for (const file of FILES) {
      const known = BREAKS_THE_FORMAT[file];
      try {
        const parsed = parseFootballTxt(readFileSync(join(ROOT, file), 'utf8'), file);
        if (known !== undefined) failures.push(`${file}: parsed, but is listed as breaking the format`);
        else if (parsed.matches.length === 0) failures.push(`${file}: no matches`);
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        if (known === undefined) failures.push(error.message);
        else {
          expect(error.location).toMatchObject({ file, line: known.line, column: known.column });
          expect(error.detail).toMatch(known.detail);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('league files give one league stage, the round on each match', () => {
  it('Premier League 2024/25 (`» Matchday 1`): 380 matches in one stage of kind league, Matchday 1 to Matchday 38', () => {
    const matches = parse('england/2024-25/1-premierleague.txt').matches.map((m) => m.match);
    expect(matches).toHaveLength(380);
    expect(new Set(matches.map((m) => JSON.stringify(m.stage)))).toEqual(new Set([JSON.stringify({ name: 'League', kind: 'league', order: 1 })]));
    expect(matches[0]).toMatchObject({ round: 'Matchday 1', date: '2024-08-16', home: { name: 'Manchester United FC' }, away: { name: 'Fulham FC' } });
    expect(matches.at(-1)?.round).toBe('Matchday 38');
  });

  it('the older layout (`Matchday 1` without a marker, `[Sat Aug/15]` dates) reads the same way: 1992/93, Arsenal 2-4 Norwich', () => {
    const matches = parse('england/archive/1990s/1992-93/1-premierleague.txt').matches.map((m) => m.match);
    expect(matches).toHaveLength(462);
    expect(matches.every((m) => m.stage?.kind === 'league')).toBe(true);
    expect(matches[0]).toMatchObject({ round: 'Matchday 1', date: '1992-08-15', home: { name: 'Arsenal FC' }, score: { fullTime: [2, 4] } });
  });

  it('the Football League 1888/89 has dates only: one league stage, and Accrington FC (1878-1896) keeps its years', () => {
    const matches = parse('england/archive/1880s/1888-89/1-footballleague.txt').matches.map((m) => m.match);
    expect(matches[0]).toMatchObject({ date: '1888-09-08', stage: { kind: 'league' }, home: { name: 'Bolton Wanderers FC' }, score: { fullTime: [3, 6] } });
    expect(matches.some((m) => m.away.name === 'Accrington FC (1878-1896)')).toBe(true);
  });

  it('a `== Regular` section is the league; `== Playoffs` keeps its own stage (Championship 2021/22)', () => {
    const kinds = new Set(parse('england/2021-22/2-championship.txt').matches.map((m) => `${m.match.stage?.name}/${m.match.stage?.kind}`));
    expect(kinds).toEqual(new Set(['Regular/league', 'Playoffs/playoff']));
  });

  it('cups keep their rounds as stages (FA Cup 2024/25)', () => {
    const stages = parse('england/2024-25/facup.txt').matches.map((m) => m.match.stage);
    expect(stages.some((s) => s?.kind === 'league')).toBe(false);
    expect(stages.at(-1)).toMatchObject({ name: 'Final', kind: 'final' });
  });

  it('a round written twice (League Two 2025/26, 24. Round) is stored once, each repeated line named', () => {
    const parsed = parse('england/2025-26/4-league2.txt');
    const repeats = parsed.notices.filter((n) => /repeats/.test(n.message));
    expect(repeats).toHaveLength(12);
    expect(repeats[0]).toEqual({ line: 401, message: 'line 401 repeats line 385 (Barrow AFC v Salford City, 2026-01-01): stored once' });
    const barrow = parsed.matches.filter((m) => m.match.home.name === 'Barrow AFC' && m.match.date === '2026-01-01');
    expect(barrow).toHaveLength(1);
  });
});

describe('constructs of the whole language, each from a real file', () => {
  it('penalties written first: Nottingham Forest v Bury, EFL Cup 2018/19, 10-9 pen. (1-1, 0-1)', () => {
    const forest = parse('england/2018-19/eflcup.txt').matches.find((m) => m.match.home.name === 'Nottingham Forest');
    expect(forest?.match.score).toEqual({ halfTime: [0, 1], fullTime: [1, 1], penalties: [10, 9] });
  });

  it('a local time in brackets: Netherlands 0-1 Denmark at Kharkiv, 18:00 (19:00 EEST)', () => {
    const match = parse('euro/2012--poland-ukraine/euro.txt').matches.find((m) => m.match.home.name === 'Netherlands')?.match;
    expect(match).toMatchObject({ date: '2012-06-09', time: '19:00', utcOffset: '+03:00', venue: 'Kharkiv', score: { fullTime: [0, 1] } });
  });

  it('line-ups are read past: Euro 2024 opens with Germany 5-1 Scotland, Wirtz scoring first', () => {
    const [opener] = parse('euro/2024--germany/euro.txt').matches.map((m) => m.match);
    expect(opener).toMatchObject({ home: { name: 'Germany' }, away: { name: 'Scotland' }, score: { fullTime: [5, 1] } });
    expect(opener?.goals?.[0]).toMatchObject({ scorer: { name: 'Wirtz' }, minute: 10 });
  });

  it('a dash for a score not known, with [cancelled]: SC Verl v Türkgücü München, 3. Liga 2021/22', () => {
    const match = parse('deutschland/2021-22/3-liga3.txt').matches.find((m) => m.match.home.name === 'SC Verl' && m.match.status === 'cancelled');
    expect(match?.match).toMatchObject({ away: { name: 'Türkgücü München' }, score: {} });
  });

  it('rsssf scorers on the match line, sides split by ` - `: Werder 3-2 Dortmund, Bundesliga 1963/64', () => {
    const werder = parse('deutschland/rsssf/duit64.txt').matches.find((m) => m.match.home.name === 'Werder')?.match;
    expect(werder?.goals?.map((g) => `${g.side} ${g.scorer?.name} ${g.minute}`)).toEqual([
      'home Soya 34',
      'home Schütz 36',
      'home Klöckner 50',
      'away Konietzka 1',
      'away Konietzka 90',
    ]);
  });

  it('a file of several editions with years before the matches: every World Cup final, 1994 won 3-2 on penalties', () => {
    const finals = parse('worldcup/rsssf/worldcup.txt').matches.map((m) => m.match);
    expect(finals).toHaveLength(22);
    const usa = finals.find((m) => m.edition.name === '1994');
    expect(usa).toMatchObject({ home: { name: 'Brazil' }, away: { name: 'Italy' }, score: { extraTime: [0, 0], penalties: [3, 2] } });
    expect(usa?.notes).toContain('date not given in the source');
  });

  it('minute-first rsssf goals with the running score: Italy 2-1 Czechoslovakia, 1934 final', () => {
    const final = parse('worldcup/rsssf/34f.txt').matches.find((m) => m.match.home.name === 'Italy' && m.match.away.name === 'Czechoslovakia')?.match;
    expect(final?.goals?.map((g) => `${g.side} ${g.scorer?.name} ${g.minute}`)).toEqual(['away Puc 71', 'home Orsi 81', 'home Schiavio 95']);
    expect(final?.score).toEqual({ extraTime: [2, 1] });
  });
});
