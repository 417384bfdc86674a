// Finding a match from what a person types: a date and one team's name, in any spelling we know.
import { nameKey } from '../domain/names.js';

/**
 * True when a typed team name denotes a stored name: the same name key, or the typed words are
 * the start of it or all among its words (`Atalanta` → `Atalanta BC`, `Porto` → `FC Porto`).
 */
export function teamNameMatches(typed: string, stored: string): boolean {
  const t = nameKey(typed);
  const s = nameKey(stored);
  if (t === '' || s === '') return false;
  if (t === s) return true;
  const words = new Set(s.split(' '));
  return t.split(' ').every((w) => words.has(w)) || s.startsWith(`${t} `);
}
