// Every competition edition in the data, linking to its tables and bracket.
import { api } from '../api.js';
import { LoadedView } from '../components/loaded-view.js';
import { useTitle } from '../components/use-title.js';
import { Link } from '../router.js';
import { useJson } from '../use-json.js';

interface CompetitionSummary {
  id: string | number;
  name?: string;
  competition?: string;
  season?: string | null;
  matches?: number;
}
type CompetitionList = CompetitionSummary[] | { competitions: CompetitionSummary[] };

export default function CompetitionsPage() {
  useTitle('Competitions');
  const loaded = useJson<CompetitionList>(api.competitions());
  return (
    <>
      <h1>Competitions</h1>
      <LoadedView loaded={loaded} what="the competitions">
        {(answer) => {
          const list = Array.isArray(answer) ? answer : answer.competitions;
          return (
            <ul className="competition-list">
              {list.map((item) => (
                <li key={item.id}>
                  <Link href={`/competition/${encodeURIComponent(String(item.id))}`}>
                    {item.name ?? item.competition} {item.season ?? ''}
                  </Link>
                  {item.matches != null ? ` (${item.matches} matches)` : ''}
                </li>
              ))}
            </ul>
          );
        }}
      </LoadedView>
    </>
  );
}
