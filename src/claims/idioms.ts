// Desk idioms rewritten into the checker's plain forms before a claim is read: "won the World Cup"
// is a title, not a match won at the World Cup; "five-time world champions" is five titles;
// "on 18 June 1974" is a date. Each rewrite keeps the competition phrase, so the scope reader still
// finds it, and says nothing the original does not.
import { NUMBER } from './words.js';

const CUP = "(?<cup>(?:fifa\\s+)?(?:(?:men|women)'?s\\s+)?world\\s+cup)";
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?<month>${MONTHS.join('|')})`;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const COUNT_WORDS: Readonly<Record<string, string>> = { once: 'one times', twice: 'two times', thrice: 'three times' };

interface Idiom {
  readonly pattern: RegExp;
  readonly replace: (m: RegExpExecArray) => string;
}

const IDIOMS: readonly Idiom[] = [
  // Dates: "on 18 June 1974", "on June 18, 1974" → "on 1974-06-18".
  {
    pattern: new RegExp(`\\bon\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(?<year>\\d{4})\\b`, 'i'),
    replace: (m) => `on ${m.groups?.year}-${pad(MONTHS.indexOf((m.groups?.month ?? '').toLowerCase()) + 1)}-${pad(Number(m.groups?.day))}`,
  },
  {
    pattern: new RegExp(`\\bon\\s+${MONTH}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b`, 'i'),
    replace: (m) => `on ${m.groups?.year}-${pad(MONTHS.indexOf((m.groups?.month ?? '').toLowerCase()) + 1)}-${pad(Number(m.groups?.day))}`,
  },
  // "five-time world champions", "four-time World Cup winners" → five titles.
  {
    pattern: new RegExp(`\\b(?:are|were|is|was|became|become)\\s+(?:now\\s+)?(?<n>${NUMBER})[- ]times?\\s+(?:${CUP}|world)\\s+(?:champions|winners)\\b`, 'i'),
    replace: (m) => `have won the title ${m.groups?.n} times at the ${m.groups?.cup ?? 'World Cup'}`,
  },
  // "won four World Cups", "won more World Cups than Germany".
  {
    pattern: new RegExp(`\\b(?<verb>won|win|wins|lifted|claimed)\\s+(?<n>${NUMBER}|more|fewer)\\s+(?<cup>(?:fifa\\s+)?(?:(?:men|women)'?s\\s+)?world\\s+cup)s\\b(?<than>\\s+than\\s+[^,]+?)?(?=[,.;]|$)`, 'i'),
    replace: (m) => {
      const n = m.groups?.n ?? '';
      const cup = m.groups?.cup ?? 'World Cup';
      if (/^(more|fewer)$/i.test(n)) return `${m.groups?.verb} the title ${n.toLowerCase()} times${m.groups?.than ?? ''} at the ${cup}`;
      return `${m.groups?.verb} the title ${n} times at the ${cup}`;
    },
  },
  // "won the World Cup" (not "a World Cup match") → the title, at the World Cup.
  {
    pattern: new RegExp(`\\b(?<verb>won|win|wins|winning|lifted|lift|lifts)\\s+(?:the\\s+)?${CUP}(?!\\s*(?:match|game|final|semi|quarter|group|tie|title))(?<rest>(?:\\s+(?:${NUMBER}|once|twice|thrice)\\s+times?|\\s+(?:once|twice|thrice))?)`, 'i'),
    replace: (m) => {
      const rest = (m.groups?.rest ?? '').trim().toLowerCase();
      const count = rest ? ` ${COUNT_WORDS[rest] ?? rest}` : '';
      return `${m.groups?.verb} the title${count} at the ${m.groups?.cup}`;
    },
  },
  // "won the title once/twice".
  { pattern: /\bthe title\s+(once|twice|thrice)\b/i, replace: (m) => `the title ${COUNT_WORDS[(m[1] ?? '').toLowerCase()] ?? ''}` },
  // "played in eight World Cup finals", "reached four World Cup finals".
  {
    pattern: new RegExp(`\\b(?<verb>played in|appeared in|reached|contested|made)\\s+(?<n>${NUMBER})\\s+${CUP}\\s+finals\\b`, 'i'),
    replace: (m) => `${m.groups?.verb} ${m.groups?.n} finals at the ${m.groups?.cup}`,
  },
  // "appeared at 17 World Cups", "played at 22 World Cups", "qualified for 17 World Cups".
  {
    pattern: new RegExp(`\\b(?:appeared|played|competed|taken part|featured)\\s+(?:at|in)\\s+(?<n>${NUMBER})\\s+(?<cup>(?:fifa\\s+)?(?:(?:men|women)'?s\\s+)?world\\s+cup)s\\b`, 'i'),
    replace: (m) => `appeared ${m.groups?.n} times at the ${m.groups?.cup}`,
  },
  // "scored twice", "scored a brace".
  { pattern: /\b(scored|netted|hit)\s+(?:twice|a brace)\b/i, replace: (m) => `${m[1]} two goals` },
  // "have never won the title" is a count of none (negations are otherwise not read).
  { pattern: /\b(has|have|had)\s+never\s+won\s+the\s+title\b/i, replace: (m) => `${m[1]} won the title zero times` },
  // "won the Golden Boot" is the top scorer of the edition named with it.
  { pattern: /\bwon the golden boot\b/i, replace: () => 'was the top scorer' },
];

/**
 * The claim with desk idioms in plain form.
 *
 * @example rewriteIdioms('Italy have won the World Cup four times') // 'Italy have won the title four times at the World Cup'
 */
export function rewriteIdioms(text: string): string {
  let out = text;
  for (const idiom of IDIOMS) {
    const found = idiom.pattern.exec(out);
    if (found) out = `${out.slice(0, found.index)}${idiom.replace(found)}${out.slice(found.index + found[0].length)}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}
