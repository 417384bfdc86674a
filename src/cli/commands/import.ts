// `matchfacts import PATH...`: read files and folders in any supported format into the store.
import type { Command } from 'commander';
import { importPath, type ImportResult } from '../../ingest/import-path.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { printJson, printTable } from '../output.js';
import { createProgress } from '../progress.js';
import { snapshotRecordBook, updateRecordBook, type UpdateResult } from '../../records/book/record-book-store.js';
import { collectFiles, definitionsFrom } from '../record-book.js';
import { factLines } from './facts.js';
import { createPullProgress } from './data.js';
import { resolveDatasetPaths } from '../../datasets/resolve-dataset-paths.js';

interface ImportFlags {
  db?: string;
  json?: boolean;
  quiet?: boolean;
  facts?: boolean;
  records?: string[];
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import match data: Football.TXT files, the World Cup database, international results, matchfacts JSON')
    .argument('<paths...>', 'files or folders (folders are searched for every format matchfacts reads), or dataset names: worldcup-db, international-results, openfootball-worldcup, openfootball-champions-league, all')
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress output')
    .option('--facts', 'print the record facts of each newly added match, oldest first (NDJSON with --json), and what a correction or an earlier match changed: facts no longer true, facts true now')
    .option('--records <file>', 'add record definitions from a JSON file (repeatable)', collectFiles)
    .addHelpText(
      'after',
      `
Formats are detected from content:
  worldcup-db            a folder with matches.csv, players.csv, tournaments.csv (Fjelstul World Cup database)
  international-results  a folder with results.csv and goalscorers.csv (martj42/international_results)
  football-txt           a .txt file starting with "= Competition Season" (openfootball Football.TXT)
  matchfacts-json        a .json file of {"kind": "match" | "status", ...} (see schema/matchfacts-input.schema.json)

An import is one transaction: if any line cannot be read, the error names file:line:column and
nothing is written. Importing the same files again changes nothing. When two sources describe the
same match, the first value stays and differences are listed by \`matchfacts conflicts\`.

With --facts, the record book is brought up to date and the facts of every newly added match are
printed in time order: a match after everything loaded extends the book from its stored state, in
time proportional to the match; a correction to an older match recomputes the book and lists the
facts that are no longer true. The book is kept up to date by every import once it exists.

Dataset names resolve to $MATCHFACTS_DATA if set, else ../shared/data if present, else the
download cache (pulled on first use; see \`matchfacts data pull\`).

Examples:
  matchfacts import ../shared/data
  matchfacts import worldcup-db international-results
  matchfacts import tonight.json --facts          the records the match just broke
  matchfacts import tonight.json --facts --json   one JSON object per line: {"type": "fact", …}
  matchfacts import worldcup/2022--qatar/cup.txt --db wc.db
  matchfacts import result.json --json`,
    )
    .action(async (paths: string[], flags: ImportFlags) => {
      const pullProgress = createPullProgress({ quiet: flags.quiet || flags.json });
      try {
        paths = await resolveDatasetPaths(paths, { pullOptions: { progress: pullProgress } });
      } finally {
        pullProgress.stop();
      }
      const store = await openStore(resolveDbPath(flags.db));
      const progress = createProgress({ quiet: flags.quiet || flags.json });
      const definitions = definitionsFrom(flags.records);
      const before = snapshotRecordBook(store, definitions);
      try {
        let phase = '';
        const result = await importPath(store, paths, {
          progress: {
            reading: ({ done, total }) => {
              if (phase !== 'read') {
                phase = 'read';
                progress.start('reading sources', total);
              }
              progress.update(done, total);
            },
            waiting: ({ path }) => {
              progress.stop();
              process.stderr.write(`${path} is being written by another matchfacts import: waiting for it to finish…\n`);
            },
            merging: ({ phase: p, done, total }) => {
              if (p !== 'write') return;
              if (phase !== 'write') {
                phase = 'write';
                progress.start('writing rows', total);
              }
              progress.update(done, total);
            },
          },
        });
        progress.stop();
        // Keep an existing book current; build one only when asked for facts.
        const update = before.meta !== undefined || flags.facts ? updateRecordBook(store, definitions, before, { historyChanged: changedExisting(result) }) : undefined;
        if (flags.facts && update) {
          printFacts(update, flags.json === true);
          return;
        }
        if (flags.json) printJson(result);
        else printSummary(result);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}

/** Whether the import changed anything the store already had: a correction, or values filled in. */
function changedExisting(result: ImportResult): boolean {
  return result.sources.some((source) => source.entities.some((e) => e.merged > 0 || e.corrected > 0));
}

function printFacts(update: UpdateResult, json: boolean): void {
  if (json) {
    for (const fact of update.facts) process.stdout.write(`${JSON.stringify({ type: 'fact', ...fact })}\n`);
    for (const fact of update.withdrawn) process.stdout.write(`${JSON.stringify({ type: 'withdrawn', ...fact })}\n`);
    for (const fact of update.nowTrue) process.stdout.write(`${JSON.stringify({ type: 'now_true', ...fact })}\n`);
    return;
  }
  const lines: string[] = [];
  let matchId = -1;
  for (const fact of update.facts) {
    if (fact.matchId !== matchId) {
      matchId = fact.matchId;
      lines.push('', `${fact.date} — match ${fact.matchId}`);
    }
    lines.push(...factLines(fact));
  }
  const changedFacts = update.withdrawn.length + update.nowTrue.length > 0;
  if (update.newMatchIds.length === 0) lines.push(changedFacts ? 'no new matches; corrections changed the record book' : 'no new matches: no new facts');
  else if (update.facts.length === 0) lines.push(`${update.newMatchIds.length} new match(es), no record facts`);
  if (update.withdrawn.length > 0) {
    lines.push('', 'no longer true after this import:');
    for (const fact of update.withdrawn) lines.push(`  ${fact.date}: ${fact.text}`);
  }
  if (update.nowTrue.length > 0) {
    lines.push('', 'true now, of matches stored before this import:');
    for (const fact of update.nowTrue) lines.push(`  ${fact.date}: ${fact.text}`);
  }
  process.stdout.write(`${lines.join('\n').trimStart()}\n`);
}

function printSummary(result: ImportResult): void {
  const rows: (string | number)[][] = [];
  for (const s of result.sources) {
    for (const e of s.entities) rows.push([s.format, e.entity, e.read, e.added, e.merged, e.unchanged, e.corrected]);
  }
  if (rows.length > 0) {
    printTable(['source', 'entity', 'read', 'new', 'merged', 'unchanged', 'corrected'], rows);
  }
  for (const s of result.sources) {
    const rows = s.rowsRead.toLocaleString('en-US');
    if (s.filesAlreadyImported === s.files) {
      process.stdout.write(`${s.format}: all ${s.files} files (${rows} rows) already imported with the same content, from ${s.origin}\n`);
    } else {
      process.stdout.write(`${s.format}: ${s.files} files, ${rows} rows read, from ${s.origin}\n`);
      if (s.filesAlreadyImported > 0) {
        process.stdout.write(`${s.format}: ${s.filesAlreadyImported} of ${s.files} files were already imported (same content), skipped\n`);
      }
    }
    for (const n of s.notices) process.stdout.write(`notice ${n.location}: ${n.message}\n`);
  }
  if (result.newTeams.length > 0) {
    const shown = result.newTeams.slice(0, 12).join(', ');
    const more = result.newTeams.length > 12 ? ` and ${result.newTeams.length - 12} more` : '';
    process.stdout.write(`${result.newTeams.length} new team(s): ${shown}${more}\n`);
  }
  if (result.conflictsRecorded > 0) {
    process.stdout.write(`${result.conflictsRecorded} disagreements between sources recorded: see \`matchfacts conflicts\`\n`);
  }
  if (result.skippedFiles.length > 0) {
    process.stdout.write(`${result.skippedFiles.length} files in the folders are not match data and were skipped\n`);
  }
  process.stdout.write(result.changed ? 'import complete\n' : 'nothing new: everything in these files was already imported\n');
}
