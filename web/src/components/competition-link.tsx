// A link to a competition edition's page, found by name and season (a match names its competition, not its id).
import { api } from '../api.js';
import { Link } from '../router.js';
import type { CompetitionList } from '../types.js';
import { useJson } from '../use-json.js';

export function CompetitionLink({ competition, season }: { competition: string; season: string | null }) {
  const found = useJson<CompetitionList>(api.competitions(competition));
  const label = `${competition}${season ? ` ${season}` : ''}`;
  const edition = found.state === 'ok' ? found.data.competitions.find((c) => c.competition === competition && c.season === season) : undefined;
  return edition ? <Link href={`/competition/${edition.id}`}>{label}</Link> : <>{label}</>;
}
