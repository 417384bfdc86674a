import { describe, expect, it } from 'vitest';
import { choose, fill, fits } from './vary.js';

const TEMPLATES = ['{winner} beat {loser} {score}', '{winner} saw off {loser} {score}', '{winner} won {score} in {city}'];

describe('varied, repeatable wording', () => {
  it('picks the same template for the same match and kind, every time', () => {
    const slots = { winner: 'Germany', loser: 'Brazil', score: '7-1' };
    expect(choose(1013, 'win', TEMPLATES, slots)).toBe(choose(1013, 'win', TEMPLATES, slots));
    const picks = new Set(Array.from({ length: 50 }, (_, id) => choose(id, 'win', TEMPLATES, slots)));
    expect(picks.size).toBe(2);
  });

  it('never uses a template whose slot is missing; optional slots may be empty', () => {
    expect(fits('{winner} won {score} in {city}', { winner: 'Germany', score: '7-1' })).toBe(false);
    expect(fits('{winner} won{_where}', { winner: 'Germany' })).toBe(true);
    expect(fill('{winner} won{_where}', { winner: 'Germany' })).toBe('Germany won');
    expect(choose(1, 'x', ['{missing}'], {})).toBeUndefined();
  });
});
