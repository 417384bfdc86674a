// A story as plain text: a dateline with the headline and standfirst, then the body paragraphs.
import type { Sentence, Story } from './story.js';

export function paragraphText(sentences: readonly Sentence[]): string {
  return sentences.map((s) => s.text).join(' ');
}

/**
 * @example renderText(story) // "date 2014-07-08 'Miroslav Klose breaks record as Germany rout Brazil 7-1' - Germany thrashed…"
 */
export function renderText(story: Story): string {
  const dateline = `date ${story.date} '${story.headline.text}' - ${story.standfirst.text}`;
  return [dateline, ...story.paragraphs.map(paragraphText)].join('\n\n') + '\n';
}
