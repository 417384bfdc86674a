// A corrected match is rebuilt from every source's description of it, in the order a fresh import
// reads them: the first source's values, goals and events, then each other source merged in, so
// the values filled in and the conflicts recorded are the ones a fresh import of the corrected
// files would leave. Later status changes (postponed, behind closed doors) are kept.
import type { MatchData } from '../domain/match-data.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import { ADAPTERS } from '../sources/registry.js';
import { insertGoals, insertMatchEvents, matchColumns } from './create-match.js';
import { correctMatch, placeMatch } from './ingest-match.js';
import type { IngestContext, MatchRow, SourceDescription } from './ingest-context.js';
import { swapSides } from './match-rows.js';
import { mergeMatch } from './merge-match.js';

const FORMAT_ORDER: readonly SourceFormat[] = ADAPTERS.map((a) => a.format);

function readOrder(a: SourceDescription, b: SourceDescription): number {
  return FORMAT_ORDER.indexOf(a.format) - FORMAT_ORDER.indexOf(b.format) || a.sourceRowId - b.sourceRowId;
}

/** A `match_source` row: its description, unless it was stored before descriptions were kept. */
interface StoredSource {
  readonly sourceRowId: number;
  readonly sourceFileId: number;
  readonly description: SourceDescription | undefined;
}

async function storedSources(ctx: IngestContext, matchIds: readonly number[]): Promise<Map<number, StoredSource[]>> {
  const found = new Map<number, StoredSource[]>();
  for (let i = 0; i < matchIds.length; i += 500) {
    const rows = await ctx.db
      .selectFrom('match_source')
      .innerJoin('source_file', 'source_file.id', 'match_source.source_file_id')
      .select([
        'match_source.id', 'match_source.match_id', 'match_source.format', 'match_source.source_file_id',
        'match_source.line', 'match_source.content', 'source_file.path',
      ])
      .where('match_source.match_id', 'in', matchIds.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      const description: SourceDescription | undefined =
        row.content === null
          ? undefined
          : {
              sourceRowId: row.id,
              format: row.format as SourceFormat,
              sourceFileId: row.source_file_id,
              location: row.line !== null ? `${row.path}:${row.line}` : row.path,
              match: JSON.parse(row.content) as MatchData,
            };
      const list = found.get(row.match_id) ?? [];
      list.push({ sourceRowId: row.id, sourceFileId: row.source_file_id, description });
      found.set(row.match_id, list);
    }
  }
  return found;
}

/** Rebuilds every match corrected in the batch just ingested. */
export async function rebuildCorrectedMatches(ctx: IngestContext): Promise<void> {
  if (ctx.corrections.size === 0) return;
  const corrections = new Map(ctx.corrections);
  ctx.corrections.clear();
  const stored = await storedSources(ctx, [...corrections.keys()]);
  for (const [matchId, corrected] of corrections) {
    const sources = stored.get(matchId) ?? [];
    const descriptions: SourceDescription[] = [...(ctx.mergedThisImport.get(matchId) ?? [])];
    let complete = true;
    for (const source of sources) {
      const now = corrected.find((d) => d.sourceRowId === source.sourceRowId) ?? source.description;
      if (now) descriptions.push(now);
      else complete = false;
    }
    if (!complete) {
      // A source stored before descriptions were kept cannot be replayed: correct in place.
      for (const d of corrected) correctMatch(ctx, matchId, d.match, placeMatch(ctx, d.match, d.sourceFileId), d.format, d.sourceFileId);
      continue;
    }
    const sourceFiles = [...new Set([...sources.map((s) => s.sourceFileId), ...descriptions.map((d) => d.sourceFileId)])];
    const later = await laterChanges(ctx, matchId, sourceFiles);
    const restated = restatedFields(corrected, sources, later);
    // What the source says again, differently, is newer than the status change it overrides.
    ctx.writes.deleteWhere('provenance', { entity: 'match', entity_id: matchId }, 'field', restated);
    rebuildMatch(ctx, matchId, descriptions.sort(readOrder), sourceFiles, later.filter((field) => !restated.includes(field)));
  }
}

