// The check the issue asks of every story: each sentence has a source, and every number and every
// capitalised name in its text appears in the data its sources stand for (or in the phrase book's
// own words).
import { LITERAL_WORDS, PHRASES } from '../../src/story/phrases.js';
import { storySentences, type JsonValue, type Sentence, type Story } from '../../src/story/story.js';

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const NUMBER_WORD = /\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;
const TOKEN = /[\p{L}\p{M}]+/gu;

const templates = Object.values(PHRASES).flat() as string[];
const literalChunks = templates.flatMap((t) => t.split(/\{\w+\}/));

/** Capitalised words of the templates themselves: "The", "In", "Record", "Group"… */
export const TEMPLATE_WORDS: ReadonlySet<string> = new Set([
  ...literalChunks.flatMap((chunk) => (chunk.match(TOKEN) ?? []).filter((w) => /^\p{Lu}/u.test(w))),
  ...LITERAL_WORDS,
]);

/** Template text holding a number word ("pulled one back"): not a number from the data. */
const NUMBER_CHUNKS = literalChunks.map((c) => c.trim()).filter((c) => c.length > 0 && new RegExp(NUMBER_WORD.source, 'i').test(c));

function collect(value: JsonValue | undefined, numbers: Set<number>, strings: string[]): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'number') numbers.add(value);
  else if (typeof value === 'string') {
    strings.push(value);
    for (const digits of value.replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+/g) ?? []) numbers.add(Number(digits));
  } else if (Array.isArray(value)) for (const v of value) collect(v, numbers, strings);
  else if (typeof value === 'object') for (const v of Object.values(value)) collect(v as JsonValue, numbers, strings);
}

/** What is wrong with one sentence of a story; empty when it is fully sourced. */
export function sentenceProblems(story: Story, sentence: Sentence): string[] {
  const ids = [...sentence.sources.match, ...sentence.sources.facts];
  if (ids.length === 0) return [`no source: ${sentence.text}`];
  const problems: string[] = [];
  const numbers = new Set<number>();
  const strings: string[] = [];
  for (const id of ids) {
    const value = story.evidence[id];
    if (value === undefined) problems.push(`cites ${id}, not in the story's sources`);
    collect(value, numbers, strings);
  }
  const haystack = strings.join('\n');
  const wordsInSources = new Set((haystack.toLowerCase().match(TOKEN) ?? []));
  let text = sentence.text;
  for (const chunk of NUMBER_CHUNKS) text = text.split(chunk).join(' ');
  text = text.replace(/(\d),(\d{3})\b/g, '$1$2');
  for (const digits of text.match(/\d+/g) ?? []) {
    if (!numbers.has(Number(digits))) problems.push(`number ${digits} not in its sources: ${sentence.text}`);
  }
  // A number word is the number from the data, or a word the data itself writes ("Didier Six", a fact's "in one season").
  for (const word of text.match(NUMBER_WORD) ?? []) {
    const n = NUMBER_WORDS[word.toLowerCase()];
    if (n !== undefined && !numbers.has(n) && !wordsInSources.has(word.toLowerCase())) problems.push(`"${word}" (${n}) not in its sources: ${sentence.text}`);
  }
  for (const token of text.match(TOKEN) ?? []) {
    if (!/^\p{Lu}/u.test(token) || TEMPLATE_WORDS.has(token) || NUMBER_WORDS[token.toLowerCase()] !== undefined) continue;
    if (!haystack.includes(token)) problems.push(`name "${token}" not in its sources: ${sentence.text}`);
  }
  return problems;
}

/** Every problem of a story, each prefixed with the match id. */
export function storyProblems(story: Story): string[] {
  return storySentences(story).flatMap((s) => sentenceProblems(story, s).map((p) => `match ${story.matchId}: ${p}`));
}
