// A match's facts, most newsworthy first, each with its proof on demand (the record's entries before and after).
import { Link } from '../router.js';
import type { Fact, RecordEntry } from '../types.js';
import { longDate, words } from './format.js';

function EntryRow({ entry }: { entry: RecordEntry }) {
  const subject = entry.subject.kind === 'player' && entry.subject.id != null ? (
    <Link href={`/player/${entry.subject.id}`}>{entry.subject.name}</Link>
  ) : (
    entry.subject.name
  );
  return (
    <tr>
      <th scope="row">{subject}</th>
      <td>{entry.value}</td>
      <td>
        {entry.matchId != null ? (
          <Link href={`/match/${entry.matchId}`}>
            {[entry.team, entry.opponent].filter(Boolean).join(' v ') || 'match'}
          </Link>
        ) : (
          [entry.team, entry.opponent].filter(Boolean).join(' v ')
        )}
      </td>
      <td>{longDate(entry.date)}</td>
    </tr>
  );
}

function EntryTable({ caption, entries }: { caption: string; entries: RecordEntry[] }) {
  if (entries.length === 0) return <p>{caption}: none.</p>;
  return (
    <table className="proof">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Who</th>
          <th scope="col">Value</th>
          <th scope="col">Match</th>
          <th scope="col">Date</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, i) => (
          <EntryRow key={`${entry.subject.key}-${i}`} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}

export function FactItem({ fact }: { fact: Fact }) {
  return (
    <li className="fact" data-fact-id={fact.id}>
      <p className="fact-text">{fact.text}</p>
      <p className="fact-meta">
        <span className="kind">{words(fact.kind)}</span> · <Link href={`/records/${encodeURIComponent(fact.definitionId)}`}>{fact.title}</Link> ·{' '}
        <span title="Newsworthiness, 0 to 100">score {fact.score}</span>
      </p>
      {fact.coverage && fact.coverage.notes.length > 0 && (
        <ul className="coverage" aria-label="What the data does not cover">
          {fact.coverage.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <details className="proof-details">
        <summary>Proof</summary>
        <EntryTable caption="The record before this match" entries={fact.proof.before} />
        <EntryTable caption="The record after this match" entries={fact.proof.after} />
      </details>
    </li>
  );
}

export function FactList({ facts }: { facts: Fact[] }) {
  if (facts.length === 0) return <p>This match broke, equalled or reached no record in the book.</p>;
  const ranked = [...facts].sort((a, b) => b.score - a.score);
  return (
    <ol className="facts">
      {ranked.map((fact) => (
        <FactItem key={fact.id} fact={fact} />
      ))}
    </ol>
  );
}
