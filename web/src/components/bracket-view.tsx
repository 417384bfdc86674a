// The knockout bracket: one column per round, each tie with both teams, the winner marked, and how it was decided.
import type { Bracket, BracketTie } from '../types.js';
import { tiePath } from '../links.js';
import { Link } from '../router.js';

function TieCard({ tie, competition }: { tie: BracketTie; competition: string }) {
  const [a, b] = tie.teams;
  const firstLeg = tie.legs[0];
  return (
    <li className="bracket-tie">
      <ul className="bracket-teams" aria-label={`${a} v ${b}`}>
        {[a, b].map((team, i) => (
          <li key={team} className={tie.winner === team ? 'winner' : undefined}>
            <span className="team">{team}</span>
            {tie.aggregate && <span className="agg">{tie.aggregate[i]}</span>}
            {tie.winner === team && <span className="visually-hidden"> (through)</span>}
          </li>
        ))}
      </ul>
      <ol className="bracket-legs" aria-label="the matches">
        {tie.legs.map((leg, i) => {
          const line = `${leg.home} ${leg.scoreLine ?? 'v'} ${leg.away}`;
          return <li key={i}>{leg.matchId != null ? <Link href={`/match/${leg.matchId}`}>{line}</Link> : line}</li>;
        })}
      </ol>
      <p className="bracket-note">
        {firstLeg ? <Link href={tiePath({ date: firstLeg.date, team: firstLeg.home, competition })}>{tie.text}</Link> : tie.text}
      </p>
    </li>
  );
}

/**
 * Orders each round so that the two ties feeding one tie of the next round sit side by side, following
 * the bracket's `next` links back from the final; a tie without a link keeps its place at the end.
 */
function inBracketOrder(bracket: Bracket): Bracket['stages'] {
  const stages = bracket.stages.map((stage) => ({ ...stage, ties: stage.ties.map((tie, index) => ({ tie, index })) }));
  for (let s = stages.length - 2; s >= 0; s--) {
    const nextOrder = new Map(stages[s + 1]!.ties.map((entry, position) => [entry.index, position]));
    const rank = (entry: { tie: BracketTie; index: number }) =>
      entry.tie.next && entry.tie.next.stage === s + 1 ? (nextOrder.get(entry.tie.next.tie) ?? Infinity) : Infinity;
    stages[s]!.ties.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  }
  return stages.map((stage) => ({ ...stage, ties: stage.ties.map((entry) => entry.tie) }));
}

export function BracketView({ bracket }: { bracket: Bracket }) {
  const stages = inBracketOrder(bracket);
  return (
    <div className="bracket" role="group" aria-label={`${bracket.competition} ${bracket.season} knockout bracket`}>
      {stages.map((stage) => (
        <section key={stage.stage} className="bracket-round" aria-labelledby={`round-${stage.kind}`}>
          <h3 id={`round-${stage.kind}`}>{stage.stage}</h3>
          <ol>
            {stage.ties.map((tie, i) => (
              <TieCard key={i} tie={tie} competition={bracket.competition} />
            ))}
          </ol>
        </section>
      ))}
      {bracket.champion && (
        <section className="bracket-round champion" aria-labelledby="champion">
          <h3 id="champion">Champion</h3>
          <p>
            <strong>{bracket.champion}</strong>
          </p>
        </section>
      )}
    </div>
  );
}
