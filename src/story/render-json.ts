// A story as JSON: every sentence with its sources, the data each source id stands for, and the
// facts cited with their proof.
import type { Story } from './story.js';
import { renderText } from './render-text.js';

export function storyJson(story: Story): Record<string, unknown> {
  return {
    matchId: story.matchId,
    date: story.date,
    kind: story.kind,
    text: renderText(story),
    headline: story.headline,
    standfirst: story.standfirst,
    paragraphs: story.paragraphs,
    sources: story.evidence,
    facts: story.facts,
  };
}

export function renderJson(story: Story): string {
  return `${JSON.stringify(storyJson(story), null, 2)}\n`;
}
