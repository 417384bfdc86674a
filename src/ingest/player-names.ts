// Whether two ways of writing a player's name can denote the same person: `L. Laurent` and
// `Lucien Laurent`; `Mbappé` and `Kylian Mbappé`; `Hwang Sun-hong` and `Sun-hong Hwang`;
// `Igor Belanov` and `Ihor Belanov`. Used only within one team, where such matches are safe.
import { nameKey } from '../domain/names.js';

export interface KnownName {
  readonly full: string;
  readonly given?: string;
  readonly family?: string;
}

/** The words a player's recorded name is found by within a team. */
export function recordedWords(name: string): string[] {
  return nameKey(name).split(' ');
}

/**
 * The words a written name looks players up by: two letters or more. Every rule of
 * namesCompatible needs a word in common, an initial aside, so these find every candidate.
 */
export function lookupWords(written: string): string[] {
  return nameKey(written)
    .split(' ')
    .filter((word) => word.length >= 2);
}

// Particles that one source writes and another drops: `Luis de Souza`, `Luis Souza`.
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'van', 'von', 'der', 'den', 'del', 'la', 'le', 'y', 'e', 'el', 'al', 'bin', 'ben']);

function words(text: string): string[] {
  return nameKey(text)
    .split(' ')
    .filter((t) => t.length > 0 && !PARTICLES.has(t));
}

function covers(longer: readonly string[], shorter: readonly string[]): boolean {
  // Every word of the shorter name is in the longer one, an initial standing for a word.
  const pool = [...longer];
  for (const w of shorter) {
    const at = pool.findIndex((p) => p === w || (w.length === 1 && p.startsWith(w)));
    if (at < 0) return false;
    pool.splice(at, 1);
  }
  return true;
}

/**
 * True when `written` (as a source writes a scorer) can be the player recorded as `known`: the
 * same words in any order, a subset of them (middle names and given names dropped), initials for
 * given names, or the same family name with a given name spelt another way from the same letter.
 *
 * @example namesCompatible('L. Laurent', { full: 'Lucien Laurent', given: 'Lucien', family: 'Laurent' }) // true
 */
export function namesCompatible(written: string, known: KnownName): boolean {
  const w = words(written);
  const k = words(known.full);
  if (w.length === 0 || k.length === 0) return false;
  if (w.length <= k.length ? covers(k, w) : covers(w, k)) return true;
  const family = known.family ? words(known.family) : k.slice(-1);
  const lastWritten = w[w.length - 1];
  const lastFamily = family[family.length - 1];
  if (lastWritten === undefined || lastFamily === undefined || lastWritten !== lastFamily) return false;
  // Transliterations: Igor / Ihor, Oleg / Oleh — same family name, given names from the same letter.
  const firstWritten = w[0];
  const firstKnown = k[0];
  return w.length > 1 && k.length > 1 && firstWritten !== undefined && firstKnown !== undefined && firstWritten[0] === firstKnown[0];
}
