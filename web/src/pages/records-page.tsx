// The record book's index: every record with its current holder, grouped by book.
import { api } from '../api.js';
import { EntryName } from '../components/entry-name.js';
import { LoadedView } from '../components/loaded-view.js';
import { useTitle } from '../components/use-title.js';
import { Link } from '../router.js';
import type { RecordBookEntry } from '../types.js';
import { useJson } from '../use-json.js';

type RecordList = RecordBookEntry[] | { records: RecordBookEntry[] };

export default function RecordsPage() {
  useTitle('Record book');
  const loaded = useJson<RecordList>(api.records());
  return (
    <>
      <h1>Record book</h1>
      <LoadedView loaded={loaded} what="the record book">
        {(answer) => {
          const records = Array.isArray(answer) ? answer : answer.records;
          const books = new Map<string, RecordBookEntry[]>();
          for (const record of records) books.set(record.book, [...(books.get(record.book) ?? []), record]);
          return [...books].map(([book, list]) => (
            <section key={book} aria-label={book}>
              <h2>{book}</h2>
              <ul className="record-list">
                {list.map((record) => (
                  <li key={record.definitionId}>
                    <Link href={`/records/${encodeURIComponent(record.definitionId)}`}>{record.title}</Link>
                    {record.holders.length > 0 && (
                      <>
                        {': '}
                        {record.holders.slice(0, 3).map((holder, i) => (
                          <span key={holder.subject.key}>
                            {i > 0 ? ', ' : ''}
                            <EntryName entry={holder} />
                          </span>
                        ))}
                        {record.holders.length > 3 ? ` and ${record.holders.length - 3} more` : ''}, {record.holders[0]!.value}
                      </>
                    )}
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
