// Every competition edition in the data, grouped by competition, linking to its tables and bracket.
import { api } from '../api.js';
import { plural } from '../components/format.js';
import { LoadedView } from '../components/loaded-view.js';
import { useTitle } from '../components/use-title.js';
import { Link } from '../router.js';
import type { CompetitionEdition, CompetitionList } from '../types.js';
import { useJson } from '../use-json.js';

export default function CompetitionsPage() {
  useTitle('Competitions');
  const loaded = useJson<CompetitionList>(api.competitions());
  return (
    <>
      <h1>Competitions</h1>
      <LoadedView loaded={loaded} what="the competitions">
        {({ competitions }) => {
          const byName = new Map<string, CompetitionEdition[]>();
          for (const edition of competitions) byName.set(edition.competition, [...(byName.get(edition.competition) ?? []), edition]);
          return [...byName].map(([name, editions]) => (
            <section key={name} aria-label={name}>
              <h2>{name}</h2>
              <ul className="competition-list">
                {editions.map((edition) => (
                  <li key={edition.id}>
                    <Link href={`/competition/${edition.id}`}>
                      {edition.competition} {edition.season}
                    </Link>
                    {edition.matches != null ? ` (${plural(edition.matches, 'match', 'matches')})` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ));
        }}
      </LoadedView>
    </>
  );
}
