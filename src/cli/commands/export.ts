// `matchfacts export`: matches out as JSON, CSV or Football.TXT (which our own parser reads back).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { InvalidArgumentError } from 'commander';
import { formatScoreLine } from '../../domain/score-line.js';
import { writeFootballTxtFiles } from '../../sources/football-txt/writer.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { readMatches, type MatchFilter } from '../../store/queries/read-matches.js';
import type { StoredMatch } from '../../store/queries/stored-match.js';
import { goalText, goalsInOrder, matchJson } from '../../queries/match-view.js';
import { isoDate } from '../validate.js';

const FORMATS = ['json', 'csv', 'footballtxt'] as const;
type ExportFormat = (typeof FORMATS)[number];

function exportFormat(value: string): ExportFormat {
  const found = FORMATS.find((f) => f === value);
  if (!found) throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}, got "${value}"`);
  return found;
}

function toCsv(matches: readonly StoredMatch[]): string {
  const rows = matches.map((m) => {
    const d = m.data;
    const s = d.score;
    return {
      id: m.id,
      competition: d.competition.name,
      season: d.edition.name,
      stage: d.stage?.name ?? '',
      group: d.group ?? '',
      date: d.date,
      time: d.time ?? '',
      utc_offset: d.utcOffset ?? '',
      home: d.home.name,
      away: d.away.name,
      score_line: formatScoreLine(s, d.status),
      ht_home: s.halfTime?.[0] ?? '',
      ht_away: s.halfTime?.[1] ?? '',
      ft_home: s.fullTime?.[0] ?? '',
      ft_away: s.fullTime?.[1] ?? '',
      aet_home: s.extraTime?.[0] ?? '',
      aet_away: s.extraTime?.[1] ?? '',
      pen_home: s.penalties?.[0] ?? '',
      pen_away: s.penalties?.[1] ?? '',
      status: d.status,
      venue: d.venue ?? '',
      city: d.city ?? '',
      country: d.country ?? '',
      neutral: d.neutral === undefined ? '' : d.neutral,
      goals: goalsInOrder(m.goals).map(goalText).join('; '),
      sources: m.sources.map((x) => x.format).join(' '),
    };
  });
  return stringify(rows, { header: true });
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export matches as JSON, CSV or Football.TXT')
    .requiredOption('--format <format>', 'json, csv or footballtxt', exportFormat)
    .option('--competition <name>', 'only this competition')
    .option('--season <name>', 'only this edition (2022, 2019/20)')
    .option('--team <name>', 'only matches of this team')
    .option('--from <YYYY-MM-DD>', 'on or after this date', isoDate)
    .option('--to <YYYY-MM-DD>', 'on or before this date', isoDate)
    .option('--out <path>', 'file to write (a folder for footballtxt with several editions); default stdout')
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .addHelpText('after', '\nExamples:\n  matchfacts export --format footballtxt --competition "World Cup" --season 2022 --out wc2022.txt\n  matchfacts export --format csv --team Atalanta --out atalanta.csv')
    .action(async (flags: MatchFilter & { format: ExportFormat; out?: string; db?: string }) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const matches = await readMatches(store.db, flags);
        if (flags.format === 'json') await emit(flags.out, `${JSON.stringify(matches.map(matchJson), null, 2)}\n`);
        else if (flags.format === 'csv') await emit(flags.out, toCsv(matches));
        else {
          const files = writeFootballTxtFiles(matches.map((m) => m.data));
          if (flags.out && files.length > 1) {
            await mkdir(flags.out, { recursive: true });
            for (const f of files) await writeFile(join(flags.out, f.name), f.text);
            process.stderr.write(`wrote ${files.length} files to ${flags.out}\n`);
          } else await emit(flags.out, files.map((f) => f.text).join('\n\n'));
        }
      } finally {
        await store.close();
      }
    });
}

async function emit(out: string | undefined, text: string): Promise<void> {
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}
