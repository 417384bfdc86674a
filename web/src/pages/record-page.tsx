// One record: its holder, the ten best, and how the record progressed over time (chart and table).
import { useCallback, useMemo } from 'react';
import { api } from '../api.js';
import { Chart, type PlotModule } from '../components/chart.js';
import { EntryMatch, EntryName } from '../components/entry-name.js';
import { longDate } from '../components/format.js';
import { LoadedView } from '../components/loaded-view.js';
import { useTitle } from '../components/use-title.js';
import type { RecordBookEntry, RecordEntry } from '../types.js';
import { useJson } from '../use-json.js';

/** The API may answer with the record itself or wrapped as `{ records: [record] }`, like the CLI. */
type RecordAnswer = RecordBookEntry | { records: RecordBookEntry[] };
const unwrap = (answer: RecordAnswer): RecordBookEntry | null => ('records' in answer ? (answer.records[0] ?? null) : answer);

function Progression({ record }: { record: RecordBookEntry }) {
  const history = useMemo(() => (record.history ?? []).filter((entry) => entry.date), [record]);
  const draw = useCallback(
    (Plot: PlotModule, width: number) => {
      const rows = history.map((entry) => ({ date: new Date(`${entry.date}T00:00:00Z`), amount: entry.amount, name: entry.subject.name }));
      // Label a step only where the holder changes, so a run of one holder's improvements reads as one name.
      const labelled = rows.filter((row, i) => i === rows.length - 1 || rows[i + 1]!.name !== row.name);
      // The record stands until the latest match in its book: draw its last value on to that date.
      const latest = [...record.places, ...history].reduce((max, entry) => (entry.date && entry.date > max ? entry.date : max), '');
      const last = rows.at(-1);
      const line = last && latest ? [...rows, { ...last, date: new Date(`${latest}T00:00:00Z`) }] : rows;
      return Plot.plot({
        width,
        height: 340,
        marginLeft: 40,
        marginRight: 20,
        x: { type: 'utc', label: null },
        y: { label: 'record', grid: true, zero: false },
        marks: [
          Plot.line(line, { x: 'date', y: 'amount', curve: 'step-after', stroke: '#1f5fa8', strokeWidth: 2 }),
          Plot.dot(rows, { x: 'date', y: 'amount', fill: '#1f5fa8' }),
          Plot.text(labelled, { x: 'date', y: 'amount', text: 'name', textAnchor: 'start', dx: 6, dy: -9, fontSize: 11 }),
        ],
      });
    },
    [history, record],
  );
  if (history.length === 0) return <p>No progression recorded for this record.</p>;
  return (
    <Chart caption={`How the record progressed: ${record.title}`} draw={draw}>
      <table>
        <caption className="visually-hidden">Progression of the record</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Holder</th>
            <th scope="col">Value</th>
            <th scope="col">Match</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry, i) => (
            <tr key={i}>
              <td>{longDate(entry.date)}</td>
              <td>
                <EntryName entry={entry} />
              </td>
              <td>{entry.value}</td>
              <td>
                <EntryMatch entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Chart>
  );
}

function Holder({ holders }: { holders: RecordEntry[] }) {
  if (holders.length === 0) return <p>Nobody holds this record in the data.</p>;
  return (
    <p className="holder" data-testid="record-holder">
      Held by{' '}
      {holders.map((holder, i) => (
        <span key={holder.subject.key}>
          {i > 0 ? (i === holders.length - 1 ? ' and ' : ', ') : ''}
          <strong>
            <EntryName entry={holder} />
          </strong>{' '}
          ({holder.value}
          {holder.team ? `, ${holder.team}` : ''}
          {holder.date ? `, ${longDate(holder.date)}` : ''})
        </span>
      ))}
      .
    </p>
  );
}

export default function RecordPage({ params }: { params: Record<string, string> }) {
  const loaded = useJson<RecordAnswer>(api.record(params.definition!));
  const record = loaded.state === 'ok' ? unwrap(loaded.data) : null;
  useTitle(record?.title ?? 'Record');
  return (
    <LoadedView loaded={loaded} what="the record">
      {() =>
        record === null ? (
          <p role="alert">No record “{params.definition}” in the book.</p>
        ) : (
          <>
            <p className="eyebrow">{record.book}{record.since ? ` · since ${record.since}` : ''}</p>
            <h1>{record.title}</h1>
            <Holder holders={record.holders} />
            <section aria-labelledby="top-heading">
              <h2 id="top-heading">Top 10</h2>
              <ol className="places">
                {record.places.slice(0, 10).map((entry, i) => (
                  <li key={`${entry.subject.key}-${i}`}>
                    <EntryName entry={entry} /> — {entry.value}
                    {entry.edition ? ` (${entry.edition})` : ''}, <EntryMatch entry={entry} />, {longDate(entry.date)}
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="progression-heading">
              <h2 id="progression-heading">Progression</h2>
              <Progression record={record} />
            </section>
          </>
        )
      }
    </LoadedView>
  );
}
