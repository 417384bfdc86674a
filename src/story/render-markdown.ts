// A story as Markdown: the headline as a heading, the date and standfirst, then the paragraphs.
import type { Story } from './story.js';
import { paragraphText } from './render-text.js';

/** Escapes the characters Markdown would read as formatting. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}

export function renderMarkdown(story: Story): string {
  const lines = [`# ${md(story.headline.text)}`, '', `*${story.date}* — **${md(story.standfirst.text)}**`];
  for (const p of story.paragraphs) lines.push('', md(paragraphText(p)));
  return `${lines.join('\n')}\n`;
}
