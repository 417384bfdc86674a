// Points deductions read from the notes RSSSF-derived files carry under their final tables.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deductionIn, readDeductionNotes } from './deductions.js';

const corpus = (path: string) => readFileSync(resolve(process.cwd(), '..', 'shared', 'corpus', 'openfootball', path), 'utf8');

describe('readDeductionNotes', () => {
  it('Premier League 2023/24: Everton 8 and Nottingham Forest 4 points, from a note inside an HTML comment, each with its line', () => {
    expect(readDeductionNotes(corpus('england/rsssf/eng2024-premierleague.txt'))).toEqual([
      { line: 32, team: 'Everton', points: 8, reason: 'for financial reasons' },
      { line: 33, team: 'Nottingham Forest', points: 4, reason: 'for financial reasons' },
    ]);
  });
  it('EFL 2023/24: Reading 6 and Wigan 8 (League One), Southend 10 (National League)', () => {
    expect(readDeductionNotes(corpus('england/rsssf/eng2024-playoffs_details.txt')).map((d) => [d.team, d.points, d.line])).toEqual([
      ['Reading', 6, 92],
      ['Wigan', 8, 93],
      ['Southend', 10, 200],
    ]);
  });
  it('a note that deducts nothing gives nothing (Bundesliga 1964/65: Hertha relegated for lack of a licence)', () => {
    expect(readDeductionNotes(corpus('deutschland/rsssf/duit65.txt'))).toEqual([]);
  });
});

describe('deductionIn: the ways a note words a deduction', () => {
  it.each([
    ['Bolton 12 points deducted for entering administration', { team: 'Bolton', points: 12, reason: 'for entering administration' }],
    ['Luton Town deducted 30 points', { team: 'Luton Town', points: 30 }],
    ['10 points deducted from Leeds United for entering administration', { team: 'Leeds United', points: 10, reason: 'for entering administration' }],
    ['Middlesbrough 3 pts deducted', { team: 'Middlesbrough', points: 3 }],
    ['Derby County nine points deducted', { team: 'Derby County', points: 9 }],
  ])('%s', (clause, expected) => {
    expect(deductionIn(clause, 7)).toEqual({ line: 7, ...expected });
  });
  it('prose without a deduction is none', () => {
    expect(deductionIn('No relegation, league extended to 18 teams', 1)).toBeUndefined();
    expect(deductionIn('Hertha BSC forcibly relegated for lack of license', 1)).toBeUndefined();
  });
});
