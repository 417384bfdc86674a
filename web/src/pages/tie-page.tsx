// A knockout tie: both legs (or the one match), the aggregate, and how it was decided.
import { api } from '../api.js';
import { longDate, words } from '../components/format.js';
import { LoadedView } from '../components/loaded-view.js';
import { useTitle } from '../components/use-title.js';
import { Link } from '../router.js';
import type { Tie } from '../types.js';
import { useJson } from '../use-json.js';

export default function TiePage({ query }: { query: URLSearchParams }) {
  const date = query.get('date');
  const team = query.get('team');
  const tie = useJson<Tie>(date && team ? api.tie({ date, team, competition: query.get('competition') ?? undefined }) : null);
  useTitle(tie.state === 'ok' ? `${tie.data.teams.join(' v ')}, ${tie.data.stage}` : 'Tie');
  if (!date || !team) {
    return (
      <p role="alert">
        A tie is found by the day and a team of either leg: open it from a match page or a bracket.
      </p>
    );
  }
  return (
    <LoadedView loaded={tie} what="the tie">
      {(t) => (
        <>
          <p className="eyebrow">{t.stage}</p>
          <h1>{t.teams.join(' v ')}</h1>
          <p className="verdict-line" data-testid="tie-outcome">
            {t.text}
          </p>
          <dl className="facts-grid">
            {t.aggregate && (
              <>
                <dt>Aggregate</dt>
                <dd>
                  {t.teams[0]} {t.aggregate[0]}–{t.aggregate[1]} {t.teams[1]}
                </dd>
              </>
            )}
            {t.awayGoals && (
              <>
                <dt>Away goals</dt>
                <dd>
                  {t.teams[0]} {t.awayGoals[0]}, {t.teams[1]} {t.awayGoals[1]}
                </dd>
              </>
            )}
            <dt>Decided by</dt>
            <dd>{t.decidedBy ? words(t.decidedBy) : words(t.status)}</dd>
            <dt>Format</dt>
            <dd>{words(t.format)}</dd>
          </dl>
          <table>
            <caption>{t.legs.length === 1 ? 'The match' : `The ${t.legs.length} legs`}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Home</th>
                <th scope="col">Score</th>
                <th scope="col">Away</th>
              </tr>
            </thead>
            <tbody>
              {t.legs.map((leg, i) => {
                const matchId = leg.matchId ?? leg.id ?? null;
                return (
                  <tr key={i}>
                    <td>{longDate(leg.date)}</td>
                    <td>{leg.home}</td>
                    <td>{matchId != null ? <Link href={`/match/${matchId}`}>{leg.scoreLine ?? 'v'}</Link> : (leg.scoreLine ?? 'v')}</td>
                    <td>{leg.away}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {t.next && (
            <p>
              Next: {t.next.winner} play {t.next.opponent ?? 'an opponent not yet known'} in the {t.next.stage}
              {t.next.date ? ` on ${longDate(t.next.date)}` : ''}.
            </p>
          )}
          {t.warnings.length > 0 && (
            <ul className="warnings">
              {t.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </LoadedView>
  );
}
