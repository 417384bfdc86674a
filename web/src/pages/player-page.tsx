// A player: who they are, their career (teams, goals by edition as a chart and a table) and their age on any date.
import { useCallback, useState } from 'react';
import { ageOn, formatAge } from '../../../src/domain/age.js';
import { api } from '../api.js';
import { Chart, type PlotModule } from '../components/chart.js';
import { longDate, plural } from '../components/format.js';
import { LoadedView } from '../components/loaded-view.js';
import { useTitle } from '../components/use-title.js';
import { Link } from '../router.js';
import type { Player, PlayerGoalsByEdition } from '../types.js';
import { useJson } from '../use-json.js';

function AgeOnDate({ player }: { player: Player }) {
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  if (!player.birthDate) return <p>The data has no birth date for {player.name}, so no age can be given.</p>;
  let answer: string;
  try {
    answer = /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? `${player.name} was ${formatAge(ageOn(player.birthDate, date))} old on ${longDate(date)}.`
      : 'Enter a date.';
  } catch {
    answer = `${longDate(date)} is before ${player.name} was born (${longDate(player.birthDate)}).`;
  }
  return (
    <form className="age-form" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="age-date">Age on</label> <input id="age-date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      <output htmlFor="age-date" aria-live="polite" data-testid="age-answer">
        {answer}
      </output>
    </form>
  );
}

const editionLabel = (row: PlayerGoalsByEdition) => `${row.competition} ${row.season}`;

function GoalsByEdition({ player }: { player: Player }) {
  const draw = useCallback(
    (Plot: PlotModule, width: number) =>
      Plot.plot({
        width,
        height: Math.max(120, 28 * player.goals.length + 40),
        marginLeft: Math.min(320, 8 + 7 * Math.max(...player.goals.map((row) => editionLabel(row).length))),
        x: { label: 'goals', grid: true, tickFormat: 'd' },
        y: { label: null, domain: player.goals.map(editionLabel) },
        marks: [
          Plot.barX(player.goals, { x: 'goals', y: editionLabel, fill: '#1f5fa8' }),
          Plot.text(player.goals, { x: 'goals', y: editionLabel, text: (row: PlayerGoalsByEdition) => String(row.goals), dx: 10 }),
          Plot.ruleX([0]),
        ],
      }),
    [player],
  );
  if (player.goals.length === 0) return <p>No goals by {player.name} in the data.</p>;
  return (
    <Chart caption={`Goals by ${player.name}, by competition and edition`} draw={draw}>
      <table>
        <caption className="visually-hidden">Goals by edition</caption>
        <thead>
          <tr>
            <th scope="col">Competition</th>
            <th scope="col">Edition</th>
            <th scope="col">Goals</th>
            <th scope="col">Penalties</th>
          </tr>
        </thead>
        <tbody>
          {player.goals.map((row) => (
            <tr key={editionLabel(row)}>
              <td>{row.competition}</td>
              <td>{row.season}</td>
              <td>{row.goals}</td>
              <td>{row.penalties}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Chart>
  );
}

export default function PlayerPage({ params }: { params: Record<string, string> }) {
  const player = useJson<Player>(api.player(params.id!));
  useTitle(player.state === 'ok' ? player.data.name : 'Player');
  return (
    <LoadedView loaded={player} what="the player">
      {(p) => {
        const total = p.goals.reduce((sum, row) => sum + row.goals, 0);
        return (
          <>
            <h1>{p.name}</h1>
            <dl className="facts-grid">
              <dt>Born</dt>
              <dd>{p.birthDate ? longDate(p.birthDate) : 'not in the data'}</dd>
              {p.teams.length > 0 && (
                <>
                  <dt>Played for</dt>
                  <dd>{p.teams.join(', ')}</dd>
                </>
              )}
              {p.positions.length > 0 && (
                <>
                  <dt>Position</dt>
                  <dd>{p.positions.join(', ')}</dd>
                </>
              )}
              <dt>Goals in the data</dt>
              <dd>{plural(total, 'goal')}</dd>
              {p.knownAs.length > 1 && (
                <>
                  <dt>Also written</dt>
                  <dd>{p.knownAs.join(', ')}</dd>
                </>
              )}
            </dl>
            <section aria-labelledby="age-heading">
              <h2 id="age-heading">Age on a date</h2>
              <AgeOnDate player={p} />
            </section>
            <section aria-labelledby="goals-heading">
              <h2 id="goals-heading">Goals by edition</h2>
              <GoalsByEdition player={p} />
            </section>
            {p.goalList.length > 0 && (
              <details>
                <summary>Every goal ({p.goalList.length})</summary>
                <ol>
                  {p.goalList.map((goal, i) => (
                    <li key={i}>
                      {longDate(goal.date)}, {goal.matchId != null ? <Link href={`/match/${goal.matchId}`}>{goal.match}</Link> : goal.match}
                      {goal.minute != null ? `, ${goal.minute}${goal.stoppage ? `+${goal.stoppage}` : ''}'` : ''}
                      {goal.penalty ? ' (pen)' : ''}
                      {goal.ownGoal ? ' (own goal)' : ''} — {goal.competition} {goal.season}
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </>
        );
      }}
    </LoadedView>
  );
}
