// `matchfacts conflicts`: where the sources disagree. The first value stays; nothing is silently overwritten.
import type { Command } from 'commander';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { printJson, printTable } from '../output.js';
import { positiveInt } from '../validate.js';
import { readConflictList } from '../../queries/conflicts.js';

export function registerConflicts(program: Command): void {
  program
    .command('conflicts')
    .description('list every value two sources disagree on, with both values and both sources')
    .option('--field <name>', 'only this field (scorer, minute, score, venue, ...)')
    .option('--no-checks', 'leave out the consistency checks (ties and goal counts the data contradicts)')
    .option('--limit <n>', 'at most n conflicts', positiveInt)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  matchfacts conflicts --field scorer\n  matchfacts conflicts --json | jq length')
    .action(async (flags: { field?: string; limit?: number; checks: boolean; db?: string; json?: boolean }) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const { disagreements: conflicts, warnings } = await readConflictList(store.db, flags);
        if (flags.json) {
          printJson([...conflicts, ...warnings]);
          return;
        }
        printTable(
          ['subject', 'field', 'kept', 'kept from', 'other', 'other from'],
          conflicts.map((c) => [c.subject, c.field, c.kept.value, c.kept.format, c.other.value, c.other.location ?? c.other.format]),
        );
        process.stdout.write(`${conflicts.length} disagreements between sources\n`);
        if (warnings.length > 0) {
          process.stdout.write('\n');
          printTable(['subject', 'check', 'warning'], warnings.map((w) => [w.subject, w.check, w.text]));
          process.stdout.write(`${warnings.length} consistency warnings\n`);
        }
      } finally {
        await store.close();
      }
    });
}
