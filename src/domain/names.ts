// Name normalisation shared by every identity decision: one spelling-insensitive key per name.

/**
 * A comparison key for a name: accents removed, lower case, punctuation and extra spaces dropped.
 *
 * @example nameKey('Ángel Di María') // 'angel di maria'
 */
export function nameKey(name: string): string {
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
