// The knockout bracket: one column per round, each tie with both teams, the winner marked, and how it was decided.
import type { Bracket, BracketTie } from '../types.js';
import { Link } from '../router.js';
import { words } from './format.js';

function TieCard({ tie }: { tie: BracketTie }) {
  const [a, b] = tie.teams;
  const firstLeg = tie.legs[0];
  const firstLegId = firstLeg ? (firstLeg.matchId ?? firstLeg.id) : null;
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
      <p className="bracket-note">
        {firstLegId != null ? <Link href={`/tie/${firstLegId}`}>{tie.text}</Link> : tie.text}
        {tie.decidedBy && tie.decidedBy !== 'aggregate' && tie.decidedBy !== 'score' ? ` (${words(tie.decidedBy)})` : ''}
      </p>
    </li>
  );
}

export function BracketView({ bracket }: { bracket: Bracket }) {
  return (
    <div className="bracket" role="group" aria-label={`${bracket.competition} ${bracket.season} knockout bracket`}>
      {bracket.stages.map((stage) => (
        <section key={stage.stage} className="bracket-round" aria-labelledby={`round-${stage.kind}`}>
          <h3 id={`round-${stage.kind}`}>{stage.stage}</h3>
          <ol>
            {stage.ties.map((tie, i) => (
              <TieCard key={i} tie={tie} />
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
