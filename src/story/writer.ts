// Writes one sentence from the phrase book, with its sources: no sources, no sentence.
import { MatchfactsError } from '../domain/errors.js';
import { PHRASES, type PhraseKind } from './phrases.js';
import type { Sentence } from './story.js';
import { capitalise, choose, type Slots } from './vary.js';

/** The ids a sentence rests on: record-book fact ids, and match data ids (`match:1`, `goal:2`, `tie:…`). */
export interface SourceIds {
  readonly facts?: readonly string[];
  readonly match?: readonly string[];
}

function unique(ids: readonly string[] | undefined): string[] {
  return [...new Set(ids ?? [])];
}

/** Joins the sources of several sentences or clauses. */
export function mergeSources(...all: readonly SourceIds[]): SourceIds {
  return { facts: unique(all.flatMap((s) => s.facts ?? [])), match: unique(all.flatMap((s) => s.match ?? [])) };
}

/** Ends a sentence with a full stop unless it already ends with one (or a question or exclamation mark). */
function punctuate(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export class StoryWriter {
  /** @param seed the match id: the same match always reads the same. */
  constructor(readonly seed: number) {}

  /** A clause from the phrase book (no capital, no full stop), or undefined when no template fits. */
  phrase(kind: PhraseKind, slots: Slots, salt = ''): string | undefined {
    return choose(this.seed, `${kind}${salt}`, PHRASES[kind], slots);
  }

  /** A whole sentence, or undefined when no template fits the slots. Throws when given no source. */
  sentence(kind: PhraseKind, slots: Slots, sources: SourceIds, salt = ''): Sentence | undefined {
    const text = this.phrase(kind, slots, salt);
    if (text === undefined) return undefined;
    return this.literal(kind, text, sources);
  }

  /** A sentence whose text is already written (a fact's own sentence, a composed clause). */
  literal(kind: string, text: string, sources: SourceIds, options: { punctuate?: boolean } = {}): Sentence {
    const facts = unique(sources.facts);
    const match = unique(sources.match);
    if (facts.length === 0 && match.length === 0) throw new MatchfactsError(`story: a "${kind}" sentence has no source: ${text}`);
    const body = capitalise(text.trim());
    return { kind, text: options.punctuate === false ? body : punctuate(body), sources: { facts, match } };
  }
}
