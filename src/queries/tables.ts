// The matches of each group or league table of an edition, with what the organiser published
// about its order (used where only a drawing of lots separated teams).
import type { Kysely } from 'kysely';
import type { MatchData } from '../domain/match-data.js';
import { NotFoundError } from '../domain/errors.js';
import { computeTable, groupLabel, tableGroups, tableRulesFor, type PointsDeduction, type Table } from '../rules/tables/index.js';
import { findEdition, type EditionView } from '../store/queries/editions.js';
import { findLeagueEdition } from './find-league-edition.js';
import type { Database } from '../store/schema.js';
import { readMatches } from '../store/queries/read-matches.js';

export interface TableInput {
  readonly stageName: string;
  readonly stageKind: string;
  /** `Group H`, or undefined for a league table. */
  readonly group?: string;
  readonly matches: readonly MatchData[];
  /** The organiser's published order of the teams, by the names the matches use, when known. */
  readonly publishedOrder?: readonly string[];
  /** Points the league took off teams in this edition, as the sources noted them. */
  readonly deductions: readonly PointsDeduction[];
}

/** The edition a person means: the usual lookup, else a league by its common name ("La Liga", "Bundesliga"). */
async function tableEdition(db: Kysely<Database>, competition: string, season: string | undefined): Promise<EditionView> {
  try {
    return await findEdition(db, competition, season);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const league = await findLeagueEdition(db, competition, season);
    if (league === undefined) throw error;
    return league;
  }
}

/**
 * Every table of a competition's edition (or one group of it), matches grouped by stage and group.
 *
 * @example await readTableInputs(db, { competition: 'World Cup 2018', group: 'H' })
 */
export async function readTableInputs(
  db: Kysely<Database>,
  query: { competition: string; season?: string; group?: string },
): Promise<TableInput[]> {
  const edition = await tableEdition(db, query.competition, query.season);
  const matches = await readMatches(db, { editionId: edition.id });
  const label = `${edition.competition} ${edition.season}`;
  const teamNames = new Map<string, number>();
  for (const m of matches) {
    teamNames.set(m.data.home.name, m.homeTeamId);
    teamNames.set(m.data.away.name, m.awayTeamId);
  }
  // The store keeps bare group names (`H`); tables are labelled as people say them (`Group H`).
  const labelled = matches.map((m) => (m.data.group !== undefined ? { ...m.data, group: groupLabel(`Group ${m.data.group}`) } : m.data));
  const wanted = query.group !== undefined ? groupLabel(/^\S+$/.test(query.group.trim()) ? `Group ${query.group}` : query.group) : undefined;
  const tables = tableGroups(labelled)
    .filter((t) => wanted === undefined || t.group?.toLowerCase() === wanted.toLowerCase())
    .map((t) => ({ stageName: t.stage.name, stageKind: t.stage.kind, group: t.group, matches: t.matches }));
  if (tables.length === 0) throw new NotFoundError(`no group or league table${query.group ? ` for group ${query.group}` : ''} in ${label}`);

  const published = await db
    .selectFrom('published_standing')
    .select(['stage_kind', 'group_name', 'position', 'team_id'])
    .where('edition_id', '=', edition.id)
    .orderBy('position')
    .execute();
  const deductions = (
    await db.selectFrom('points_deduction').select(['team_name', 'points', 'reason']).where('edition_id', '=', edition.id).orderBy('id').execute()
  ).map((d): PointsDeduction => ({ team: d.team_name, points: d.points, ...(d.reason !== null ? { reason: d.reason } : {}) }));
  return tables.map((t) => {
    const teams = new Set(t.matches.flatMap((m) => [m.home.name, m.away.name]));
    const idToName = new Map([...teams].map((name) => [teamNames.get(name), name] as const));
    const rows = published.filter((p) => p.stage_kind === t.stageKind && groupLabel(`Group ${p.group_name}`) === t.group);
    const order = rows.map((r) => idToName.get(r.team_id)).filter((n): n is string => n !== undefined);
    // Deductions are an edition's; they belong to its league table, not to its groups or cup rounds.
    return { ...t, publishedOrder: order.length > 0 ? order : undefined, deductions: t.stageKind === 'league' ? deductions : [] };
  });
}

/** A table as the CLI's `--json` and the API answer it: the place's explanation as `text`. */
export interface TableJson {
  readonly competition: string;
  readonly season: string;
  readonly stage: string;
  readonly group: string | null;
  readonly asOf: string | null;
  readonly rules: Table['rules'];
  readonly rows: readonly (Table['rows'][number] & { readonly text: string | null })[];
  readonly notes: Table['notes'];
  readonly excluded: Table['excluded'];
}

/**
 * Every table a query names, computed under its competition's era rules with its deductions and
 * published lots: the one computation behind `matchfacts table` and `GET /api/competitions/:id/table`.
 */
export async function readTables(
  db: Kysely<Database>,
  query: Parameters<typeof readTableInputs>[1],
  asOf?: string,
): Promise<{ input: TableInput; table: Table; json: TableJson }[]> {
  const inputs = await readTableInputs(db, query);
  return inputs.map((input) => {
    const first = input.matches[0]!;
    const table = computeTable(input.matches, tableRulesFor(first.competition, first.edition, first.stage), {
      asOf,
      lots: input.publishedOrder,
      deductions: input.deductions,
    });
    const json: TableJson = {
      competition: first.competition.name,
      season: first.edition.name,
      stage: input.stageName,
      group: input.group ?? null,
      asOf: asOf ?? null,
      rules: table.rules,
      rows: table.rows.map((r) => ({ ...r, text: r.separatedFrom?.text ?? null })),
      notes: table.notes,
      excluded: table.excluded,
    };
    return { input, table, json };
  });
}
