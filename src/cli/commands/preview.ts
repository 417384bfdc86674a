// `matchfacts preview --date D --team T`: before a match, what is at stake — what a win or a draw
// would mean for the tie or the group, and the records and milestones within reach.
import type { Command } from 'commander';
import { findOneMatch } from '../../queries/find-match.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { loadPreviewInput } from '../../story/load-preview-input.js';
import { writePreview } from '../../story/preview.js';
import { renderJson } from '../../story/render-json.js';
import { renderText } from '../../story/render-text.js';
import { collectFiles, definitionsFrom, readyRecordBook } from '../record-book.js';
import { isoDate } from '../validate.js';

interface PreviewFlags {
  date: string;
  team: string;
  competition?: string;
  records?: string[];
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

export function registerPreview(program: Command): void {
  program
    .command('preview')
    .description('before a match: what a result would mean for the tie or the group, and the records and milestones within reach')
    .requiredOption('--date <YYYY-MM-DD>', 'the day of the match', isoDate)
    .requiredOption('--team <name>', 'either team')
    .option('--competition <name>', 'narrow down when a team played twice that day')
    .option('--records <file>', 'add record definitions from a JSON file (repeatable)', collectFiles)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON: every sentence with its sources and the values behind them')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
A preview reads the competition as it stood the day before the match and the record book as of
the match's day, so it works for a fixture still to be played and, as a look back, for any match:
  - the tie: who leads after the first leg, who a win or a draw takes through;
  - the group or league table: "a win would take them through regardless of the other result",
    or first place, where the places that go through are known (league-phase bands, or the data);
  - records: players and teams a few goals from equalling or breaking a record ("needs two goals
    to equal the record for most men's World Cup goals in a career"), and milestones one match away.

Players are those who scored for either team in the four years before the match.

Examples:
  matchfacts preview --date 2026-05-30 --team Arsenal                  the 2025/26 Champions League final
  matchfacts preview --date 2014-07-08 --team Germany                  Klose one goal from Ronaldo's record
  matchfacts preview --date 2021-03-09 --team Porto --json`,
    )
    .action(async (flags: PreviewFlags) => {
      const definitions = definitionsFrom(flags.records);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const match = await findOneMatch(store, flags);
        readyRecordBook(store, definitions, { quiet: flags.quiet || flags.json });
        const preview = writePreview(await loadPreviewInput(store, match.id, definitions));
        process.stdout.write(flags.json ? renderJson(preview) : renderText(preview));
      } finally {
        await store.close();
      }
    });
}
