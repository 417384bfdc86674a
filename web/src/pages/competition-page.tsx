// A competition's edition: its group or league tables (each place explained) and its knockout bracket.
import { api } from '../api.js';
import { BracketView } from '../components/bracket-view.js';
import { StandingsTable } from '../components/standings-table.js';
import { useTitle } from '../components/use-title.js';
import type { Bracket, Table } from '../types.js';
import { useJson, type Loaded } from '../use-json.js';

function tablesOf(loaded: Loaded<Table[] | { tables: Table[] }>): Table[] {
  if (loaded.state !== 'ok') return [];
  const tables = Array.isArray(loaded.data) ? loaded.data : loaded.data.tables;
  // Stages as the API lists them; within a stage, groups in their letter order (Group A first).
  const stageOrder = new Map<string, number>();
  for (const table of tables) if (!stageOrder.has(table.stage)) stageOrder.set(table.stage, stageOrder.size);
  return [...tables].sort(
    (a, b) => stageOrder.get(a.stage)! - stageOrder.get(b.stage)! || (a.group ?? '').localeCompare(b.group ?? '', 'en', { numeric: true }),
  );
}

export default function CompetitionPage({ params }: { params: Record<string, string> }) {
  const id = params.id!;
  const tables = useJson<Table[] | { tables: Table[] }>(api.tables(id));
  const bracket = useJson<Bracket>(api.bracket(id));
  const list = tablesOf(tables);
  const first = list[0];
  const name =
    bracket.state === 'ok'
      ? `${bracket.data.competition} ${bracket.data.season}`
      : first
        ? `${first.competition} ${first.season}`
        : id;
  useTitle(name);
  const loading = tables.state === 'loading' || bracket.state === 'loading';
  const hasBracket = bracket.state === 'ok' && bracket.data.stages.length > 0;
  return (
    <>
      <h1>{name}</h1>
      {loading && <p role="status">Loading the competition…</p>}
      {!loading && list.length === 0 && !hasBracket && (
        <div role="alert" className="error">
          <p>
            No tables or bracket for “{id}”
            {tables.state === 'error' ? `: ${tables.message}` : bracket.state === 'error' ? `: ${bracket.message}` : '.'}
          </p>
        </div>
      )}
      {list.length > 0 && (
        <section aria-labelledby="tables-heading">
          <h2 id="tables-heading">{list.length === 1 && !list[0]!.group ? 'League table' : 'Tables'}</h2>
          {list.map((table) => (
            <StandingsTable key={`${table.stage}-${table.group ?? ''}`} table={table} />
          ))}
        </section>
      )}
      {hasBracket && (
        <section aria-labelledby="bracket-heading">
          <h2 id="bracket-heading">Knockout bracket</h2>
          <BracketView bracket={bracket.data} />
        </section>
      )}
    </>
  );
}
