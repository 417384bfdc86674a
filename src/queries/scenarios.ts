// What is still open in an edition as of a day: fixtures, ties, who can meet whom, and for tables
// the maximum points and places still possible.
import type { MatchData } from '../domain/match-data.js';
import { formatScoreLine } from '../domain/score-line.js';
import { isOpenFixture, matchesAsOf, tableOutlook, type TeamOutlook } from '../rules/scenarios/index.js';
import { computeTable, tableGroups, tableRulesFor } from '../rules/tables/index.js';
import { buildBracket, openTies, possibleNextOpponents, tieRulesFor, type Tie } from '../rules/ties/index.js';
import type { Store } from '../store/open-store.js';
import { readCompetitionStatus, type EditionView } from '../store/queries/editions.js';
import { readMatches } from '../store/queries/read-matches.js';

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export function fixtureText(m: MatchData): string {
  return `${m.date}  ${m.home.name} v ${m.away.name}${m.status !== 'scheduled' ? ` [${m.status}]` : ''}${m.stage ? `  (${m.stage.name}${m.group ? `, ${m.group}` : ''})` : ''}`;
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
