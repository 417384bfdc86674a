// `matchfacts match --date D --team T`: one match in full.
import type { Command } from 'commander';
import { NotFoundError, UsageError } from '../../domain/errors.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { readMatches } from '../../store/queries/read-matches.js';
import { matchHeadline, matchJson } from '../../queries/match-view.js';
import { matchText } from '../format-match.js';
import { printJson } from '../output.js';
import { isoDate } from '../validate.js';

export function registerMatch(program: Command): void {
  program
    .command('match')
    .description('show one match: teams, score line, scorers in order with minutes, venue, status, sources')
    .requiredOption('--date <YYYY-MM-DD>', 'the day of the match', isoDate)
    .requiredOption('--team <name>', 'either team, in any spelling the data uses')
    .option('--competition <name>', 'narrow down when a team played twice that day')
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  matchfacts match --date 2022-12-18 --team France')
    .action(async (flags: { date: string; team: string; competition?: string; db?: string; json?: boolean }) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const found = await readMatches(store.db, { date: flags.date, team: flags.team, competition: flags.competition });
        if (found.length === 0) throw new NotFoundError(`no match on ${flags.date} involving "${flags.team}"`);
        if (found.length > 1 && !flags.json) {
          throw new UsageError(
            `${found.length} matches on ${flags.date} involve "${flags.team}": ${found.map(matchHeadline).join('; ')} — add --competition`,
          );
        }
        if (flags.json) printJson(found.length === 1 ? matchJson(found[0]!) : found.map(matchJson));
        else process.stdout.write(`${matchText(found[0]!)}\n`);
      } finally {
        await store.close();
      }
    });
}
