import { describe, expect, it } from 'vitest';
import { splitCompetitionQuery } from './competitions.js';

describe('splitCompetitionQuery: competition names typed forgivingly', () => {
  it.each([
    ['World Cup 2018', { competition: 'World Cup', season: '2018' }],
    ['UEFA Champions League 2020/21', { competition: 'UEFA Champions League', season: '2020/21' }],
    ['cl 2020-21', { competition: 'cl', season: '2020/21' }],
    ['Champions League 2022/2023', { competition: 'Champions League', season: '2022/23' }],
    ['FIFA World Cup', { competition: 'FIFA World Cup' }],
  ])('%s', (typed, expected) => {
    expect(splitCompetitionQuery(typed)).toEqual(expected);
  });
});
