import { describe, expect, it } from 'vitest';
import { namesCompatible } from './player-names.js';

const laurent = { full: 'Lucien Laurent', given: 'Lucien', family: 'Laurent' };
const mbappe = { full: 'Kylian Mbappé', given: 'Kylian', family: 'Mbappé' };
const diMaria = { full: 'Ángel Di María', given: 'Ángel', family: 'Di María' };
const pele = { full: 'Pelé', family: 'Pelé' };

describe('namesCompatible: one scorer written several ways', () => {
  it('1930 France 4-1 Mexico: "L. Laurent" is Lucien Laurent', () => {
    expect(namesCompatible('L. Laurent', laurent)).toBe(true);
    expect(namesCompatible('Laurent', laurent)).toBe(true);
    expect(namesCompatible('M. Laurent', laurent)).toBe(false);
  });
  it('2022 round of 16: "Mbappé" is Kylian Mbappé', () => {
    expect(namesCompatible('Mbappé', mbappe)).toBe(true);
    expect(namesCompatible('Kylian Mbappe', mbappe)).toBe(true);
  });
  it('a compound family name: "Di María" and "Ángel Di María"', () => {
    expect(namesCompatible('Ángel Di María', diMaria)).toBe(true);
    expect(namesCompatible('Di María', diMaria)).toBe(true);
  });
  it('Pelé has one name', () => {
    expect(namesCompatible('Pelé', pele)).toBe(true);
    expect(namesCompatible('Pele', pele)).toBe(true);
  });
  it('a misspelling is not the same player: "Wout Werghost" is not Wout Weghorst', () => {
    expect(namesCompatible('Wout Werghost', { full: 'Wout Weghorst', given: 'Wout', family: 'Weghorst' })).toBe(false);
  });
});
