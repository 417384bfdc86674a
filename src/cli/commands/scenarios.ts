// `matchfacts scenarios`: for a suspended or unfinished competition, what is still open and what can still happen.
import type { Command } from 'commander';
import type { MatchData } from '../../domain/match-data.js';
import { formatScoreLine } from '../../domain/score-line.js';
import { isOpenFixture, matchesAsOf, tableOutlook, type TeamOutlook } from '../../rules/scenarios/index.js';
import { computeTable, tableGroups, tableRulesFor } from '../../rules/tables/index.js';
import { buildBracket, openTies, possibleNextOpponents, tieRulesFor, type Tie } from '../../rules/ties/index.js';
import { openStore, resolveDbPath, type Store } from '../../store/open-store.js';
import { findEdition, readCompetitionStatus, type EditionView } from '../../store/queries/editions.js';
import { readMatches } from '../../store/queries/read-matches.js';
import { formatTable, printJson } from '../output.js';
import { isoDate } from '../validate.js';

interface ScenarioFlags {
  competition: string;
  season?: string;
  asOf?: string;
  db?: string;
  json?: boolean;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function fixtureText(m: MatchData): string {
  return `${m.date}  ${m.home.name} v ${m.away.name}${m.status !== 'scheduled' ? ` [${m.status}]` : ''}${m.stage ? `  (${m.stage.name}${m.group ? `, ${m.group}` : ''})` : ''}`;
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

/** What is still open in an edition as of a day (default: the day before a suspension, else now). */
export async function readScenarios(store: Store, edition: EditionView, asOfGiven?: string) {
  const status = await readCompetitionStatus(store.db, edition.id);
  const asOf = asOfGiven ?? (status.status === 'suspended' ? dayBefore(status.since) : undefined);
  const stored = await readMatches(store.db, { editionId: edition.id });
  const matches = matchesAsOf(
    stored.map((m) => m.data),
    asOf,
  );
  const fixtures = matches.filter(isOpenFixture);
  const first = matches[0];
  const tables: { stage: string; group?: string; outlook: TeamOutlook[] }[] = [];
  for (const t of tableGroups(matches)) {
    const open = t.matches.filter(isOpenFixture);
    if (open.length === 0) continue;
    const sample = t.matches[0]!;
    const rules = tableRulesFor(sample.competition, sample.edition, t.stage);
    const table = computeTable(t.matches.filter((m) => !isOpenFixture(m)), rules);
    tables.push({ stage: t.stage.name, group: t.group, outlook: tableOutlook(table, open, rules.pointsForWin) });
  }
  const bracket = first ? buildBracket(matches, tieRulesFor(first.competition, first.edition)) : { stages: [] };
  const open = openTies(bracket);
  const teamsAlive = [...new Set(bracket.stages.flatMap((s) => s.ties.map((b) => b.tie)).flatMap((t) => (t.status === 'decided' ? (t.winner ? [t.winner] : []) : [...t.teams])))];
  const nextOpponents = teamsAlive
    .map((team) => ({ team, opponents: possibleNextOpponents(bracket, team) }))
    .filter((n) => n.opponents.length > 0);
  const result = {
    competition: edition.competition,
    season: edition.season,
    status,
    asOf: asOf ?? null,
    openFixtures: fixtures.map((m) => ({ date: m.date, home: m.home.name, away: m.away.name, status: m.status, stage: m.stage?.name ?? null, group: m.group ?? null, text: fixtureText(m) })),
    openTies: open.map((t: Tie) => ({ stage: t.stage.name, teams: t.teams, legs: t.legs.map((l) => ({ date: l.date, home: l.home.name, away: l.away.name, played: !isOpenFixture(l), scoreLine: isOpenFixture(l) ? null : formatScoreLine(l.score, l.status) })), text: t.text })),
    nextOpponents,
    tables,
  };
  return { result, fixtures, open, nextOpponents, tables, asOf, status };
}
