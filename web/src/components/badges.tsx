// Short labels for what a reader should know at a glance about a match: its status and conditions.
import type { Match } from '../types.js';

const statusLabels: Record<string, string> = {
  played: 'played',
  scheduled: 'scheduled',
  postponed: 'postponed',
  abandoned: 'abandoned',
  cancelled: 'cancelled',
  suspended: 'suspended',
  awarded: 'result awarded',
  annulled: 'annulled',
};

export function matchBadges(match: Match): string[] {
  const badges: string[] = [];
  if (match.status && match.status !== 'played') badges.push(statusLabels[match.status] ?? match.status.replace(/_/g, ' '));
  if (match.behindClosedDoors) badges.push('behind closed doors');
  if (match.score?.penalties) badges.push('decided on penalties');
  else if (match.score?.extraTime) badges.push('after extra time');
  if (match.neutral) badges.push('neutral venue');
  if (!match.goalsKnown && match.status === 'played') badges.push('scorers not recorded');
  return badges;
}

export function Badges({ labels }: { labels: string[] }) {
  if (labels.length === 0) return null;
  return (
    <ul className="badges" aria-label="Status">
      {labels.map((label) => (
        <li key={label} className={`badge badge-${label.replace(/\W+/g, '-')}`}>
          {label}
        </li>
      ))}
    </ul>
  );
}
