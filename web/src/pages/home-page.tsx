// The front page: the live facts feed (records broken as results arrive) and a way into the data.
import { useState, type FormEvent } from 'react';
import { api } from '../api.js';
import { longDate, words } from '../components/format.js';
import { LoadedView } from '../components/loaded-view.js';
import { useTitle } from '../components/use-title.js';
import { useLiveFeed } from '../live-feed.js';
import { Link } from '../router.js';
import type { Match } from '../types.js';
import { useJson } from '../use-json.js';

type MatchList = Match[] | { matches: Match[] };
const listOf = (answer: MatchList) => (Array.isArray(answer) ? answer : answer.matches);

function LiveFeed() {
  const { items, connected } = useLiveFeed(api.events());
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading">Live facts</h2>
      <p className="feed-status" role="status">
        {connected ? 'Connected: facts appear here as results arrive.' : 'Connecting to the live feed…'}
      </p>
      {items.length === 0 ? (
        <p>No results have been written to this service yet.</p>
      ) : (
        <ol className="feed" aria-live="polite" data-testid="live-feed">
          {items.map((item) => (
            <li key={item.key} className={`feed-item feed-${item.kind}`}>
              <p>{item.text}</p>
              <p className="fact-meta">
                {words(item.kind)}
                {item.matchId != null && (
                  <>
                    {' · '}
                    <Link href={`/match/${item.matchId}`}>{item.match ?? 'the match'}</Link>
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function FindMatch() {
  const [date, setDate] = useState('');
  const [team, setTeam] = useState('');
  const [url, setUrl] = useState<string | null>(null);
  const found = useJson<MatchList>(url);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (date || team) setUrl(api.matches({ date, team, limit: 50 }));
  };
  return (
    <section aria-labelledby="find-heading">
      <h2 id="find-heading">Find a match</h2>
      <form className="find-form" onSubmit={submit}>
        <label htmlFor="find-date">Date</label>
        <input id="find-date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        <label htmlFor="find-team">Team</label>
        <input id="find-team" type="text" value={team} onChange={(event) => setTeam(event.target.value)} />
        <button type="submit">Find</button>
      </form>
      {url && (
        <LoadedView loaded={found} what="matches">
          {(answer) => {
            const matches = listOf(answer);
            return matches.length === 0 ? (
              <p>No match found.</p>
            ) : (
              <ul>
                {matches.map((match) => (
                  <li key={match.id}>
                    <Link href={`/match/${match.id}`}>{match.text}</Link> — {match.competition} {match.season ?? ''}, {longDate(match.date)}
                  </li>
                ))}
              </ul>
            );
          }}
        </LoadedView>
      )}
    </section>
  );
}

export default function HomePage() {
  useTitle(null);
  return (
    <>
      <h1>matchfacts</h1>
      <p className="lede">Football results with the records they break, each with its proof.</p>
      <LiveFeed />
      <FindMatch />
      <section aria-labelledby="explore-heading">
        <h2 id="explore-heading">Explore</h2>
        <ul>
          <li>
            <Link href="/competitions">Competitions</Link>: group and league tables with each place explained, knockout brackets
          </li>
          <li>
            <Link href="/records">The record book</Link>: holders, the ten best, and how each record progressed
          </li>
          <li>
            <Link href="/check">Check a claim</Link> against the record book
          </li>
        </ul>
      </section>
    </>
  );
}
