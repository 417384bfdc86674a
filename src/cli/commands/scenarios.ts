// `matchfacts scenarios`: for a suspended or unfinished competition, what is still open and what can still happen.
import type { Command } from 'commander';
import { fixtureText, readScenarios } from '../../queries/scenarios.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { findEdition } from '../../store/queries/editions.js';
import { formatTable, printJson } from '../output.js';
import { isoDate } from '../validate.js';

interface ScenarioFlags {
  competition: string;
  season?: string;
  asOf?: string;
  db?: string;
  json?: boolean;
}

export function registerScenarios(program: Command): void {
  program
    .command('scenarios')
    .description('what is still open in a competition: fixtures, ties, who can meet whom, and for tables the maximum points and places still possible')
    .requiredOption('--competition <name>', 'e.g. "Champions League 2020/21", "cl 2019-20"')
    .option('--season <name>', 'edition, if not in --competition')
    .option('--as-of <YYYY-MM-DD>', 'as things stood on this day (default: the day before a suspension, else now)', isoDate)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Examples:
  matchfacts status --competition "cl 2020-21" --set suspended --since 2021-03-11 --reason "COVID-19"
  matchfacts scenarios --competition "cl 2020-21"            open round-of-16 ties and possible quarter-final opponents
  matchfacts scenarios --competition "cl 2024-25" --as-of 2024-12-11   the league phase with two matchdays to go`,
    )
    .action(async (flags: ScenarioFlags) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const edition = await findEdition(store.db, flags.competition, flags.season);
        const { result, fixtures, open, nextOpponents, tables, asOf, status } = await readScenarios(store, edition, flags.asOf);
        if (flags.json) {
          printJson(result);
          return;
        }
        const lines = [`${edition.competition} ${edition.season}: ${status.status}${status.since ? ` since ${status.since}` : ''}${status.reason ? ` (${status.reason})` : ''}`];
        if (asOf) lines.push(`as of ${asOf}`);
        lines.push('', `open fixtures: ${fixtures.length}`, ...fixtures.slice(0, 40).map((m) => `  ${fixtureText(m)}`));
        if (fixtures.length > 40) lines.push(`  … and ${fixtures.length - 40} more (--json for all)`);
        lines.push('', `open ties: ${open.length}`);
        for (const t of result.openTies) {
          lines.push(`  ${t.stage}: ${t.teams[0]} v ${t.teams[1]} — ${t.legs.map((l) => (l.played ? `${l.home} ${l.scoreLine} ${l.away}` : `${l.date} still to play`)).join('; ')}`);
        }
        if (nextOpponents.length > 0) {
          // An open draw gives every team the same pool: say it once instead of once per team.
          const pools = new Set(nextOpponents.map((n) => [n.team, ...n.opponents].sort().join('|')));
          const teamsInPool = [...new Set(nextOpponents.flatMap((n) => [n.team, ...n.opponents]))];
          if (pools.size === 1 || nextOpponents.every((n) => n.opponents.length >= teamsInPool.length - 2)) {
            lines.push('', `next round, draw still to come: ${teamsInPool.length} teams can still be in it, and any two of them from different ties can meet:`);
            lines.push(`  ${teamsInPool.join(', ')}`);
          } else {
            lines.push('', 'possible next opponents:');
            for (const n of nextOpponents) lines.push(`  ${n.team}: ${n.opponents.join(', ')}`);
          }
        }
        for (const t of tables) {
          lines.push('', `${t.stage}${t.group ? `, ${t.group}` : ''}`);
          lines.push(
            formatTable(
              ['#', 'team', 'Pts', 'left', 'max', 'best', 'worst', 'decided'],
              t.outlook.map((o) => [o.position, o.team, o.points, o.remaining, o.maxPoints, o.bestPosition, o.worstPosition, o.decided ? 'yes' : '']),
            ),
          );
        }
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
