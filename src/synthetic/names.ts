// Plausible, syllable-built names: people (unique by id, no lookup needed) and places and teams (unique by registry).
import type { Random } from './random.js';

const SYLLABLES = [
  'ba', 'be', 'bo', 'da', 'de', 'di', 'do', 'ka', 'ke', 'ki', 'ko', 'la', 'le', 'li', 'lo', 'lu',
  'ma', 'me', 'mi', 'mo', 'na', 'ne', 'ni', 'no', 'ra', 're', 'ri', 'ro', 'ru', 'sa', 'se', 'si',
  'so', 'ta', 'te', 'ti', 'to', 'va', 've', 'vi', 'zo', 'za', 'gu', 'fe', 'ja', 'jo', 'pa', 'po',
] as const;
const BASE = SYLLABLES.length;
// Endings are a function of the encoded value, so they add flavour without breaking uniqueness.
const FAMILY_ENDINGS = ['', 'n', 'r', 's', 'k', 'v', 'l', 'z'] as const;
const MEN_ENDINGS = ['', 'n', 'r', 's', 'o'] as const;
const WOMEN_ENDINGS = ['', 'a', 'na', 'la', 'e'] as const;
const GIVEN_COUNT = 64;
const PERMUTATION_BITS = 22;
const PERMUTATION_MASK = (1 << PERMUTATION_BITS) - 1;

function syllable(index: number): string {
  return SYLLABLES[index % BASE] ?? 'ba';
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A bijection on 22-bit values: neighbouring ids get unrelated-looking names. */
function permute(value: number): number {
  let v = value & PERMUTATION_MASK;
  v = Math.imul(v, 0x2c1b3c6d) & PERMUTATION_MASK;
  v ^= v >>> 11;
  v = Math.imul(v, 0x297a2d39) & PERMUTATION_MASK;
  v ^= v >>> 7;
  return v;
}

/** Syllables spelling `value` in base 48: distinct values, distinct spellings. */
function spell(value: number, syllables: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < syllables; i++) {
    out += syllable(v % BASE);
    v = Math.floor(v / BASE);
  }
  return out;
}

function givenName(index: number, sex: 'men' | 'women'): string {
  const endings = sex === 'men' ? MEN_ENDINGS : WOMEN_ENDINGS;
  const stem = syllable((index * 7 + 3) % BASE) + syllable((index * 13 + 5) % BASE);
  return capitalise(stem + (endings[index % endings.length] ?? ''));
}

export interface PersonName {
  readonly name: string;
  readonly givenName: string;
  readonly familyName: string;
}

/**
 * The name of player `id`: the 22-bit permuted id picks one of 64 given names and spells the rest
 * as a three-syllable family name, so two ids never share a full name (ids past 2^22 add a suffix).
 *
 * @example personName(1234, 'men') // { name: 'Dilo Rezasin', … } (illustrative)
 */
export function personName(id: number, sex: 'men' | 'women'): PersonName {
  const v = permute(id);
  const given = givenName(v % GIVEN_COUNT, sex);
  const rest = Math.floor(v / GIVEN_COUNT);
  let family = capitalise(spell(rest, 3) + (FAMILY_ENDINGS[rest % FAMILY_ENDINGS.length] ?? ''));
  const high = Math.floor(id / (PERMUTATION_MASK + 1));
  if (high > 0) family += `-${capitalise(spell(high, 2))}`;
  return { name: `${given} ${family}`, givenName: given, familyName: family };
}

/** Hands out names that have not been given before: retries the draw until one is new. */
export class NameRegistry {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.used.add(name.toLowerCase());
  }

  unique(rng: Random, draw: (rng: Random) => string): string {
    for (;;) {
      const name = draw(rng);
      if (this.claim(name)) return name;
    }
  }

  /** Takes the name if nobody has it yet. */
  claim(name: string): boolean {
    const key = name.toLowerCase();
    if (this.used.has(key)) return false;
    this.used.add(key);
    return true;
  }
}

function word(rng: Random, minSyllables: number, maxSyllables: number): string {
  let out = '';
  const n = rng.int(minSyllables, maxSyllables);
  for (let i = 0; i < n; i++) out += rng.pick(SYLLABLES);
  return out;
}

const COUNTRY_SUFFIXES = ['ia', 'land', 'stan', 'ora', 'esh', 'ar', 'ovia', 'any', 'ica'] as const;
const CITY_SUFFIXES = ['', '', 'burg', 'ton', 'ville', 'grad', 'polis', 'hafen', 'mouth'] as const;
const CLUB_FORMS = ['FC {}', '{} FC', '{} United', 'Athletic {}', 'Sporting {}', 'Dynamo {}', 'Real {}', '{} City', 'Racing {}', '{} Rovers'] as const;
const STADIUM_FORMS = ['{} Park', 'Estadio {}', 'Stadion {}', '{} Arena', '{} Road', 'Campo {}'] as const;

export function countryName(rng: Random): string {
  return capitalise(word(rng, 2, 3) + rng.pick(COUNTRY_SUFFIXES));
}

export function cityName(rng: Random): string {
  return capitalise(word(rng, 2, 3) + rng.pick(CITY_SUFFIXES));
}

export function clubName(rng: Random, city: string): string {
  return rng.pick(CLUB_FORMS).replace('{}', city);
}

export function stadiumName(rng: Random): string {
  return rng.pick(STADIUM_FORMS).replace('{}', capitalise(word(rng, 2, 3)));
}

/** A three-letter code from the name, else from its letters in other orders. */
export function teamCode(rng: Random, name: string, used: Set<string>): string {
  const letters = name.toUpperCase().replace(/[^A-Z]/g, '');
  let code = letters.slice(0, 3);
  while (used.has(code) || code.length < 3) {
    code = `${letters.charAt(0)}${String.fromCharCode(65 + rng.below(26))}${String.fromCharCode(65 + rng.below(26))}`;
  }
  used.add(code);
  return code;
}
