// A match story drawn from its structured JSON (headline, standfirst, paragraphs of sentences):
// every sentence is text, never HTML from the server.
import type { Story } from '../types.js';

export function StoryView({ story }: { story: Story }) {
  return (
    <article className="story" aria-labelledby="story-headline">
      <h3 id="story-headline">{story.headline.text}</h3>
      <p className="standfirst">{story.standfirst.text}</p>
      {story.paragraphs.map((paragraph, i) => (
        <p key={i}>
          {paragraph.map((sentence, j) => (
            <span key={j} data-kind={sentence.kind}>
              {j > 0 ? ' ' : ''}
              {sentence.text}
            </span>
          ))}
        </p>
      ))}
    </article>
  );
}
