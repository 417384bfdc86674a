// `matchfacts table`: group and league tables with the era's points and tie-breakers, each place explained.
import type { Command } from 'commander';
import type { Table } from '../../rules/tables/index.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { splitCompetitionQuery } from '../../store/queries/competitions.js';
import { readTables, type TableInput } from '../../queries/tables.js';
import { formatTable, printJson } from '../output.js';
import { stageDisplayName } from '../../queries/match-view.js';
import type { StageKind } from '../../domain/vocabulary.js';
import { isoDate } from '../validate.js';

interface TableFlags {
  competition: string;
  season?: string;
  group?: string;
  asOf?: string;
  db?: string;
  json?: boolean;
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function tableText(input: TableInput, table: Table): string {
  const first = input.matches[0];
  // A league season is the whole competition: name it, not its one stage ("League").
  const title =
    input.stageKind === 'league' && first !== undefined
      ? `${first.competition.name} ${first.edition.name}`
      : [stageDisplayName(input.stageName, input.stageKind as StageKind), input.group].filter((s) => s).join(', ');
  // Columns a table needs only sometimes: deductions, and points per game for a season cut short.
  const deducted = table.rows.some((r) => r.deducted !== undefined);
  const perGame = table.rows.some((r) => r.pointsPerGame !== undefined);
  const zoned = table.rows.some((r) => r.zone !== undefined);
  const rows = table.rows.map((r) => [
    r.position,
    r.team,
    r.played,
    r.won,
    r.drawn,
    r.lost,
    `${r.goalsFor}-${r.goalsAgainst}`,
    signed(r.goalDifference),
    r.points,
    ...(deducted ? [r.deducted !== undefined ? `\u2212${r.deducted}` : ''] : []),
    ...(perGame ? [r.pointsPerGame?.toFixed(2) ?? ''] : []),
    ...(zoned ? [r.zone ?? ''] : []),
    r.separatedFrom?.text ?? '',
  ]);
  const headers = ['#', 'team', 'P', 'W', 'D', 'L', 'goals', 'GD', 'Pts', ...(deducted ? ['ded'] : []), ...(perGame ? ['PPG'] : []), ...(zoned ? ['zone'] : []), 'why above the next'];
  const lines = [title, formatTable(headers, rows)];
  lines.push(`rules: ${table.rules.pointsForWin} points for a win; ${table.rules.criteria.join(', ')} — ${table.rules.source}`);
  for (const note of table.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}

export function registerTable(program: Command): void {
  program
    .command('table')
    .description("group and league tables, with the points and tie-breakers of the competition's era, each place explained")
    .requiredOption('--competition <name>', 'e.g. "World Cup 2018", "Champions League 2022/23", "cl 2024-25", "Premier League 2024/25", "La Liga 2012-13"')
    .option('--season <name>', 'edition, if not in --competition: 2018, 2022/23')
    .option('--group <name>', 'one group: H, "Group H"')
    .option('--as-of <YYYY-MM-DD>', 'the table as it stood after the matches of this day', isoDate)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Examples:
  matchfacts table --competition "World Cup 2018" --group H           Japan above Senegal on fair-play points
  matchfacts table --competition "Champions League 2022/23" --group H Benfica above PSG on away goals
  matchfacts table --competition "cl 2024-25"                         the 36-team league phase with its bands
  matchfacts table --competition "Premier League 2011/12"             Manchester City above Manchester United on goal difference
  matchfacts table --competition "Bundesliga 2019/20"                 a league season: every round is one table`,
    )
    .action(async (flags: TableFlags) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const query = flags.season ? { competition: flags.competition, season: flags.season } : splitCompetitionQuery(flags.competition);
        const results = await readTables(store.db, { ...query, group: flags.group }, flags.asOf);
        if (flags.json) {
          printJson(results.map(({ json }) => json));
          return;
        }
        process.stdout.write(`${results.map(({ input, table }) => tableText(input, table)).join('\n\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
