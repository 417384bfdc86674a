// The name of a record entry's subject, linked to the player's page when it is a player.
import { Link } from '../router.js';
import type { RecordEntry } from '../types.js';

export function EntryName({ entry }: { entry: RecordEntry }) {
  if (entry.subject.kind === 'player' && entry.subject.id != null) return <Link href={`/player/${entry.subject.id}`}>{entry.subject.name}</Link>;
  return <>{entry.subject.name}</>;
}

export function EntryMatch({ entry }: { entry: RecordEntry }) {
  const label = [entry.team, entry.opponent].filter(Boolean).join(' v ') || 'the match';
  return entry.matchId != null ? <Link href={`/match/${entry.matchId}`}>{label}</Link> : <>{label}</>;
}
