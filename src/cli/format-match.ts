// A stored match as the CLI prints it: a block of text (the JSON and one-line forms are shared with
// the API, in src/queries/match-view.ts).
import { formatMinuteOfPlay } from '../domain/score-line.js';
import { goalsInOrder, markers, matchHeadline, stageDisplayName } from '../queries/match-view.js';
import type { StoredMatch } from '../store/queries/stored-match.js';

export function matchText(m: StoredMatch): string {
  const d = m.data;
  const lines: string[] = [];
  const stage = [d.stage ? stageDisplayName(d.stage.name, d.stage.kind) : undefined, d.group ? `Group ${d.group}` : undefined].filter((s) => s).join(', ');
  lines.push(`${d.competition.name} ${d.edition.name}${stage ? ` — ${stage}` : ''}`);
  const when = [d.date, d.time ? `${d.time}${d.utcOffset ? ` UTC${d.utcOffset}` : ''}` : undefined].filter((s) => s).join(' ');
  lines.push(when);
  lines.push('');
  lines.push(`  ${matchHeadline(m)}`);
  if (d.score.halfTime) lines.push(`  half time ${d.score.halfTime[0]}-${d.score.halfTime[1]}` + (d.score.extraTime && d.score.fullTime ? `, 90 minutes ${d.score.fullTime[0]}-${d.score.fullTime[1]}` : ''));
  lines.push('');
  if (m.goals.length > 0) {
    for (const g of goalsInOrder(m.goals)) {
      const team = g.side === 'home' ? d.home.name : d.away.name;
      lines.push(`  ${formatMinuteOfPlay(g.minute, g.stoppage).padStart(7)}  ${g.scorer ?? 'unknown scorer'}${markers(g)}  — ${team}`);
    }
    lines.push('');
  } else if (d.goals === undefined && (d.score.fullTime || d.score.extraTime)) {
    lines.push('  scorers not in the data loaded');
    lines.push('');
  }
  const venue = [d.venue, d.city, d.country].filter((s) => s).join(', ');
  if (venue) lines.push(`venue    ${venue}${d.neutral ? ' (neutral)' : ''}`);
  lines.push(`status   ${d.status}${d.statusNote ? ` (${d.statusNote})` : ''}${d.behindClosedDoors ? ', behind closed doors' : ''}${d.attendance ? `, attendance ${d.attendance}` : ''}`);
  for (const s of m.sources) lines.push(`source   ${s.format}  ${s.file}${s.line !== null ? `:${s.line}` : ''}  (${s.key})`);
  return lines.join('\n');
}
