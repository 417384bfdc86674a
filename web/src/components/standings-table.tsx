// A group or league table, each place with the sentence that explains it (criterion and values), and
// for a league phase the band each place leads to.
import type { Table } from '../types.js';
import { words } from './format.js';

function zoneOf(table: Table, position: number): string | null {
  return table.rules.zones?.find((zone) => position >= zone.from && position <= zone.to)?.label ?? null;
}

export function StandingsTable({ table }: { table: Table }) {
  const title = table.group ?? table.stage;
  const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
  return (
    <section className="standings" aria-label={title}>
      <table>
        <caption>
          {title}
          {table.asOf ? ` (as of ${table.asOf})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <abbr title="Position">#</abbr>
            </th>
            <th scope="col">Team</th>
            <th scope="col">
              <abbr title="Played">P</abbr>
            </th>
            <th scope="col">
              <abbr title="Won">W</abbr>
            </th>
            <th scope="col">
              <abbr title="Drawn">D</abbr>
            </th>
            <th scope="col">
              <abbr title="Lost">L</abbr>
            </th>
            <th scope="col">
              <abbr title="Goals for">GF</abbr>
            </th>
            <th scope="col">
              <abbr title="Goals against">GA</abbr>
            </th>
            <th scope="col">
              <abbr title="Goal difference">GD</abbr>
            </th>
            <th scope="col">
              <abbr title="Points">Pts</abbr>
            </th>
            {table.rules.zones && <th scope="col">Goes to</th>}
            <th scope="col">Why this place</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const zone = row.zone ?? zoneOf(table, row.position);
            return (
              <tr key={row.team} className={zone ? `zone-${zone.replace(/\W+/g, '-')}` : undefined}>
                <td>{row.position}</td>
                <th scope="row">{row.team}</th>
                <td>{row.played}</td>
                <td>{row.won}</td>
                <td>{row.drawn}</td>
                <td>{row.lost}</td>
                <td>{row.goalsFor}</td>
                <td>{row.goalsAgainst}</td>
                <td>{signed(row.goalDifference)}</td>
                <td>
                  <strong>{row.points}</strong>
                  {row.deducted ? ` (−${row.deducted} deducted)` : ''}
                </td>
                {table.rules.zones && <td>{zone}</td>}
                <td className="explanation">{row.text ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details>
        <summary>Rules: {table.rules.criteria.map(words).join(', ')}</summary>
        <p>{table.rules.source}</p>
      </details>
    </section>
  );
}
