// Whether two ways of writing a player's name can denote the same person: `L. Laurent`, `Laurent`
// and `Lucien Laurent`; `Mbappé` and `Kylian Mbappé`. Used only within one team.
import { nameKey } from '../domain/names.js';

export interface KnownName {
  readonly full: string;
  readonly given?: string;
  readonly family?: string;
}

function tokens(text: string): string[] {
  return nameKey(text).split(' ').filter((t) => t.length > 0);
}

/**
 * True when `written` (as a source writes a scorer) fits `known` (a player's recorded names):
 * the same full name, the family name alone, an initial plus the family name, or the given name
 * alone for players known by one name.
 *
 * @example namesCompatible('L. Laurent', { full: 'Lucien Laurent', given: 'Lucien', family: 'Laurent' }) // true
 */
export function namesCompatible(written: string, known: KnownName): boolean {
  const w = tokens(written);
  if (w.length === 0) return false;
  const full = tokens(known.full);
  const family = known.family ? tokens(known.family) : full.slice(-1);
  const given = known.given ? tokens(known.given) : full.slice(0, -1);
  const wKey = w.join(' ');
  if (wKey === full.join(' ') || wKey === family.join(' ')) return true;
  if (given.length > 0 && wKey === given.join(' ')) return true;
  // The written name ends with the family name (or its last part), preceded by initials or given names.
  const familyTail = family.slice(-w.length + 1);
  const last = w[w.length - 1];
  const familyTokens = new Set(family);
  if (last !== undefined && familyTokens.has(last)) {
    const leading = w.slice(0, -1).filter((t) => !familyTokens.has(t));
    if (leading.length === 0) return true;
    const givenTokens = [...given, ...full];
    return leading.every((t) => givenTokens.some((g) => g === t || (t.length === 1 && g.startsWith(t))));
  }
  // One word, the start of a compound family name: `Di María` vs family `Di María`, `Bek` vs `Bek`.
  if (w.length === 1 && last !== undefined && familyTail.length > 0 && family[0] === last) return true;
  return false;
}
