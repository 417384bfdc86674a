// `matchfacts story --date D --team T`: the match report — result and what it means, goals in order,
// record facts with their context, what comes next — every sentence traceable to its data.
import type { Command } from 'commander';
import { Option } from 'commander';
import { findOneMatch } from '../../queries/find-match.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { loadStoryInput } from '../../story/load-story-input.js';
import { renderStory, STORY_FORMATS, type StoryFormat } from '../../story/render.js';
import { writeStory } from '../../story/write-story.js';
import { collectFiles, definitionsFrom, readyRecordBook } from '../record-book.js';
import { isoDate } from '../validate.js';

interface StoryFlags {
  date: string;
  team: string;
  competition?: string;
  format: StoryFormat;
  json?: boolean;
  records?: string[];
  db?: string;
  quiet?: boolean;
}

export function registerStory(program: Command): void {
  program
    .command('story')
    .description('the match report a desk would write: result and what it means, goals in order, records with their context, what comes next — every sentence with its sources')
    .requiredOption('--date <YYYY-MM-DD>', 'the day of the match', isoDate)
    .requiredOption('--team <name>', 'either team')
    .option('--competition <name>', 'narrow down when a team played twice that day')
    .addOption(new Option('--format <format>', 'text, markdown, html or json').choices(STORY_FORMATS).default('text'))
    .option('--json', 'the same as --format json')
    .option('--records <file>', 'add record definitions from a JSON file (repeatable)', collectFiles)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
The report is laid out as a wire report: the headline, a standfirst that leads with what the match
decided (a title, counted where the data holds every edition: "their fourth World Cup"; a place in
the next round; an elimination; a record) and who stood out, then short paragraphs: where and when,
the goals in order, the shoot-out kick by kick with the decisive kick, the records in plain English
with how long they stood, and what comes next — or that it is uncertain (postponed, competition
suspended). A match with no result (scheduled, postponed, cancelled, in play) is reported as such.

The wording varies from match to match but never from run to run. Every sentence rests on data:
--format json gives each sentence with the ids of the facts and match data behind it ("match:1013",
"goal:2994", "tie:…"), the values those ids stand for, and each fact's proof.

The record book is built on first use and kept in the database (see \`matchfacts facts\`).

Examples:
  matchfacts story --date 2014-07-08 --team Germany                  Brazil 1-7 Germany: Klose's 16th World Cup goal
  matchfacts story --date 2021-03-09 --team Porto                    through on away goals after extra time, 4-4 on aggregate
  matchfacts story --date 2022-12-18 --team France --format markdown
  matchfacts story --date 2014-07-08 --team Germany --format json    every sentence with its sources and the facts' proof`,
    )
    .action(async (flags: StoryFlags) => {
      const format: StoryFormat = flags.json ? 'json' : flags.format;
      const definitions = definitionsFrom(flags.records);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const match = await findOneMatch(store, flags);
        readyRecordBook(store, definitions, { quiet: flags.quiet || format === 'json' });
        const story = writeStory(await loadStoryInput(store, match.id));
        process.stdout.write(renderStory(story, format));
      } finally {
        await store.close();
      }
    });
}
