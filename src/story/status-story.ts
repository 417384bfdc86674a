// A match without a result to report — scheduled, postponed, cancelled, abandoned, suspended, or
// played with no score in the data: the story says so instead of inventing a result.
import type { Sentence } from './story.js';
import type { StoryInput } from './story-input.js';
import type { MatchView } from './match-view.js';
import { dateWritten } from './numbers.js';
import { firstLegStanding } from './result.js';
import { occasionOf } from './result-paragraph.js';
import { competitionSentences } from './next-paragraph.js';
import type { StoryWriter } from './writer.js';

export interface StatusStory {
  readonly headline: Sentence;
  readonly standfirst: Sentence;
  readonly paragraphs: Sentence[][];
}

function present<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((s): s is T => s !== undefined);
}

/** The story of a match with no result; undefined for a played match with a score. */
export function statusStory(w: StoryWriter, input: StoryInput, view: MatchView): StatusStory | undefined {
  const d = view.match.data;
  const sources = { match: [view.ref] };
  const final = view.final;
  const score = final ? `${final[0]}-${final[1]}` : undefined;
  const slots = {
    home: view.home,
    away: view.away,
    date: dateWritten(d.date),
    occasion: occasionOf(input),
    _at: score ? (w.phrase('status.at', { score }) ?? '') : '',
  };
  let headlineKind: Parameters<StoryWriter['sentence']>[0];
  let standfirstKind: Parameters<StoryWriter['sentence']>[0];
  // Compared as a string: statuses the store may add (a match in play, 'live') are not results either.
  const status: string = d.status;
  switch (status) {
    case 'scheduled':
      headlineKind = 'headline.scheduled';
      standfirstKind = 'status.scheduled';
      break;
    case 'postponed':
      headlineKind = 'headline.postponed';
      standfirstKind = 'status.postponed';
      break;
    case 'cancelled':
      headlineKind = 'headline.cancelled';
      standfirstKind = 'status.cancelled';
      break;
    case 'abandoned':
      headlineKind = 'headline.abandoned';
      standfirstKind = 'status.abandoned';
      break;
    case 'suspended':
      headlineKind = 'headline.suspended';
      standfirstKind = 'status.suspended';
      break;
    case 'played':
    case 'awarded':
      if (final) return undefined;
      headlineKind = 'headline.unknown';
      standfirstKind = 'status.unknownScore';
      break;
    case 'live':
      headlineKind = 'headline.live';
      standfirstKind = 'status.live';
      break;
    default:
      // Any other status is not a finished match: said as such, never as a result.
      headlineKind = 'headline.unknown';
      standfirstKind = 'status.unknownScore';
  }
  const headline = w.sentence(headlineKind, slots, sources);
  const standfirst = w.sentence(standfirstKind, slots, sources);
  if (!headline || !standfirst) return undefined;
  const body: Sentence[] = present([
    d.status === 'scheduled' ? w.sentence('status.noResult', {}, sources) : undefined,
    d.statusNote ? w.sentence('status.note', { note: d.statusNote }, sources) : undefined,
    d.behindClosedDoors ? w.sentence('status.closedDoors', {}, sources) : undefined,
  ]);
  const tie = input.tie;
  const context: Sentence[] = [];
  if (tie && tie.leg === 1 && tie.tie.format === 'two_legs') {
    const standing = firstLegStanding(tie);
    const tieSources = { match: [view.ref, tie.id] };
    if (standing?.leader) context.push(...present([w.sentence('tie.firstLegLead', { leader: standing.leader, lead: standing.lead }, tieSources)]));
    else if (standing) context.push(...present([w.sentence('tie.firstLegLevel', { lead: standing.lead }, tieSources)]));
  }
  const uncertain = competitionSentences(w, input);
  return {
    headline: { ...headline, text: headline.text.replace(/\.$/, '') },
    standfirst,
    paragraphs: [[...body, ...context], uncertain].filter((p) => p.length > 0),
  };
}

