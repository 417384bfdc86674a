// A story as an HTML fragment, every text escaped; each sentence is a span that names its sources.
import type { Sentence, Story } from './story.js';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function span(s: Sentence): string {
  const facts = s.sources.facts.length > 0 ? ` data-facts="${escapeHtml(s.sources.facts.join(' '))}"` : '';
  return `<span data-kind="${escapeHtml(s.kind)}" data-match="${escapeHtml(s.sources.match.join(' '))}"${facts}>${escapeHtml(s.text)}</span>`;
}

export function renderHtml(story: Story): string {
  const body = story.paragraphs.map((p) => `  <p>${p.map(span).join(' ')}</p>`);
  return [
    `<article class="matchfacts-story" data-match-id="${story.matchId}">`,
    `  <h1>${span(story.headline)}</h1>`,
    `  <p class="dateline"><time datetime="${escapeHtml(story.date)}">${escapeHtml(story.date)}</time></p>`,
    `  <p class="standfirst">${span(story.standfirst)}</p>`,
    ...body,
    '</article>',
    '',
  ].join('\n');
}
