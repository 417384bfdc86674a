// Reference data around matches: teams and their former names, venues, players and squads, and
// what an edition's organisers published (hosts, stages, standings, awards).
import { bareGroupName } from '../domain/group-name.js';
import { nameKey } from '../domain/names.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import type { IncomingEdition, IncomingPlayer, IncomingSquadMember, IncomingTeam, IncomingVenue } from '../sources/source-batch.js';
import type { IngestContext } from './ingest-context.js';
import { recordConflict } from './provenance.js';
import { addPlayerName, createPlayer, linkSourceId } from './resolve-players.js';
import { resolveCompetition, resolveEdition, resolveGroup, resolveStage } from './resolve-structure.js';
import { addTeamAlias, lookupTeam, resolveTeam, teamKey } from './resolve-teams.js';

export function ingestTeam(ctx: IngestContext, incoming: IncomingTeam, format: SourceFormat, sourceFileId: number): void {
  const counts = ctx.count(format, 'teams');
  counts.read += 1;
  const before = ctx.teams.size;
  const { teamId } = resolveTeam(ctx, incoming.team, { national: incoming.national, sourceFileId });
  if (ctx.teams.size > before) counts.added += 1;
  else counts.merged += 1;
  const team = ctx.teams.get(teamId);
  if (team) {
    const updates: { code?: string; confederation?: string; region?: string } = {};
    if (team.code === null && incoming.team.code) updates.code = incoming.team.code;
    if (team.confederation === null && incoming.confederation) updates.confederation = incoming.confederation;
    if (team.region === null && incoming.region) updates.region = incoming.region;
    if (Object.keys(updates).length > 0) {
      Object.assign(team, updates);
      if (ctx.teams.size > before) {
        // Still pending as an insert: the insert carries the row object, already updated.
      } else ctx.writes.update('team', teamId, updates);
    }
  }
  for (const alias of incoming.aliases) {
    const key = teamKey({ name: alias.name }, incoming.national);
    // Only another dated name in force over the same years contradicts this one; an undated
    // alias (Ireland for the Republic) gives way to a dated one within its dates.
    const overlapping = (ctx.teamAliases.get(key) ?? []).find(
      (e) =>
        e.teamId !== teamId &&
        (e.from !== null || e.to !== null) &&
        (e.from ?? '') <= (alias.to ?? '9999') &&
        (alias.from ?? '') <= (e.to ?? '9999'),
    );
    const current = overlapping?.teamId;
    if (current !== undefined) {
      recordConflict(
        ctx, 'team_alias', current, alias.name,
        { value: ctx.teams.get(current)?.name ?? null, sourceFileId: null },
        { value: team?.name ?? incoming.team.name, origin: { format, sourceFileId, location: `${incoming.file}:${incoming.line ?? ''}` } },
      );
      continue;
    }
    addTeamAlias(ctx, teamId, alias.name, key, alias.from ?? null, alias.to ?? null, sourceFileId);
  }
}

export function ingestVenue(ctx: IngestContext, v: IncomingVenue, format: SourceFormat, sourceFileId: number): void {
  const counts = ctx.count(format, 'venues');
  counts.read += 1;
  const key = `${v.name}|${v.city ?? ''}`;
  if (ctx.venues.has(key)) {
    counts.unchanged += 1;
    return;
  }
  ctx.venues.add(key);
  counts.added += 1;
  ctx.writes.insert('venue', {
    id: ctx.nextId('venue'),
    name: v.name,
    city: v.city ?? null,
    country: v.country ?? null,
    capacity: v.capacity ?? null,
    source_file_id: sourceFileId,
  });
}

/**
 * Players arrive before the squads that place them in a team. A player the store already knows
 * under this source's id is merged; one known by the same full name in a team of their squads
 * (entered earlier by a source without ids) is linked; anyone else is new.
 */
export function ingestPlayers(
  ctx: IngestContext,
  players: readonly IncomingPlayer[],
  squads: readonly IncomingSquadMember[],
  format: SourceFormat,
  sourceFileId: number,
): void {
  const counts = ctx.count(format, 'players');
  const teamsOf = new Map<string, IncomingSquadMember[]>();
  for (const s of squads) {
    if (!s.person.sourceId) continue;
    const list = teamsOf.get(s.person.sourceId) ?? [];
    list.push(s);
    teamsOf.set(s.person.sourceId, list);
  }
  for (const incoming of players) {
    counts.read += 1;
    const person = incoming.player.person;
    const sourceId = person.sourceId ?? incoming.sourceKey;
    if (ctx.playerBySourceId.has(`${format}|${sourceId}`)) {
      counts.unchanged += 1;
      continue;
    }
    let playerId: number | undefined;
    for (const s of teamsOf.get(sourceId) ?? []) {
      const competition = resolveCompetition(ctx, s.competition);
      const team = lookupTeam(ctx, teamKey(s.team, competition.national));
      const known = team !== undefined ? ctx.playerNames.get(`${team}|${nameKey(person.name)}`) : undefined;
      if (known && known.size === 1) playerId = [...known][0];
      if (playerId !== undefined) break;
    }
    if (playerId !== undefined) counts.merged += 1;
    else {
      playerId = createPlayer(ctx, person, incoming.player, sourceFileId);
      addPlayerName(ctx, playerId, null, person.name, sourceFileId);
      counts.added += 1;
    }
    linkSourceId(ctx, playerId, format, sourceId);
  }
}

