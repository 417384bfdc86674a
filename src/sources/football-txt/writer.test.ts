import { describe, expect, it } from 'vitest';
import { UsageError } from '../../domain/errors.js';
import type { MatchData } from '../../domain/match-data.js';
import { parseFootballTxt } from './parser.js';
import { writeFootballTxt, writeFootballTxtFiles } from './writer.js';

const FINAL_2022 = [
  '= World Cup 2022       # in Qatar',
  '▪ Final',
  'Sun Dec 18',
  '   18:00     Argentina          3-3 a.e.t. (2-2, 2-0), 4-2 pen.   France @ Lusail Iconic Stadium, Lusail',
  "               (Lionel Messi 23'(pen.), 108' Ángel Di María 36'; ",
  "                Kylian Mbappé 80' (pen.), 81', 118' (pen.))",
].join('\n');

const parse = (text: string): MatchData[] => parseFootballTxt(text, 'x.txt').matches.map((m) => m.match);

describe('writeFootballTxt', () => {
  it('writes the 2022 final in canonical form: dated line with year, score, venue, goal block with ;', () => {
    const written = writeFootballTxt(parse(FINAL_2022));
    expect(written).toBe(
      [
        '= World Cup 2022   # in neutral venues',
        '',
        '',
        '▪ Final',
        'Sun Dec 18 2022',
        '  18:00  Argentina v France  3-3 a.e.t. (2-2, 2-0), 4-2 pen.  @ Lusail Iconic Stadium, Lusail',
        "      (Lionel Messi 23' (pen.), 108' Ángel Di María 36'; Kylian Mbappé 80' (pen.), 81', 118' (pen.))",
        '',
      ].join('\n'),
    );
    expect(parse(written)).toEqual(parse(FINAL_2022));
  });

  it('writes UTC offsets, statuses and stoppage minutes', () => {
    const text = [
      '= World Cup 2018   # in Russia',
      '▪ Group A',
      'Thu Jun 14',
      " 18:00 UTC+3     Russia       5-0 (2-0)  Saudi Arabia     @ Luzhniki Stadium, Moscow",
      "        (Gazinsky 12' Cheryshev 43', 90+1' Dzyuba 71' Golovin 90+4')",
      '  Sweden  n/p  Austria  [cancelled; Austria withdrew]',
    ].join('\n');
    const written = writeFootballTxt(parse(text));
    expect(written).toContain('  18:00 UTC+3  Russia v Saudi Arabia  5-0 (2-0)  @ Luzhniki Stadium, Moscow');
    expect(written).toContain("90+1'");
    expect(written).toContain('Sweden v Austria  [cancelled; Austria withdrew]');
    expect(parse(written)).toEqual(parse(text));
  });

  it('refuses matches of two editions in one document; writeFootballTxtFiles splits them', () => {
    const wc = parse(FINAL_2022);
    const cl = parse('= UEFA Champions League 2011/12\n» Final\nSat May/19 2012\n  20.45  Bayern München (GER) v Chelsea FC (ENG)  3-4 pen. 1-1 a.e.t. (1-1, 0-0)');
    expect(() => writeFootballTxt([...wc, ...cl])).toThrow(UsageError);
    const files = writeFootballTxtFiles([...wc, ...cl]);
    expect(files.map((f) => f.name)).toEqual(['fifa-world-cup-2022.txt', 'uefa-champions-league-2011-12.txt']);
    expect(parse(files[1]!.text)).toEqual(cl);
  });
});
