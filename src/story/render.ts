// The formats a story is written out in, by name.
import type { Story } from './story.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

export const STORY_FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type StoryFormat = (typeof STORY_FORMATS)[number];

export function renderStory(story: Story, format: StoryFormat): string {
  switch (format) {
    case 'text':
      return renderText(story);
    case 'markdown':
      return renderMarkdown(story);
    case 'html':
      return renderHtml(story);
    case 'json':
      return renderJson(story);
  }
}
