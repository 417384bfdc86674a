import { describe, expect, it } from 'vitest';
import type { CompetitionRef } from '../../domain/match-data.js';
import { tieRulesFor } from './tie-rules-for.js';

const season = (startYear: number) => ({ name: `${startYear}/${String(startYear + 1).slice(2)}`, startYear, endYear: startYear + 1 });
const year = (y: number) => ({ name: String(y), startYear: y, endYear: y });
const uefa = (name: string): CompetitionRef => ({ name, sex: 'men', kind: 'cup' });
const worldCup: CompetitionRef = { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' };

describe('tieRulesFor: the knockout rules of a competition and era', () => {
  it('UEFA club competitions used away goals, also in extra time, up to 2020-21', () => {
    for (const name of ['UEFA Champions League', 'UEFA Europa League', 'UEFA Conference League']) {
      const rules = tieRulesFor(uefa(name), season(2020));
      expect(rules.twoLegs).toEqual({ awayGoals: true, awayGoalsInExtraTime: true, levelAfterExtraTime: 'penalties' });
      expect(rules.source).toMatch(/regulations/);
    }
  });
  it('UEFA abolished away goals from 2021-22', () => {
    const rules = tieRulesFor(uefa('UEFA Champions League'), season(2021));
    expect(rules.twoLegs.awayGoals).toBe(false);
    expect(rules.source).toMatch(/24 June 2021/);
  });
  it('the World Cup replayed drawn knockout matches in 1934 and 1938, and has used penalties since 1978', () => {
    expect(tieRulesFor(worldCup, year(1934)).singleMatch.levelAfterExtraTime).toBe('replay');
    expect(tieRulesFor(worldCup, year(1938)).singleMatch.levelAfterExtraTime).toBe('replay');
    expect(tieRulesFor(worldCup, year(1970)).singleMatch.levelAfterExtraTime).toBe('lots');
    expect(tieRulesFor(worldCup, year(1978)).singleMatch.levelAfterExtraTime).toBe('penalties');
    expect(tieRulesFor(worldCup, year(2022)).singleMatch.levelAfterExtraTime).toBe('penalties');
  });
  it('World Cup qualifiers and unknown competitions get the default: single matches, extra time, penalties', () => {
    const qualifiers: CompetitionRef = { name: 'FIFA World Cup qualification', sex: 'men', kind: 'international_tournament' };
    expect(tieRulesFor(qualifiers, year(2021)).id).toBe('default-single-match');
    expect(tieRulesFor({ name: 'DFB-Pokal', sex: 'men', kind: 'cup' }, season(2023)).id).toBe('default-single-match');
  });
});
