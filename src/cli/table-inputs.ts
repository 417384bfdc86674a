// The matches of each group or league table of an edition, with what the organiser published
// about its order (used where only a drawing of lots separated teams).
import type { Kysely } from 'kysely';
import type { MatchData } from '../domain/match-data.js';
import { TABLE_STAGE_KINDS } from '../domain/vocabulary.js';
import { NotFoundError } from '../domain/errors.js';
import { groupLabel, splitGroups } from '../rules/tables/index.js';
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
  const matches = await readMatches(db, { competition: query.competition, season: query.season });
  const label = `${query.competition}${query.season ? ` ${query.season}` : ''}`;
  if (matches.length === 0) throw new NotFoundError(`no matches for "${label}"`);
  const editions = new Set(matches.map((m) => m.editionId));
  if (editions.size > 1) {
    const names = [...new Set(matches.map((m) => `${m.data.competition.name} ${m.data.edition.name}`))].slice(-3);
    throw new NotFoundError(`"${label}" covers ${editions.size} editions (… ${names.join(', ')}): name the season, e.g. "${names[0]}"`);
  }
  const teamNames = new Map<string, number>();
  const stages = new Map<string, { name: string; kind: string; matches: MatchData[] }>();
  for (const m of matches) {
    const stage = m.data.stage;
    if (!stage || !TABLE_STAGE_KINDS.has(stage.kind)) continue;
    let entry = stages.get(stage.kind);
    if (!entry) stages.set(stage.kind, (entry = { name: stage.name, kind: stage.kind, matches: [] }));
    // The store keeps bare group names (`H`); tables are labelled as people say them (`Group H`).
    entry.matches.push(m.data.group !== undefined ? { ...m.data, group: groupLabel(`Group ${m.data.group}`) } : m.data);
    teamNames.set(m.data.home.name, m.homeTeamId);
    teamNames.set(m.data.away.name, m.awayTeamId);
  }
  const wanted = query.group !== undefined ? groupLabel(/^\S+$/.test(query.group.trim()) ? `Group ${query.group}` : query.group) : undefined;
  const tables: { stageName: string; stageKind: string; group?: string; matches: MatchData[] }[] = [];
  for (const stage of stages.values()) {
    if (stage.kind === 'league_phase') {
      if (wanted === undefined) tables.push({ stageName: stage.name, stageKind: stage.kind, matches: stage.matches });
      continue;
    }
    for (const [group, groupMatches] of splitGroups(stage.matches)) {
      if (wanted !== undefined && group.toLowerCase() !== wanted.toLowerCase()) continue;
      tables.push({ stageName: stage.name, stageKind: stage.kind, group, matches: groupMatches });
    }
  }
  if (tables.length === 0) throw new NotFoundError(`no group or league table${query.group ? ` for group ${query.group}` : ''} in ${label}`);

  const editionId = matches[0]!.editionId;
  const published = await db
    .selectFrom('published_standing')
    .select(['stage_kind', 'group_name', 'position', 'team_id'])
    .where('edition_id', '=', editionId)
    .orderBy('position')
    .execute();
  return tables.map((t) => {
    const teams = new Set(t.matches.flatMap((m) => [m.home.name, m.away.name]));
    const idToName = new Map([...teams].map((name) => [teamNames.get(name), name] as const));
    const rows = published.filter((p) => p.stage_kind === t.stageKind && groupLabel(`Group ${p.group_name}`) === t.group);
    const order = rows.map((r) => idToName.get(r.team_id)).filter((n): n is string => n !== undefined);
    return { ...t, publishedOrder: order.length > 0 ? order : undefined };
  });
}
