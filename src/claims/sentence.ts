// A sentence being read: each phrase the parser understands is taken out, and what is left at the
// end is what it did not understand — reported to the user, never silently ignored.

/** Words that carry no claim of their own: articles, emphasis, punctuation. */
const FILLERS = new Set([
  'a', 'an', 'the', 'just', 'only', 'ever', 'now', 'also', 'already', 'so', 'far', 'history', 'of', 'and', 'in', 'at',
  'has', 'have', 'had', 'all', 'time', 'all-time', 'officially', 'indeed', 'to', 'date', 'his', 'her', 'their', 'its',
]);

const MARK = ' \u2016 ';

export class Sentence {
  private text: string;

  constructor(text: string) {
    this.text = ` ${text} `;
  }

  /** The text left, with taken phrases marked. */
  get rest(): string {
    return this.text;
  }

  /** The text left without marks, for patterns that read across taken phrases. */
  get plain(): string {
    return this.text.replaceAll('\u2016', ' ').replace(/\s+/g, ' ').trim();
  }

  /** Takes the first match of `pattern` out of the sentence (leaving a mark) and returns it. */
  take(pattern: RegExp): RegExpExecArray | undefined {
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    this.text = `${this.text.slice(0, found.index)}${MARK}${this.text.slice(found.index + found[0].length)}`;
    return found;
  }

  /** Replaces the whole remaining text (after a pattern read it all). */
  replace(text: string): void {
    this.text = ` ${text} `;
  }

  /** The stretches of the sentence no pattern took, as written, without fillers and punctuation. */
  leftovers(): string[] {
    return this.text
      .split('\u2016')
      .map((part) =>
        part
          .split(/\s+/)
          .map((w) => w.replace(/^[,;:()"']+|[,;:()"'.]+$/g, ''))
          .filter((w) => w.length > 0 && !FILLERS.has(w.toLowerCase()))
          .join(' '),
      )
      .filter((part) => part.length > 0);
  }
}
