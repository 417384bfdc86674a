// The claim box: type an English sentence about a record or a result, get true, false or unverifiable, with proof.
import { useState, type FormEvent } from 'react';
import { api } from '../api.js';
import { useTitle } from '../components/use-title.js';
import { Link } from '../router.js';
import type { ClaimVerdict } from '../types.js';
import { getJson } from '../use-json.js';

const examples = [
  'Just Fontaine scored 13 goals at the 1958 World Cup',
  'Miroslav Klose is the oldest player to score at a World Cup',
  'Pelé is the youngest player to score at a World Cup',
];

type Answer = { state: 'idle' } | { state: 'checking' } | { state: 'done'; verdict: ClaimVerdict } | { state: 'error'; message: string };

function VerdictView({ verdict }: { verdict: ClaimVerdict }) {
  const label = verdict.verdict === 'true' ? 'True' : verdict.verdict === 'false' ? 'False' : 'Unverifiable';
  return (
    <section className={`verdict verdict-${verdict.verdict}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" data-testid="verdict">
        {label}
      </h2>
      <p className="claim-quoted">
        <q>{verdict.claim}</q>
      </p>
      {verdict.statement && <p data-testid="verdict-statement">{verdict.statement}</p>}
      {verdict.reason && <p>{verdict.reason}</p>}
      {verdict.proof.length > 0 && (
        <>
          <h3>Proof</h3>
          <ul>
            {verdict.proof.map((item, i) => (
              <li key={i}>
                {item.text}
                {item.definitionId && (
                  <>
                    {' '}
                    (<Link href={`/records/${encodeURIComponent(item.definitionId)}`}>the record</Link>)
                  </>
                )}
                {item.matchIds && item.matchIds.length > 0 && (
                  <>
                    :{' '}
                    {[...new Set(item.matchIds)].map((id, j) => (
                      <span key={id}>
                        {j > 0 ? ', ' : ''}
                        <Link href={`/match/${id}`}>match {id}</Link>
                      </span>
                    ))}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {verdict.notes.length > 0 && (
        <>
          <h3>Notes</h3>
          <ul>
            {verdict.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export default function CheckPage({ query }: { query: URLSearchParams }) {
  useTitle('Check a claim');
  const [claim, setClaim] = useState(query.get('claim') ?? '');
  const [answer, setAnswer] = useState<Answer>({ state: 'idle' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = claim.trim();
    if (!text) {
      setAnswer({ state: 'error', message: 'Type a claim first, for example one of those below.' });
      return;
    }
    setAnswer({ state: 'checking' });
    try {
      const verdict = await getJson<ClaimVerdict>(api.check(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ claim: text }),
      });
      setAnswer({ state: 'done', verdict });
    } catch (error) {
      setAnswer({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <h1>Check a claim</h1>
      <p>Type a sentence about a record or a result. It is checked against the record book and the matches in the data.</p>
      <form className="claim-form" onSubmit={submit}>
        <label htmlFor="claim">Claim</label>
        <textarea id="claim" name="claim" rows={3} value={claim} onChange={(event) => setClaim(event.target.value)} />
        <button type="submit" disabled={answer.state === 'checking'}>
          Check
        </button>
      </form>
      <p>
        Try:{' '}
        {examples.map((example, i) => (
          <span key={example}>
            {i > 0 ? ' · ' : ''}
            <button type="button" className="link-button" onClick={() => setClaim(example)}>
              {example}
            </button>
          </span>
        ))}
      </p>
      <div aria-live="polite">
        {answer.state === 'checking' && <p role="status">Checking…</p>}
        {answer.state === 'error' && (
          <p role="alert" className="error">
            {answer.message}
          </p>
        )}
        {answer.state === 'done' && <VerdictView verdict={answer.verdict} />}
      </div>
    </>
  );
}
