// `matchfacts import PATH...`: read files and folders in any supported format into the store.
import type { Command } from 'commander';
import { importPath, type ImportResult } from '../../ingest/import-path.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { printJson, printTable } from '../output.js';
import { createProgress } from '../progress.js';

interface ImportFlags {
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import match data: Football.TXT files, the World Cup database, international results, matchfacts JSON')
    .argument('<paths...>', 'files or folders; folders are searched for every format matchfacts reads')
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print the summary as JSON')
    .option('-q, --quiet', 'no progress output')
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

Examples:
  matchfacts import ../shared/data
  matchfacts import worldcup/2022--qatar/cup.txt --db wc.db
  matchfacts import result.json --json`,
    )
    .action(async (paths: string[], flags: ImportFlags) => {
      const store = await openStore(resolveDbPath(flags.db));
      const progress = createProgress({ quiet: flags.quiet || flags.json });
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
        if (flags.json) printJson(result);
        else printSummary(result);
      } finally {
        progress.stop();
        await store.close();
      }
    });
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
  if (result.conflictsRecorded > 0) {
    process.stdout.write(`${result.conflictsRecorded} disagreements between sources recorded: see \`matchfacts conflicts\`\n`);
  }
  if (result.skippedFiles.length > 0) {
    process.stdout.write(`${result.skippedFiles.length} files in the folders are not match data and were skipped\n`);
  }
  process.stdout.write(result.changed ? 'import complete\n' : 'nothing new: everything in these files was already imported\n');
}
