// People named the way a desk names them: in full the first time, by surname after — unless two
// people of the story share the surname, when both stay in full.
import type { Sentence } from './story.js';

/** Words that begin a surname rather than end a given name: "Ángel Di María", "Virgil van Dijk". */
const PARTICLES = new Set(['da', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'den', 'ten', 'ter', 'al', 'el', 'bin', 'ben', 'mac']);
/** Words that go with the surname before them: "Neymar Jr". */
const SUFFIXES = new Set(['jr', 'jr.', 'junior', 'sr', 'sr.', 'ii', 'iii', 'filho', 'neto']);

/**
 * The surname a desk would use; the name itself when it is one word.
 *
 * @example surnameOf('Ángel Di María') // 'Di María'
 * @example surnameOf('Kylian Mbappé') // 'Mbappé'
 */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return name.trim();
  const particle = words.findIndex((word, i) => i > 0 && i < words.length - 1 && PARTICLES.has(word.toLowerCase()));
  if (particle > 0) return words.slice(particle).join(' ');
  const last = words[words.length - 1] ?? '';
  if (SUFFIXES.has(last.toLowerCase()) && words.length > 2) return words.slice(-2).join(' ');
  return last;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Patterns made so far, by name: a writer of many stories meets the same scorers again. */
const WHOLE_NAMES = new Map<string, RegExp>();
const WHOLE_NAMES_KEPT = 10_000;

/**
 * The name as a whole word. Compiling a Unicode pattern with look-behind was the renaming's largest
 * own cost (0.36 ms a story in a CPU profile of bench:story, 305 stories): each is made once and
 * kept. Kept patterns are safe to share: `replace` with a global pattern starts from the beginning
 * and leaves `lastIndex` at 0.
 */
function wholeName(name: string): RegExp {
  let pattern = WHOLE_NAMES.get(name);
  if (pattern === undefined) {
    if (WHOLE_NAMES.size >= WHOLE_NAMES_KEPT) WHOLE_NAMES.clear();
    pattern = new RegExp(`(?<![\\p{L}\\p{M}])${escape(name)}(?![\\p{L}\\p{M}])`, 'gu');
    WHOLE_NAMES.set(name, pattern);
  }
  return pattern;
}

/**
 * Rewrites the sentences so each person is named in full once, then by surname. `people` are the
 * story's person names; `reserved` are other names (teams) a surname must not be mistaken for.
 */
export function nameOnce(sentences: readonly Sentence[], people: readonly string[], reserved: readonly string[]): Sentence[] {
  const full = [...new Set(people.filter((p) => p.trim().includes(' ')))].sort((a, b) => b.length - a.length);
  const bySurname = new Map<string, string[]>();
  for (const name of new Set(people)) {
    const s = surnameOf(name);
    bySurname.set(s, [...(bySurname.get(s) ?? []), name]);
  }
  // Only names the sentences hold can be shortened: a story's people are the scorers and record
  // holders of a whole edition, hundreds of names against a dozen sentences.
  const mentioned = full.filter((name) => sentences.some((sentence) => sentence.text.includes(name)));
  const shortened = mentioned.filter((name) => {
    const s = surnameOf(name);
    // Two people, or a person and a team, with one surname: both keep their full names.
    return (bySurname.get(s)?.length ?? 0) === 1 && !reserved.includes(s) && !full.some((other) => other !== name && other.includes(s) && !other.includes(name));
  });
  // Each pattern compiled once, and tried only on the sentences that hold its name.
  const patterns = shortened.map((name) => ({ name, pattern: wholeName(name) }));
  const named = new Set<string>();
  return sentences.map((sentence) => {
    let text = sentence.text;
    for (const { name, pattern } of patterns) {
      if (!text.includes(name)) continue;
      let seen = named.has(name);
      text = text.replace(pattern, (match) => {
        if (!seen) {
          seen = true;
          return match;
        }
        return surnameOf(name);
      });
      if (seen) named.add(name);
    }
    return text === sentence.text ? sentence : { ...sentence, text };
  });
}

/**
 * A team that opens two sentences running is "they" the second time: "Argentina reached 150 World
 * Cup goals. They are unbeaten in six World Cup matches."
 */
export function varyTeams(paragraph: readonly Sentence[], teams: readonly string[], words: { they: string; their: string }): Sentence[] {
  let lastOpener: string | undefined;
  return paragraph.map((sentence) => {
    // "Netherlands and Spain met…", "Netherlands v Spain equalled…": the team opens the sentence but is not its subject.
    const opener = teams.find((t) => (sentence.text.startsWith(`${t} `) && !/^(?:v|and|or)\s/.test(sentence.text.slice(t.length + 1))) || sentence.text.startsWith(`${t}'s `));
    const repeat = opener !== undefined && opener === lastOpener;
    lastOpener = repeat ? undefined : opener;
    if (!repeat || !opener) return sentence;
    const rest = sentence.text.slice(opener.length);
    const text = rest.startsWith("'s ") ? `${words.their}${rest.slice(2)}` : `${words.they}${rest}`;
    return { ...sentence, text };
  });
}
