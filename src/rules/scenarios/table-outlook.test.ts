import { describe, expect, it } from 'vitest';
import type { MatchData } from '../../domain/match-data.js';
import { computeTable, tableRulesFor } from '../tables/index.js';
import { matchesAsOf, isOpenFixture } from './as-of.js';
import { tableOutlook } from './table-outlook.js';

const competition = { name: 'UEFA Champions League', sex: 'men', kind: 'cup' } as const;
const edition = { name: '2022/23', startYear: 2022, endYear: 2023 };
const stage = { name: 'Group stage', kind: 'group' } as const;

function match(date: string, home: string, away: string, h: number, a: number): MatchData {
  return { competition, edition, stage, group: 'Group H', date, home: { name: home }, away: { name: away }, score: { fullTime: [h, a] }, status: 'played' };
}

// 2022/23 Group H as it stood after matchday 4 (12 October 2022), when Maccabi Haifa and Juventus
// had three points each and Benfica and Paris Saint-Germain eight.
const GROUP_H = [
  match('2022-09-06', 'Paris Saint-Germain', 'Juventus', 2, 1),
  match('2022-09-06', 'SL Benfica', 'Maccabi Haifa', 2, 0),
  match('2022-09-14', 'Juventus', 'SL Benfica', 1, 2),
  match('2022-09-14', 'Maccabi Haifa', 'Paris Saint-Germain', 1, 3),
  match('2022-10-05', 'SL Benfica', 'Paris Saint-Germain', 1, 1),
  match('2022-10-05', 'Juventus', 'Maccabi Haifa', 3, 1),
  match('2022-10-11', 'Paris Saint-Germain', 'SL Benfica', 1, 1),
  match('2022-10-11', 'Maccabi Haifa', 'Juventus', 2, 0),
  match('2022-10-25', 'SL Benfica', 'Juventus', 4, 3),
  match('2022-10-25', 'Paris Saint-Germain', 'Maccabi Haifa', 7, 2),
  match('2022-11-02', 'Juventus', 'Paris Saint-Germain', 1, 2),
  match('2022-11-02', 'Maccabi Haifa', 'SL Benfica', 1, 6),
];

describe('tableOutlook: what Group H could still become', () => {
  it('after matchday 4 nothing is decided; after matchday 6 everything is', () => {
    const rules = tableRulesFor(competition, edition, stage);
    const midway = matchesAsOf(GROUP_H, '2022-10-12');
    const played = midway.filter((m) => !isOpenFixture(m));
    const open = midway.filter(isOpenFixture);
    const outlook = tableOutlook(computeTable(played, rules), open, rules.pointsForWin);
    const benfica = outlook.find((t) => t.team === 'SL Benfica');
    expect(benfica).toMatchObject({ points: 8, remaining: 2, maxPoints: 14, bestPosition: 1 });
    expect(outlook.some((t) => t.decided)).toBe(false);
    // Juventus, on three points with two matches to play, could still finish anywhere.
    expect(outlook.find((t) => t.team === 'Juventus')).toMatchObject({ bestPosition: 1, worstPosition: 4 });

    const final = tableOutlook(computeTable(GROUP_H, rules), [], rules.pointsForWin);
    expect(final.every((t) => t.decided)).toBe(true);
  });
});

describe('tableOutlook: a team yet to play', () => {
  it('after matchday 1 with Juventus and Paris Saint-Germain yet to play theirs, Benfica are not sure of first place: PSG can still reach six points', () => {
    const rules = tableRulesFor(competition, edition, stage);
    const played = [match('2022-09-06', 'SL Benfica', 'Maccabi Haifa', 2, 0)];
    const open = [
      { ...match('2022-09-07', 'Paris Saint-Germain', 'Juventus', 0, 0), score: {}, status: 'scheduled' as const },
      { ...match('2022-09-14', 'Maccabi Haifa', 'Paris Saint-Germain', 0, 0), score: {}, status: 'scheduled' as const },
    ];
    const outlook = tableOutlook(computeTable(played, rules), open, rules.pointsForWin);
    expect(outlook.find((t) => t.team === 'Paris Saint-Germain')).toMatchObject({ points: 0, remaining: 2, maxPoints: 6, bestPosition: 1 });
    expect(outlook.find((t) => t.team === 'SL Benfica')?.worstPosition).toBeGreaterThan(1);
  });
});