export function ingestSquadMember(ctx: IngestContext, s: IncomingSquadMember, format: SourceFormat, sourceFileId: number): void {
  const counts = ctx.count(format, 'squad places');
  counts.read += 1;
  const competition = resolveCompetition(ctx, s.competition);
  const editionId = resolveEdition(ctx, competition.id, s.edition, sourceFileId);
  // Squads carry no date: the middle of the edition's first year places renamed teams correctly.
  const date = `${s.edition.startYear}-06-30`;
  const { teamId } = resolveTeam(ctx, s.team, { national: competition.national, date, sourceFileId });
  const playerId = s.person.sourceId ? ctx.playerBySourceId.get(`${format}|${s.person.sourceId}`) : undefined;
  const resolved = playerId ?? createPlayer(ctx, s.person, {}, sourceFileId);
  addPlayerName(ctx, resolved, teamId, s.person.name, sourceFileId);
  const key = `squad|${editionId}|${teamId}|${resolved}`;
  if (ctx.editionRows.has(key)) {
    counts.unchanged += 1;
    return;
  }
  ctx.editionRows.add(key);
  counts.added += 1;
  ctx.writes.insert('squad_member', {
    id: ctx.nextId('squad_member'),
    edition_id: editionId,
    team_id: teamId,
    player_id: resolved,
    shirt_number: s.shirtNumber ?? null,
    position: s.position ?? null,
    source_file_id: sourceFileId,
  });
}

/** Teams named in what an edition's organisers published, resolved as of the edition's start. */
function editionTeamResolver(ctx: IngestContext, national: boolean, e: IncomingEdition, sourceFileId: number) {
  return (ref: { name: string; code?: string }): number =>
    resolveTeam(ctx, ref, { national, date: e.startDate, sourceFileId }).teamId;
}

export function ingestEdition(ctx: IngestContext, e: IncomingEdition, format: SourceFormat, sourceFileId: number): void {
  const counts = ctx.count(format, 'editions');
  counts.read += 1;
  const competition = resolveCompetition(ctx, e.competition);
  const editionKey = `${competition.id}|${e.edition.name}`;
  const existed = ctx.editions.has(editionKey);
  const editionId = resolveEdition(ctx, competition.id, e.edition, sourceFileId, { start: e.startDate, end: e.endDate });
  if (existed && ctx.editionRows.has(`published|${editionId}`)) {
    counts.unchanged += 1;
    return;
  }
  if (existed) counts.merged += 1;
  else counts.added += 1;
  ctx.editionRows.add(`published|${editionId}`);
  const team = editionTeamResolver(ctx, competition.national, e, sourceFileId);
  for (const stage of e.stages) resolveStage(ctx, editionId, stage, { start: stage.startDate, end: stage.endDate });
  for (const g of e.groups) {
    resolveGroup(ctx, resolveStage(ctx, editionId, g.stage), bareGroupName(g.name) ?? g.name, g.teamCount);
  }
  const editionTeam = (teamId: number, role: string, extra: { performance?: string; matches?: number; position?: number }): void =>
    ctx.writes.insert('edition_team', {
      id: ctx.nextId('edition_team'),
      edition_id: editionId,
      team_id: teamId,
      role,
      performance: extra.performance ?? null,
      matches: extra.matches ?? null,
      position: extra.position ?? null,
      source_file_id: sourceFileId,
    });
  for (const host of e.hosts) editionTeam(team(host), 'host', {});
  for (const p of e.participants) editionTeam(team(p.team), 'participant', { performance: p.performance, matches: p.matches });
  for (const s of e.finalStandings) editionTeam(team(s.team), 'final_standing', { position: s.position });
  for (const s of e.publishedGroupStandings) {
    ctx.writes.insert('published_standing', {
      id: ctx.nextId('published_standing'),
      edition_id: editionId,
      stage_kind: s.stage.kind,
      stage_name: s.stage.name,
      group_name: bareGroupName(s.group) ?? s.group,
      position: s.position,
      team_id: team(s.team),
      played: s.played,
      wins: s.wins,
      draws: s.draws,
      losses: s.losses,
      goals_for: s.goalsFor,
      goals_against: s.goalsAgainst,
      points: s.points,
      advanced: s.advanced ? 1 : 0,
      source_file_id: sourceFileId,
    });
  }
}

/** Awards name players by the source's id: ingested after the players are. */
export function ingestAwards(ctx: IngestContext, e: IncomingEdition, format: SourceFormat, sourceFileId: number): void {
  const competition = resolveCompetition(ctx, e.competition);
  const editionId = resolveEdition(ctx, competition.id, e.edition, sourceFileId);
  const team = editionTeamResolver(ctx, competition.national, e, sourceFileId);
  for (const a of e.awards) {
    const playerId = a.person.sourceId ? ctx.playerBySourceId.get(`${format}|${a.person.sourceId}`) : undefined;
    ctx.writes.insert('award', {
      id: ctx.nextId('award'),
      edition_id: editionId,
      award: a.award,
      player_id: playerId ?? null,
      player_name: a.person.name,
      team_id: a.team ? team(a.team) : null,
      shared: a.shared ? 1 : 0,
      source_file_id: sourceFileId,
    });
  }
}
