// What a story is: a headline, a standfirst and paragraphs of sentences, each sentence carrying the
// ids of the facts and match data it rests on, and the values those ids stand for.
import type { Fact } from '../records/engine/fact.js';

/** A plain JSON value: what the data behind a source id is written as. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Where a sentence comes from. `facts` are record-book fact ids; `match` are ids of match data:
 * `match:123`, `goal:456`, `tie:…`, `table:…`, `fixture:789`, `competition:12`.
 */
export interface SentenceSources {
  readonly facts: readonly string[];
  readonly match: readonly string[];
}

export interface Sentence {
  /** The kind of sentence (`result`, `goals`, `record`, `next`…): which templates it was written from. */
  readonly kind: string;
  readonly text: string;
  readonly sources: SentenceSources;
}

export interface Story {
  readonly matchId: number;
  /** The day of the match, `YYYY-MM-DD`: the dateline. */
  readonly date: string;
  /** `report` after a match, `preview` before one. */
  readonly kind: 'report' | 'preview';
  readonly headline: Sentence;
  readonly standfirst: Sentence;
  readonly paragraphs: readonly (readonly Sentence[])[];
  /** Every source id the sentences cite (facts included), with the data it stands for. */
  readonly evidence: Readonly<Record<string, JsonValue>>;
  /** The facts the story cites, most newsworthy first, each with its proof. */
  readonly facts: readonly Fact[];
}

/** Every sentence of a story in reading order: headline, standfirst, then the body. */
export function storySentences(story: Story): Sentence[] {
  return [story.headline, story.standfirst, ...story.paragraphs.flat()];
}
