// One incoming match: the same source again (unchanged or corrected), the same match from another
// source (merged), or a new match (added).
import type { MatchData } from '../domain/match-data.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import type { IncomingMatch } from '../sources/source-batch.js';
import { insertGoals, insertMatch, matchColumns, type MatchPlacement } from './create-match.js';
import { pairKey, type IngestContext, type MatchRow } from './ingest-context.js';
import { bareGroupName } from '../domain/group-name.js';
import { daysBetween, matchContent, swapSides } from './match-rows.js';
import { mergeMatch } from './merge-match.js';
import { resolveCompetition, resolveEdition, resolveGroup, resolveStage } from './resolve-structure.js';
import { resolveTeam } from './resolve-teams.js';

/**
 * The stored match a new source describes: same competition, same two teams, same date — or a day
 * apart, since sources write local or UTC dates — and not already described by this source.
 */
function findSameMatch(ctx: IngestContext, place: MatchPlacement, m: MatchData, format: SourceFormat): MatchRow | undefined {
  const ids = ctx.matchesByPair.get(pairKey(place.competitionId, place.homeTeamId, place.awayTeamId)) ?? [];
  let nearby: MatchRow | undefined;
  // Two teams may have met a hundred times in one competition (friendlies): the date rules out
  // almost all of them, so it is compared first.
  for (const id of ids) {
    const row = ctx.matches.get(id);
    if (!row) continue;
    const gap = row.date === m.date ? 0 : Math.abs(daysBetween(row.date, m.date));
    if ((gap !== 0 && gap !== 1) || ctx.matchFormats.get(id)?.has(format)) continue;
    if (gap === 0) return row;
    if (nearby === undefined) nearby = row;
  }
  return nearby;
}

/** Where a source puts a match: its competition, edition, stage and group, and its two teams. */
export function placeMatch(ctx: IngestContext, m: MatchData, sourceFileId: number): MatchPlacement {
  const competition = resolveCompetition(ctx, m.competition);
  const editionId = resolveEdition(ctx, competition.id, m.edition, sourceFileId);
  const stageId = m.stage ? resolveStage(ctx, editionId, m.stage) : null;
  const group = bareGroupName(m.group);
  if (stageId !== null && group !== null) resolveGroup(ctx, stageId, group);
  const teamOptions = { national: competition.national, date: m.date, sourceFileId };
  return {
    editionId,
    competitionId: competition.id,
    stageId,
    group,
    homeTeamId: resolveTeam(ctx, m.home, teamOptions).teamId,
    awayTeamId: resolveTeam(ctx, m.away, teamOptions).teamId,
  };
}

