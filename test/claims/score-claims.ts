// Scores the journalists' claims against a database: how many are answered with the right verdict,
// how many are swapped (true for false or false for true), how many left unverifiable.
//   npx vite-node test/claims/score-claims.ts -- --db matchfacts.db [--verbose]
import { openStore } from '../../src/store/open-store.js';
import { checkClaim } from '../../src/claims/check-claim.js';
import { JOURNALIST_CLAIMS } from './journalist-claims.js';

const args = process.argv.slice(2);
const db = args[args.indexOf('--db') + 1] ?? 'matchfacts.db';
const verbose = args.includes('--verbose');
const store = await openStore(db);
let right = 0;
let swapped = 0;
let open = 0;
const byForm = new Map<string, [number, number]>();
for (const claim of JOURNALIST_CLAIMS) {
  const result = await checkClaim(store, claim.text);
  const ok = result.verdict === claim.verdict;
  if (ok) right++;
  else if (result.verdict === 'unverifiable') open++;
  else swapped++;
  const [r, n] = byForm.get(claim.form) ?? [0, 0];
  byForm.set(claim.form, [r + (ok ? 1 : 0), n + 1]);
  if (verbose || !ok) console.log(`${ok ? 'ok  ' : result.verdict === 'unverifiable' ? 'OPEN' : 'SWAP'} [${claim.verdict}→${result.verdict}] ${claim.text}${ok ? '' : `\n       ${result.statement ?? result.reason ?? ''}`}`);
}
await store.close();
console.log([...byForm].map(([form, [r, n]]) => `${form} ${r}/${n}`).join(', '));
console.log(`claims: ${right}/${JOURNALIST_CLAIMS.length} right (${Math.round((100 * right) / JOURNALIST_CLAIMS.length)}%), ${swapped} swapped, ${open} unverifiable`);
