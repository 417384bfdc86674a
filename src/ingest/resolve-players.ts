// Player identity: by the source's own id where it has one, else by name within the team —
// the exact name first, then a compatible one (`L. Laurent` for Lucien Laurent) if it is unique.
import type { PersonRef, PlayerData } from '../domain/match-data.js';
import { PLAYING_AGE } from '../domain/age.js';
import { nameKey } from '../domain/names.js';
import type { SourceFormat } from '../domain/vocabulary.js';
import type { IngestContext, PlayerRow } from './ingest-context.js';
import { lookupWords, namesCompatible } from './player-names.js';

export function knownNameOf(p: PlayerRow): { full: string; given?: string; family?: string } {
  return { full: p.name, given: p.given_name ?? undefined, family: p.family_name ?? undefined };
}


/** False when the player's birth date rules out playing on `onDate`; true when unknown. */
function couldPlayOn(p: PlayerRow | undefined, onDate: string | undefined): boolean {
  if (!p?.birth_date || !onDate) return true;
  const years = (Date.parse(onDate) - Date.parse(p.birth_date)) / (365.25 * 86_400_000);
  // A namesake born 1936 is not the 2026 scorer of the same name.
  return !(years < PLAYING_AGE.min || years >= PLAYING_AGE.max + 1);
}

/** Players of a team whose recorded name fits the written one and who could have played on `onDate`. */
export function compatiblePlayers(ctx: IngestContext, teamId: number, written: string, onDate?: string): number[] {
  const exact = [...(ctx.playerNames.get(`${teamId}|${nameKey(written)}`) ?? [])].filter((id) => couldPlayOn(ctx.players.get(id), onDate));
  if (exact.length > 0) return exact;
  const squad = new Set<number>();
  for (const token of lookupWords(written)) {
    for (const id of ctx.playersByTeamToken.get(`${teamId}|${token}`) ?? []) squad.add(id);
  }
  const fits: number[] = [];
  for (const id of squad) {
    const p = ctx.players.get(id);
    if (p && couldPlayOn(p, onDate) && namesCompatible(written, knownNameOf(p))) fits.push(id);
  }
  return fits;
}

export function addPlayerName(ctx: IngestContext, playerId: number, teamId: number | null, name: string, sourceFileId: number): void {
  const key = nameKey(name);
  if (key === '') return;
  if (!ctx.rememberPlayerName(playerId, teamId, key)) return;
  ctx.writes.insert('player_name', {
    id: ctx.nextId('player_name'),
    player_id: playerId,
    team_id: teamId,
    name,
    name_key: key,
    source_file_id: sourceFileId,
  });
}

export function createPlayer(ctx: IngestContext, person: PersonRef, data: Partial<PlayerData>, sourceFileId: number): number {
  const id = ctx.nextId('player');
  const row: PlayerRow = {
    id,
    name: person.name,
    given_name: person.givenName ?? null,
    family_name: person.familyName ?? null,
    birth_date: data.birthDate ?? null,
    sex: data.sex ?? null,
    positions: data.positions && data.positions.length > 0 ? data.positions.join(',') : null,
    source_file_id: sourceFileId,
  };
  ctx.players.set(id, row);
  ctx.writes.insert('player', row);
  return id;
}

export function linkSourceId(ctx: IngestContext, playerId: number, format: SourceFormat, sourceId: string): void {
  const key = `${format}|${sourceId}`;
  if (ctx.playerBySourceId.has(key)) return;
  ctx.playerBySourceId.set(key, playerId);
  ctx.writes.insert('player_source_id', { player_id: playerId, format, source_id: sourceId });
}

/**
 * The player a match event names, for a team: by source id, else by name within the team among
 * players old enough and young enough to have played on `onDate`; a name nobody in the team fits
 * becomes a new player. An ambiguous name (two Laurents) picks none.
 */
export function resolveEventPlayer(
  ctx: IngestContext,
  person: PersonRef,
  teamId: number,
  format: SourceFormat,
  sourceFileId: number,
  onDate?: string,
): number | null {
  if (person.sourceId) {
    const bySource = ctx.playerBySourceId.get(`${format}|${person.sourceId}`);
    if (bySource !== undefined) {
      addPlayerName(ctx, bySource, teamId, person.name, sourceFileId);
      return bySource;
    }
  }
  const fits = compatiblePlayers(ctx, teamId, person.name, onDate);
  if (fits.length === 1 && fits[0] !== undefined) {
    addPlayerName(ctx, fits[0], teamId, person.name, sourceFileId);
    if (person.sourceId) linkSourceId(ctx, fits[0], format, person.sourceId);
    return fits[0];
  }
  if (fits.length > 1) return null;
  const id = createPlayer(ctx, person, {}, sourceFileId);
  addPlayerName(ctx, id, teamId, person.name, sourceFileId);
  if (person.sourceId) linkSourceId(ctx, id, format, person.sourceId);
  return id;
}
