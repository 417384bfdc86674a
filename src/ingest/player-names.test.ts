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

describe('namesCompatible: the spellings that differ between the World Cup database and other sources', () => {
  it('a middle name: "Kai Lukas Havertz" is Kai Havertz', () => {
    expect(namesCompatible('Kai Lukas Havertz', { full: 'Kai Havertz', given: 'Kai', family: 'Havertz' })).toBe(true);
  });
  it('family name first: "Hwang Sun-hong" is Sun-hong Hwang', () => {
    expect(namesCompatible('Hwang Sun-hong', { full: 'Sun-hong Hwang', given: 'Sun-hong', family: 'Hwang' })).toBe(true);
  });
  it('a one-name player written in full: "Ademir de Menezes" is Ademir, "Paulo Roberto Falcão" is Falcão', () => {
    expect(namesCompatible('Ademir de Menezes', { full: 'Ademir', family: 'Ademir' })).toBe(true);
    expect(namesCompatible('Paulo Roberto Falcão', { full: 'Falcão', family: 'Falcão' })).toBe(true);
  });
  it('transliterations: "Igor Belanov" is Ihor Belanov', () => {
    expect(namesCompatible('Igor Belanov', { full: 'Ihor Belanov', given: 'Ihor', family: 'Belanov' })).toBe(true);
  });
  it('brothers are not one player: Frank de Boer is not Ronald de Boer', () => {
    expect(namesCompatible('Frank de Boer', { full: 'Ronald de Boer', given: 'Ronald', family: 'de Boer' })).toBe(false);
  });
});
