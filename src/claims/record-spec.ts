// The record a claim speaks of, as a record definition: the catalogue's own when one has the same
// unit, scope, predicate, measure and result; otherwise one built from the claim in the same format.
import type { Predicate } from '../records/definitions/predicate.js';
import { crossCheck, impliedRequirements } from '../records/definitions/cross-checks.js';
import { recordDefinitionSchema, type RecordDefinition, type RecordDefinitionInput } from '../records/definitions/schema.js';
import { fieldsOf } from '../records/definitions/unit-fields.js';
import type { Coverage, StageScope, Unit, Venue } from '../records/definitions/vocabulary.js';
import type { ClaimCompetition } from './claim.js';

/** What a claim's record is, before it is matched to a definition. */
export interface RecordSpec {
  readonly unit: Unit;
  readonly predicate?: Predicate;
  readonly measure: RecordDefinition['measure'];
  readonly produces:
    | { readonly kind: 'extreme'; readonly direction: 'oldest' | 'youngest' | 'most' | 'fastest' }
    | { readonly kind: 'ordinal'; readonly distinct: 'player' | 'team' | 'occurrence' };
  readonly stages?: readonly StageScope[];
  readonly venue?: Venue;
  readonly editions?: { readonly from: number; readonly to: number };
  readonly team?: string;
  readonly requires?: readonly Coverage[];
}

export interface ClaimDefinition {
  readonly definition: RecordDefinition;
  /** True when the catalogue (or `--records`) has it: its book is the stored one. */
  readonly stored: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function sameStages(a: readonly StageScope[] | undefined, b: readonly StageScope[] | undefined): boolean {
  return same(a ? [...a].sort() : undefined, b ? [...b].sort() : undefined);
}

function coversCompetition(definition: RecordDefinition, competition: ClaimCompetition): boolean {
  const scope = definition.scope;
  if (scope.sex !== competition.sex) return false;
  if (scope.family !== undefined) return scope.family === competition.family && (competition.name === undefined || scope.books === 'per-competition' || competition.family === 'international');
  const names = Array.isArray(scope.competition) ? scope.competition : [scope.competition];
  return competition.name !== undefined && names.length === 1 && names[0] === competition.name;
}

function matches(definition: RecordDefinition, spec: RecordSpec, competition: ClaimCompetition): boolean {
  if (definition.unit !== spec.unit || !coversCompetition(definition, competition)) return false;
  const scope = definition.scope;
  if (!sameStages(scope.stages, spec.stages) || scope.venue !== spec.venue || !same(scope.editions, spec.editions) || scope.team !== spec.team) return false;
  if (!same(definition.predicate, spec.predicate) || !same(definition.measure, spec.measure)) return false;
  const produces = definition.produces;
  if (produces.kind !== spec.produces.kind) return false;
  if (produces.kind === 'extreme' && spec.produces.kind === 'extreme') return produces.direction === spec.produces.direction;
  if (produces.kind === 'ordinal' && spec.produces.kind === 'ordinal') return produces.distinct === spec.produces.distinct;
  return false;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * A definition in the catalogue format for the spec, built on the fly: validated with the same
 * schema and cross-checks as an analyst's file. Returns the problems when it is not valid.
 */
export function buildDefinition(spec: RecordSpec, competition: ClaimCompetition, title: string): RecordDefinition | { problems: string[] } {
  const input: RecordDefinitionInput = {
    id: `claim-${slug(title) || 'record'}`,
    title: `Claim: ${title}`,
    unit: spec.unit,
    scope: {
      ...(competition.name !== undefined && competition.family !== 'international' ? { competition: competition.name } : { family: competition.family }),
      sex: competition.sex,
      books: competition.family === 'international' ? 'single' : 'per-competition',
      ...(spec.stages ? { stages: [...spec.stages] } : {}),
      ...(spec.venue ? { venue: spec.venue } : {}),
      ...(spec.editions ? { editions: { ...spec.editions } } : {}),
      ...(spec.team ? { team: spec.team } : {}),
    },
    ...(spec.predicate ? { predicate: spec.predicate } : {}),
    measure: spec.measure,
    produces: spec.produces.kind === 'extreme' ? { kind: 'extreme', direction: spec.produces.direction, top: 100 } : { kind: 'ordinal', distinct: spec.produces.distinct, upTo: 100_000 },
    requires: [],
  };
  const parsed = recordDefinitionSchema.safeParse(input);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const fields = fieldsOf(parsed.data.unit, undefined);
  const requires = new Set<Coverage>([...(fields ? impliedRequirements(parsed.data, fields).keys() : []), ...(spec.requires ?? [])]);
  const definition: RecordDefinition = { ...parsed.data, requires: [...requires] };
  const problems = crossCheck(definition);
  return problems.length > 0 ? { problems: problems.map((p) => `${p.path.join('.')}: ${p.detail}`) } : definition;
}

/**
 * The definition a claim is judged by: the first loaded definition that says the same, else one
 * built from the claim.
 *
 * @example definitionFor(oldestScorer, worldCup, definitions, 'oldest scorer')?.definition.id // 'wc-men-oldest-scorer'
 */
export function definitionFor(spec: RecordSpec, competition: ClaimCompetition, definitions: readonly RecordDefinition[], title: string): ClaimDefinition | { problems: string[] } {
  const found = definitions.find((d) => matches(d, spec, competition) && (spec.requires ?? []).every((r) => d.requires.includes(r)));
  if (found) return { definition: found, stored: true };
  const built = buildDefinition(spec, competition, title);
  return 'problems' in built ? built : { definition: built, stored: false };
}
