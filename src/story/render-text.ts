// A story as plain text, as a wire report is laid out: the headline on its own line, the
// standfirst, then the body paragraphs.
import type { Sentence, Story } from './story.js';

export function paragraphText(sentences: readonly Sentence[]): string {
  return sentences.map((s) => s.text).join(' ');
}

/**
 * @example renderText(story) // "Germany rout Brazil 7-1 as Miroslav Klose breaks record\n\nGermany thrashed Brazil 7-1…"
 */
export function renderText(story: Story): string {
  return [story.headline.text, story.standfirst.text, ...story.paragraphs.map(paragraphText)].join('\n\n') + '\n';
}
