// `matchfacts matches`: list matches by competition, season, team and dates.
import type { Command } from 'commander';
import { formatScoreLine } from '../../domain/score-line.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { readMatches } from '../../store/queries/read-matches.js';
import { matchJson, stageDisplayName } from '../../queries/match-view.js';
import { printJson, printTable } from '../output.js';
import { isoDate, positiveInt } from '../validate.js';

interface MatchesFlags {
  competition?: string;
  season?: string;
  team?: string;
  from?: string;
  to?: string;
  limit?: number;
  db?: string;
  json?: boolean;
}

export function registerMatches(program: Command): void {
  program
    .command('matches')
    .description('list matches, oldest first')
    .option('--competition <name>', 'e.g. "FIFA World Cup", "Champions League"')
    .option('--season <name>', 'edition: 2022, 2019/20 (or 2019-20)')
    .option('--team <name>', 'matches of this team')
    .option('--from <YYYY-MM-DD>', 'on or after this date', isoDate)
    .option('--to <YYYY-MM-DD>', 'on or before this date', isoDate)
    .option('--limit <n>', 'at most n matches', positiveInt)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  matchfacts matches --competition "World Cup" --season 2022 --team Argentina\n  matchfacts matches --team Atalanta --from 2020-01-01 --to 2020-12-31')
    .action(async (flags: MatchesFlags) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const found = await readMatches(store.db, flags);
        if (flags.json) {
          printJson(found.map(matchJson));
          return;
        }
        printTable(
          ['date', 'competition', 'season', 'stage', 'home', 'score', 'away'],
          found.map((m) => [
            m.data.date,
            m.data.competition.name,
            m.data.edition.name,
            [m.data.stage ? stageDisplayName(m.data.stage.name, m.data.stage.kind) : '', m.data.group ? `Group ${m.data.group}` : ''].filter((s) => s).join(', '),
            m.data.home.name,
            formatScoreLine(m.data.score, m.data.status),
            m.data.away.name,
          ]),
        );
        process.stdout.write(`${found.length} matches\n`);
      } finally {
        await store.close();
      }
    });
}
