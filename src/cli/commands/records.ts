// `matchfacts records`: the record book now — holder, value, date and the places behind — or how
// one record progressed over time.
import type { Command } from 'commander';
import type { RecordEntry } from '../../records/engine/fact.js';
import { chooseDefinitions, readRecordViews } from '../../queries/records.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { printJson } from '../output.js';
import { collectFiles, definitionsFrom, readyRecordBook } from '../record-book.js';

interface RecordsFlags {
  competition?: string;
  definition?: string;
  history?: boolean;
  top: string;
  records?: string[];
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

function entryLine(e: RecordEntry, place: number): string {
  const context = [e.team, e.opponent ? `v ${e.opponent}` : undefined, e.edition].filter(Boolean).join(', ');
  return `  ${String(place).padStart(2)}. ${e.subject.name} — ${e.value}  (${e.date}${context ? `, ${context}` : ''}, match ${e.matchId})`;
}

export function registerRecords(program: Command): void {
  program
    .command('records')
    .description('the record book now: each record with its holder, value, date and the places behind it; or how a record progressed')
    .option('--competition <name>', 'only books whose competition name contains this, e.g. "World Cup" or "Champions League"')
    .option('--definition <id>', 'one record definition, e.g. wc-men-most-goals-career')
    .option('--history', 'how the record progressed: who held it, from when, with what value')
    .option('--top <n>', 'places listed per record', '10')
    .option('--records <file>', 'add record definitions from a JSON file (repeatable)', collectFiles)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
Records are kept per record book: each competition separately (men's and women's World Cups are
separate books) unless a definition pools them. Definitions that need data no loaded source has
(line-ups) are listed as not evaluated.

Examples:
  matchfacts records --competition "World Cup"
  matchfacts records --definition wc-men-most-goals-career            Klose 16, Ronaldo 15, Gerd Müller 14…
  matchfacts records --definition wc-men-youngest-scorer --history    who held it, from when`,
    )
    .action(async (flags: RecordsFlags) => {
      const definitions = definitionsFrom(flags.records);
      const chosen = chooseDefinitions(definitions, flags.definition);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        readyRecordBook(store, definitions, { quiet: flags.quiet || flags.json });
        const { records: views, notEvaluated: refused } = readRecordViews(store, chosen, flags);
        if (flags.json) {
          printJson({ records: views, notEvaluated: refused });
          return;
        }
        const lines: string[] = [];
        for (const view of views) {
          lines.push(`${view.title} — ${view.book}${view.since ? ` (data from ${view.since})` : ''}`);
          if (view.holders.length > 0) lines.push(`  record: ${view.holders.map((h) => `${h.subject.name}, ${h.value} (${h.date})`).join('; ')}`);
          const gaps = Object.entries(view.coverage?.gaps ?? {}).filter(([, n]) => n > 0);
          if (gaps.length > 0) lines.push(`  data: ${gaps.map(([need, n]) => `${n.toLocaleString('en-US')} ${n === 1 ? 'match lacks' : 'matches lack'} ${need.replace('_', ' ')}`).join('; ')}`);
          if (view.coverage && view.coverage.unmeasured > 0) lines.push(`  data: ${view.coverage.unmeasured} qualifying entries could not be measured (${view.coverage.examples.join(', ')})`);
          if (view.history) {
            lines.push('  progression:');
            for (const e of view.history) lines.push(`    from ${e.date}: ${e.subject.name}, ${e.value}${e.team ? ` (${e.team})` : ''}`);
          } else {
            view.places.forEach((e, i) => lines.push(entryLine(e, i + 1)));
          }
          lines.push('');
        }
        if (views.length === 0) lines.push('No records match.');
        for (const r of refused) lines.push(`not evaluated: ${r.definitionId} — ${r.reason}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
