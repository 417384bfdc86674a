// Prints, for each famous match, the desk's leads found in the book's first 8 facts.
//   npx vite-node test/records/score-famous-matches.ts -- --db matchfacts.db [--verbose]
import { openStore } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { ensureRecordBook, readMatchFacts } from '../../src/records/book/record-book-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { FAMOUS_MATCHES } from './famous-matches.js';
import { firstFacts, leadFound } from './famous-match-leads.js';

const args = process.argv.slice(2);
const db = args[args.indexOf('--db') + 1] ?? 'matchfacts.db';
const verbose = args.includes('--verbose');
const store = await openStore(db);
ensureRecordBook(store, loadBuiltInCatalogue().map((l) => l.definition));
let found = 0;
let total = 0;
let anywhere = 0;
for (const famous of FAMOUS_MATCHES) {
  const [match] = await readMatches(store.db, { date: famous.date, team: famous.team, ...(famous.competition ? { competition: famous.competition } : {}) });
  const facts = match ? readMatchFacts(store, match.id) : [];
  const top = firstFacts(facts);
  for (const lead of famous.leads) {
    total++;
    const ok = leadFound(lead, top);
    if (ok) found++;
    if (leadFound(lead, facts)) anywhere++;
    if (!ok || verbose) console.log(`${ok ? 'ok  ' : 'MISS'} ${famous.date} ${famous.match}: ${lead.said} (${lead.definitionId}, ${lead.subject})`);
  }
  if (verbose) for (const f of top) console.log(`       [${f.score}] ${f.text}`);
}
await store.close();
console.log(`famous matches: ${found}/${total} leads in the first 8 facts (${Math.round((100 * found) / total)}%); ${anywhere}/${total} among all facts; ${FAMOUS_MATCHES.length} matches`);