export function ingestMatch(ctx: IngestContext, incoming: IncomingMatch, format: SourceFormat, sourceFileId: number): void {
  const m = incoming.match;
  const counts = ctx.count(format, 'matches');
  counts.read += 1;
  const place = placeMatch(ctx, m, sourceFileId);
  const { homeTeamId: home, awayTeamId: away } = place;
  const content = matchContent(m);
  const hash = content.hash;
  const sourceKey = `${format}|${incoming.sourceKey}`;
  const location = incoming.line !== undefined ? `${incoming.file}:${incoming.line}` : incoming.file;

  const known = ctx.matchBySource.get(sourceKey);
  if (known) {
    if (known.hash === hash) {
      counts.unchanged += 1;
      return;
    }
    ctx.writes.update('match_source', known.sourceRowId, {
      content_hash: hash,
      content: content.text,
      source_file_id: sourceFileId,
      line: incoming.line ?? null,
    });
    ctx.matchBySource.set(sourceKey, { ...known, hash });
    const description = { sourceRowId: known.sourceRowId, format, sourceFileId, location, match: m };
    if (ctx.createdThisImport.has(known.matchId)) correctMatch(ctx, known.matchId, m, place, format, sourceFileId);
    else {
      // Rebuilt from every source's description once the batch is read (see rebuild-match.ts).
      const queued = ctx.corrections.get(known.matchId) ?? [];
      ctx.corrections.set(known.matchId, [...queued.filter((d) => d.sourceRowId !== known.sourceRowId), description]);
    }
    counts.corrected += 1;
    return;
  }

  const same = findSameMatch(ctx, place, m, format);
  countEvents(ctx, format, m, same === undefined ? 'added' : 'merged');
  let matchId: number;
  const sourceRowId = ctx.nextId('match_source');
  if (same) {
    const swapped = same.home_team_id !== home;
    const oriented = swapped ? swapSides(m) : m;
    const orientedPlace = swapped ? { ...place, homeTeamId: away, awayTeamId: home } : place;
    mergeMatch(ctx, same, oriented, orientedPlace, { format, sourceFileId, location });
    matchId = same.id;
    counts.merged += 1;
    if (!ctx.createdThisImport.has(matchId)) {
      const merged = ctx.mergedThisImport.get(matchId) ?? [];
      merged.push({ sourceRowId, format, sourceFileId, location, match: m });
      ctx.mergedThisImport.set(matchId, merged);
    }
  } else {
    matchId = insertMatch(ctx, m, place, format, sourceFileId).id;
    ctx.createdThisImport.add(matchId);
    counts.added += 1;
  }
  ctx.writes.insert('match_source', {
    id: sourceRowId,
    match_id: matchId,
    format,
    source_key: incoming.sourceKey,
    source_file_id: sourceFileId,
    line: incoming.line ?? null,
    content_hash: hash,
    content: content.text,
  });
  ctx.matchBySource.set(sourceKey, { matchId, hash, sourceRowId });
  ctx.rememberMatchFormat(matchId, format);
}

/** Goals, shoot-outs, bookings and substitutions read, and whether their match was new or merged. */
function countEvents(ctx: IngestContext, format: SourceFormat, m: MatchData, outcome: 'added' | 'merged'): void {
  const tally = (entity: string, n: number): void => {
    if (n === 0) return;
    const c = ctx.count(format, entity);
    c.read += n;
    c[outcome] += n;
  };
  tally('goals', m.goals?.length ?? 0);
  const shootout = m.score.penalties !== undefined || m.score.shootoutWinner !== undefined || (m.shootout?.length ?? 0) > 0;
  tally('shoot-outs', shootout ? 1 : 0);
  tally('shoot-out kicks', m.shootout?.length ?? 0);
  tally('bookings', m.bookings?.length ?? 0);
  tally('substitutions', m.substitutions?.length ?? 0);
}

/**
 * The source that first described a match now says something else about it, and the other
 * sources' descriptions are not at hand (a store imported before they were kept): its own values
 * are replaced (it is correcting itself); values other sources supplied stay as they were.
 */
export function correctMatch(
  ctx: IngestContext,
  matchId: number,
  m: MatchData,
  place: MatchPlacement,
  format: SourceFormat,
  sourceFileId: number,
): void {
  const stored = ctx.matches.get(matchId);
  if (!stored) return;
  const ownsRow = ctx.sourceFileFormat.get(stored.source_file_id) === format;
  const oriented = stored.home_team_id === place.homeTeamId ? m : swapSides(m);
  if (ownsRow) {
    const orientedPlace =
      stored.home_team_id === place.homeTeamId ? place : { ...place, homeTeamId: place.awayTeamId, awayTeamId: place.homeTeamId };
    const columns = matchColumns(oriented, orientedPlace);
    ctx.writes.update('match', matchId, { ...columns, source_file_id: sourceFileId });
    Object.assign(stored, columns, { source_file_id: sourceFileId });
  }
  const goals = ctx.goalsByMatch.get(matchId) ?? [];
  const own = goals.filter((g) => ctx.sourceFileFormat.get(g.source_file_id) === format);
  if (oriented.goals !== undefined && (own.length > 0 || goals.length === 0)) {
    ctx.writes.delete('goal', own.map((g) => g.id));
    ctx.goalsByMatch.set(matchId, goals.filter((g) => !own.includes(g)));
    insertGoals(ctx, stored, oriented.goals, format, sourceFileId);
  }
}
