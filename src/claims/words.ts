// Words as journalists write them: numbers and ordinals in words or figures, typographic quotes,
// and names compared the way the store compares them.
import { nameKey } from '../domain/names.js';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** Whom "more … than" compares with when it is everyone else: "anyone", "any other team", "every other player". */
export const EVERYONE_ELSE = /^(?:anyone|anybody|any\s+other\s+(?:team|side|nation|country|club|player|man|woman)|every\s+other\s+(?:team|side|nation|country|club|player)|all\s+(?:the\s+)?others)(?:\s+else)?(?:\s+(?:has|have|did))?$/i;

/** A regex fragment matching a cardinal in figures or words up to ninety-nine. */
export const NUMBER = `(?:\\d+|(?:${TENS.slice(2).join('|')})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')})`;

/** A regex fragment matching an ordinal in figures ("16th") or words ("fourth", "twenty-first"). */
export const ORDINAL = `(?:\\d+(?:st|nd|rd|th)|(?:${TENS.slice(2).join('|')})[- ](?:${ORDINAL_UNITS.slice(1, 10).join('|')})|${ORDINAL_TENS.slice(2).join('|')}|${ORDINAL_UNITS.slice(1).join('|')})`;

/**
 * A cardinal written in figures or words.
 *
 * @example parseNumber('thirteen') // 13
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  const unit = UNITS.indexOf(t);
  if (unit >= 0) return unit;
  const [tens, ones] = t.split(/[- ]/);
  const ten = TENS.indexOf(tens ?? '');
  if (ten < 2) return undefined;
  if (ones === undefined) return ten * 10;
  const one = UNITS.indexOf(ones);
  return one >= 1 && one <= 9 ? ten * 10 + one : undefined;
}

/**
 * An ordinal written in figures or words.
 *
 * @example parseOrdinal('fourth') // 4; parseOrdinal('16th') // 16
 */
export function parseOrdinal(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const figures = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (figures) return Number(figures[1]);
  const unit = ORDINAL_UNITS.indexOf(t);
  if (unit >= 1) return unit;
  const tenOnly = ORDINAL_TENS.indexOf(t);
  if (tenOnly >= 2) return tenOnly * 10;
  const [tens, ones] = t.split(/[- ]/);
  const ten = TENS.indexOf(tens ?? '');
  const one = ORDINAL_UNITS.indexOf(ones ?? '');
  return ten >= 2 && one >= 1 && one <= 9 ? ten * 10 + one : undefined;
}

/** Typographic quotes and dashes made plain, spaces collapsed, the final full stop dropped. */
export function normaliseClaimText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, (dash, offset: number, all: string) => (/\d/.test(all[offset - 1] ?? '') && /\d/.test(all[offset + 1] ?? '') ? '-' : dash))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .trim();
}

/**
 * True when a typed name denotes a stored one: the same name key, or every typed word in it
 * ("Milla" for "Roger Milla").
 */
export function nameMatches(typed: string, stored: string): boolean {
  const a = nameKey(typed);
  const b = nameKey(stored);
  if (a === b) return true;
  if (a.length === 0) return false;
  const have = new Set(b.split(' '));
  return a.split(' ').every((w) => have.has(w));
}

/** "1958" → 1958; "2020-21", "2020/21", "2020/2021" → 2020 (the year an edition starts). */
export function editionStartYear(said: string): number | undefined {
  const m = /(\d{4})/.exec(said);
  return m ? Number(m[1]) : undefined;
}

/** 1 → "1st"… for statements that quote a place. */
export function ordinalFigure(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;
}
