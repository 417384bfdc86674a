import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFootballTxt } from './parser.js';
import { finalScore } from './score.js';
import { writeFootballTxt } from './writer.js';

const ROOT = fileURLToPath(new URL('../../../../shared/data/football-txt/', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const FILES = walk(ROOT)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((path) => ({ name: path.slice(ROOT.length), text: readFileSync(path, 'utf8') }));
const PARSED = FILES.map((f) => ({ ...f, parsed: parseFootballTxt(f.text, f.name) }));

describe('the 61 shared Football.TXT files', () => {
  it('are all read, 5,092 match lines in all', () => {
    expect(FILES).toHaveLength(61);
    const total = PARSED.reduce((sum, f) => sum + f.parsed.matches.length, 0);
    expect(total).toBe(5092);
  });

  it('split into 965 World Cup matches (805 in cup.txt, 160 in cup_finals.txt) and 4,127 UEFA club matches', () => {
    const count = (pick: (name: string) => boolean): number =>
      PARSED.filter((f) => pick(f.name)).reduce((sum, f) => sum + f.parsed.matches.length, 0);
    expect({
      worldCupGroups: count((n) => n.startsWith('worldcup') && n.endsWith('cup.txt')),
      worldCupFinals: count((n) => n.endsWith('cup_finals.txt')),
      clubs: count((n) => n.startsWith('champions-league')),
    }).toEqual({ worldCupGroups: 805, worldCupFinals: 160, clubs: 4127 });
  });

  it('every World Cup goal block adds up to the final score of each side', () => {
    let blocks = 0;
    for (const file of PARSED.filter((f) => f.name.startsWith('worldcup'))) {
      for (const { match } of file.parsed.matches) {
        if (match.goals === undefined || match.goals.length === 0) continue;
        blocks += 1;
        const final = finalScore(match.score);
        const home = match.goals.filter((g) => g.side === 'home').length;
        expect([home, match.goals.length - home], `${file.name} ${match.home.name} v ${match.away.name}`).toEqual(final);
      }
    }
    expect(blocks).toBe(260);
    expect(PARSED.flatMap((f) => f.parsed.notices).filter((n) => /add up/.test(n.message))).toEqual([]);
  });

  it('Champions League files never list scorers: goals are unknown, except that a 0-0 has none', () => {
    const club = PARSED.filter((f) => f.name.startsWith('champions-league')).flatMap((f) => f.parsed.matches);
    const goalless = (m: (typeof club)[number]): boolean => {
      const s = m.match.score;
      const final = s.extraTime ?? s.fullTime;
      return m.match.status === 'played' && final?.[0] === 0 && final[1] === 0;
    };
    expect(club.filter((m) => !goalless(m)).every((m) => m.match.goals === undefined)).toBe(true);
    expect(club.filter(goalless).every((m) => m.match.goals?.length === 0)).toBe(true);
  });

  it.each(PARSED.map((f) => [f.name, f] as const))('%s: parse → write → parse gives the same matches', (_name, file) => {
    const matches = file.parsed.matches.map((m) => m.match);
    const again = parseFootballTxt(writeFootballTxt(matches), 'written.txt').matches.map((m) => m.match);
    expect(again).toEqual(matches);
  });
});
