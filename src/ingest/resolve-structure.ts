// Identity of competitions, editions, stages and groups: one row each, whatever source names them.
import type { CompetitionRef, EditionRef, StageRef } from '../domain/match-data.js';
import { nameKey } from '../domain/names.js';
import type { StageKind } from '../domain/vocabulary.js';
import type { IngestContext } from './ingest-context.js';
import { COMPETITION_ALIASES } from './team-aliases.js';

export function competitionKey(name: string): string {
  const key = nameKey(name);
  return COMPETITION_ALIASES.get(key) ?? key;
}

export function resolveCompetition(ctx: IngestContext, ref: CompetitionRef): { id: number; national: boolean } {
  const key = competitionKey(ref.name);
  const found = ctx.competitions.get(key);
  if (found) return { id: found.id, national: found.kind === 'international_tournament' };
  const id = ctx.nextId('competition');
  ctx.competitions.set(key, { id, sex: ref.sex, kind: ref.kind });
  ctx.writes.insert('competition', { id, name: ref.name, name_key: key, sex: ref.sex, kind: ref.kind });
  return { id, national: ref.kind === 'international_tournament' };
}

export function resolveEdition(
  ctx: IngestContext,
  competitionId: number,
  ref: EditionRef,
  sourceFileId: number,
  dates?: { start?: string; end?: string },
): number {
  const key = `${competitionId}|${ref.name}`;
  const found = ctx.editions.get(key);
  if (found !== undefined) return found;
  const id = ctx.nextId('edition');
  ctx.editions.set(key, id);
  ctx.writes.insert('edition', {
    id,
    competition_id: competitionId,
    name: ref.name,
    start_year: ref.startYear,
    end_year: ref.endYear,
    start_date: dates?.start ?? null,
    end_date: dates?.end ?? null,
    source_file_id: sourceFileId,
  });
  return id;
}

// Kinds that occur once per edition: every spelling of them is the same stage.
const SINGLE_STAGE_KINDS: ReadonlySet<StageKind> = new Set<StageKind>([
  'group',
  'second_group',
  'final_group',
  'league_phase',
  'first_round',
  'round_of_32',
  'round_of_16',
  'quarter_final',
  'semi_final',
  'third_place',
  'final',
]);

export function stageKey(ref: StageRef): string {
  return SINGLE_STAGE_KINDS.has(ref.kind) ? ref.kind : `${ref.kind}:${nameKey(ref.name)}`;
}

export function resolveStage(
  ctx: IngestContext,
  editionId: number,
  ref: StageRef,
  dates?: { start?: string; end?: string },
): number {
  const key = `${editionId}|${stageKey(ref)}`;
  const found = ctx.stages.get(key);
  if (found !== undefined) return found;
  const id = ctx.nextId('stage');
  ctx.stages.set(key, id);
  ctx.stageNames.set(id, ref.name);
  ctx.writes.insert('stage', {
    id,
    edition_id: editionId,
    name: ref.name,
    stage_key: stageKey(ref),
    kind: ref.kind,
    ordinal: ref.order ?? null,
    start_date: dates?.start ?? null,
    end_date: dates?.end ?? null,
  });
  return id;
}

export function resolveGroup(ctx: IngestContext, stageId: number, name: string, teamCount?: number): void {
  const key = `${stageId}|${name}`;
  if (ctx.groups.has(key)) return;
  ctx.groups.add(key);
  ctx.writes.insert('edition_group', { id: ctx.nextId('edition_group'), stage_id: stageId, name, team_count: teamCount ?? null });
}
