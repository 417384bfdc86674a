// Name normalisation shared by every identity decision: one spelling-insensitive key per name.

/**
 * A comparison key for a name: accents removed, lower case, punctuation and extra spaces dropped.
 *
 * @example nameKey('Ángel Di María') // 'angel di maria'
 */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    // Imports ask for the same few thousand names hundreds of thousands of times.
    if (keyCache.size > 200_000) keyCache.clear();
    key = computeNameKey(name);
    keyCache.set(name, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

function computeNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[.'’`´\-_/]/g, ' ')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