/** Placement aside, the columns a description gives: enough to compare what two descriptions of one match say of its status. */
const NO_PLACE = { editionId: 0, competitionId: 0, stageId: null, group: null, homeTeamId: 0, awayTeamId: 0 } as const;

/**
 * Of the fields a status change set, those a corrected source now states otherwise than it did
 * before: the desk typed them again after the status change (a match reposted as played after it
 * was marked suspended), so the source's value is the newer one. A field the source states as
 * before stays as the status change left it, and a changed status takes the old note with it.
 */
function restatedFields(corrected: readonly SourceDescription[], sources: readonly StoredSource[], later: readonly string[]): string[] {
  const restated = new Set<string>();
  for (const now of corrected) {
    const before = sources.find((s) => s.sourceRowId === now.sourceRowId)?.description;
    if (!before) continue;
    const was = matchColumns(before.match, NO_PLACE) as Record<string, unknown>;
    const is = matchColumns(now.match, NO_PLACE) as Record<string, unknown>;
    for (const field of later) if (was[field] !== is[field]) restated.add(field);
  }
  if (restated.has('status') && later.includes('status_note')) restated.add('status_note');
  return [...restated];
}

/** Fields set on the match by files that are no source of it (status changes): their values stay. */
async function laterChanges(ctx: IngestContext, matchId: number, sourceFileIds: readonly number[]): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('provenance')
    .select(['field', 'source_file_id'])
    .where('entity', '=', 'match')
    .where('entity_id', '=', matchId)
    .execute();
  return rows.filter((r) => !sourceFileIds.includes(r.source_file_id)).map((r) => r.field);
}

function rebuildMatch(
  ctx: IngestContext,
  matchId: number,
  descriptions: readonly SourceDescription[],
  sourceFiles: readonly number[],
  kept: readonly string[],
): void {
  const stored = ctx.matches.get(matchId);
  const [first, ...others] = descriptions;
  if (!stored || !first) return;
  const keptValues = Object.fromEntries(kept.map((field) => [field, stored[field as keyof MatchRow]]));

  const oldGoals = (ctx.goalsByMatch.get(matchId) ?? []).map((g) => g.id);
  ctx.writes.deleteWhere('conflict', { entity: 'match' }, 'entity_id', [matchId]);
  ctx.writes.deleteWhere('conflict', { entity: 'goal' }, 'entity_id', oldGoals);
  ctx.writes.deleteWhere('provenance', { entity: 'goal' }, 'entity_id', oldGoals);
  // The status changes' provenance stays; the sources' fills are made again.
  ctx.writes.deleteWhere('provenance', { entity: 'match', entity_id: matchId }, 'source_file_id', [...sourceFiles]);
  ctx.writes.delete('goal', oldGoals);
  for (const table of ['shootout_kick', 'booking', 'substitution'] as const) ctx.writes.deleteWhere(table, {}, 'match_id', [matchId]);
  ctx.goalsByMatch.delete(matchId);
  ctx.matchesWithKicks.delete(matchId);
  ctx.matchesWithBookings.delete(matchId);
  ctx.matchesWithSubstitutions.delete(matchId);

  const place = placeMatch(ctx, first.match, first.sourceFileId);
  const columns = {
    ...matchColumns(first.match, place),
    goals_known: first.match.goals !== undefined ? (1 as const) : (0 as const),
    source_file_id: first.sourceFileId,
    ...keptValues,
  };
  Object.assign(stored, columns);
  ctx.writes.update('match', matchId, columns);
  if (first.match.goals) insertGoals(ctx, stored, first.match.goals, first.format, first.sourceFileId);
  insertMatchEvents(ctx, stored, first.match, first.format, first.sourceFileId);

  for (const d of others) {
    const p = placeMatch(ctx, d.match, d.sourceFileId);
    const swapped = p.homeTeamId !== stored.home_team_id;
    const oriented = swapped ? swapSides(d.match) : d.match;
    const orientedPlace = swapped ? { ...p, homeTeamId: p.awayTeamId, awayTeamId: p.homeTeamId } : p;
    mergeMatch(ctx, stored, oriented, orientedPlace, { format: d.format, sourceFileId: d.sourceFileId, location: d.location });
  }
}
