// Rules across the fields of one definition that a JSON Schema cannot say: which fields a unit has,
// which measure fits which unit, which result fits which measure, and what data it all needs.
import type { JsonPath } from '../../domain/located-json.js';
import {
  DIRECTIONS_BY_MEASURE,
  DISTINCT_BY_UNIT,
  FACT_KINDS_BY_PRODUCES,
  MEASURE_REQUIRES,
  PER_BY_UNIT,
  PRODUCES_BY_MEASURE,
  UNITS_BY_MEASURE,
  UNITS_WITHOUT_SIDE,
} from './compatibility.js';
import { messages, type Problem } from './messages.js';
import { comparisonsOf, type Comparison } from './predicate.js';
import type { RecordDefinition } from './schema.js';
import { fieldsOf, UNIT_REQUIRES, type FieldSpec } from './unit-fields.js';
import { FACT_KINDS, PLACEHOLDERS, type Coverage } from './vocabulary.js';

type Fields = Readonly<Record<string, FieldSpec>>;

/**
 * Everything wrong with a definition that its schema lets through; paths are relative to it.
 *
 * @example crossCheck(definition) // [{ path: ['predicate', 'field'], detail: '"goalz" is not a field of a player-match …' }]
 */
export function crossCheck(definition: RecordDefinition): Problem[] {
  const fields = fieldsOf(definition.unit, definition.streak?.of);
  return [
    ...scopeProblems(definition),
    ...streakProblems(definition),
    ...(fields ? predicateProblems(definition, fields) : []),
    ...(fields ? measureProblems(definition, fields) : []),
    ...producesProblems(definition),
    ...textProblems(definition),
    ...(fields ? requirementProblems(definition, fields) : []),
  ];
}

function scopeProblems({ scope, unit }: RecordDefinition): Problem[] {
  const problems: Problem[] = [];
  if ((scope.competition === undefined) === (scope.family === undefined)) {
    problems.push({ path: ['scope'], detail: messages.scopeNeedsOne() });
  }
  const { from, to } = scope.editions ?? {};
  if (from !== undefined && to !== undefined && from > to) {
    problems.push({ path: ['scope', 'editions', 'to'], detail: messages.editionRange(from, to) });
  }
  const names = typeof scope.competition === 'string' ? [scope.competition] : (scope.competition ?? []);
  names.forEach((name, i) => {
    if (scope.sex === 'men' && /\bwomen/i.test(name)) {
      const path = typeof scope.competition === 'string' ? ['scope', 'competition'] : ['scope', 'competition', i];
      problems.push({ path, detail: messages.womenCompetitionForMen(name) });
    }
  });
  if (scope.venue && scope.venue !== 'neutral' && UNITS_WITHOUT_SIDE.has(unit)) {
    problems.push({ path: ['scope', 'venue'], detail: messages.venueWithoutSide(unit, scope.venue) });
  }
  return problems;
}

function streakProblems({ unit, streak, produces }: RecordDefinition): Problem[] {
  const problems: Problem[] = [];
  if (unit === 'streak' && !streak) problems.push({ path: ['unit'], detail: messages.streakMissing() });
  if (unit !== 'streak' && streak) problems.push({ path: ['streak'], detail: messages.streakUnexpected(unit) });
  if ((unit === 'streak') !== (produces.kind === 'streak')) problems.push({ path: ['produces', 'kind'], detail: messages.streakPairing() });
  return problems;
}

function predicateProblems(definition: RecordDefinition, fields: Fields): Problem[] {
  if (!definition.predicate) return [];
  const unitName = definition.streak?.of ?? definition.unit;
  return comparisonsOf(definition.predicate).flatMap(({ comparison, path }) =>
    comparisonProblems(comparison, fields, unitName).map((problem) => ({ ...problem, path: ['predicate', ...path, ...problem.path] })),
  );
}

function comparisonProblems(comparison: Comparison, fields: Fields, unitName: string): Problem[] {
  const spec = fields[comparison.field];
  if (!spec) return [{ path: ['field'], detail: messages.unknownField(comparison.field, unitName, Object.keys(fields)) }];
  const numeric = spec.type === 'number' || spec.type === 'minute';
  if (comparison.op === 'in') {
    if (spec.type === 'boolean') return [{ path: ['op'], detail: messages.opForType('in', comparison.field, spec.type) }];
    return comparison.value.flatMap((value, i) => valueProblems(comparison.field, spec, value, ['value', i]));
  }
  if (!numeric && comparison.op !== '=' && comparison.op !== '!=') {
    return [{ path: ['op'], detail: messages.opForType(comparison.op, comparison.field, spec.type) }];
  }
  return valueProblems(comparison.field, spec, comparison.value, ['value']);
}

function valueProblems(field: string, spec: FieldSpec, value: number | boolean | string, path: JsonPath): Problem[] {
  if (spec.type === 'boolean' && typeof value !== 'boolean') return [{ path, detail: messages.valueForType(field, value, 'true or false') }];
  if ((spec.type === 'number' || spec.type === 'minute') && typeof value !== 'number') {
    return [{ path, detail: messages.valueForType(field, value, 'a number') }];
  }
  if (spec.type === 'enum' && !(typeof value === 'string' && spec.values?.includes(value))) {
    return [{ path, detail: messages.valueForType(field, value, (spec.values ?? []).map((v) => `"${v}"`).join(', ')) }];
  }
  return [];
}

function measureProblems({ unit, measure, streak }: RecordDefinition, fields: Fields): Problem[] {
  const units = UNITS_BY_MEASURE[measure.kind];
  if (!units.includes(unit)) return [{ path: ['measure', 'kind'], detail: messages.measureForUnit(measure.kind, unit, units) }];
  const unitName = streak?.of ?? unit;
  if (measure.kind === 'sum') return measureFieldProblems(measure.kind, measure.field, fields, unitName, ['number']);
  if (measure.kind === 'minute') {
    const field = measure.field ?? (unit === 'goal' ? 'minute' : undefined);
    if (field === undefined) return [{ path: ['measure'], detail: messages.measureFieldMissing('minute', unit) }];
    return measureFieldProblems(measure.kind, field, fields, unitName, ['minute']);
  }
  return [];
}

function measureFieldProblems(kind: string, field: string, fields: Fields, unitName: string, types: readonly string[]): Problem[] {
  const spec = fields[field];
  if (!spec) return [{ path: ['measure', 'field'], detail: messages.unknownField(field, unitName, Object.keys(fields)) }];
  if (!types.includes(spec.type)) return [{ path: ['measure', 'field'], detail: messages.measureFieldType(kind, field, spec.type) }];
  return [];
}

function producesProblems({ unit, measure, produces }: RecordDefinition): Problem[] {
  const fitting = PRODUCES_BY_MEASURE[measure.kind];
  if (!fitting.includes(produces.kind)) {
    return [{ path: ['produces', 'kind'], detail: messages.producesForMeasure(produces.kind, measure.kind, fitting) }];
  }
  switch (produces.kind) {
    case 'extreme': {
      const directions = DIRECTIONS_BY_MEASURE[measure.kind];
      if (directions.includes(produces.direction)) return [];
      return [{ path: ['produces', 'direction'], detail: messages.directionForMeasure(produces.direction, measure.kind, directions) }];
    }
    case 'ordinal': {
      const allowed = DISTINCT_BY_UNIT[unit];
      return allowed.includes(produces.distinct) ? [] : [{ path: ['produces', 'distinct'], detail: messages.perForUnit(produces.distinct, unit, allowed) }];
    }
    case 'first':
    case 'first_since':
      return perProblems(unit, produces.per);
    case 'milestone': {
      const problems = perProblems(unit, produces.per);
      if (produces.every === undefined && produces.at === undefined) problems.push({ path: ['produces'], detail: messages.milestoneNeedsCounts() });
      if (produces.at?.some((count, i, all) => i > 0 && count <= (all[i - 1] ?? 0))) {
        problems.push({ path: ['produces', 'at'], detail: messages.milestoneOrder() });
      }
      return problems;
    }
    case 'streak':
      return [];
  }
}

function perProblems(unit: RecordDefinition['unit'], per: string): Problem[] {
  const allowed: readonly string[] = PER_BY_UNIT[unit];
  return allowed.includes(per) ? [] : [{ path: ['produces', 'per'], detail: messages.perForUnit(per, unit, allowed) }];
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

function placeholderProblems(text: string, path: JsonPath): Problem[] {
  const known: readonly string[] = PLACEHOLDERS;
  return [...text.matchAll(PLACEHOLDER)]
    .map((match) => match[1] ?? '')
    .filter((name) => !known.includes(name))
    .map((name) => ({ path, detail: messages.unknownPlaceholder(name, PLACEHOLDERS) }));
}

function textProblems({ title, text, produces }: RecordDefinition): Problem[] {
  const problems = placeholderProblems(title, ['title']);
  const allowed = FACT_KINDS_BY_PRODUCES[produces.kind];
  for (const kind of FACT_KINDS) {
    const sentence = text?.[kind];
    if (sentence === undefined) continue;
    if (!allowed.includes(kind)) problems.push({ path: ['text', kind], detail: messages.textForProduces(kind, produces.kind, allowed) });
    problems.push(...placeholderProblems(sentence, ['text', kind]));
  }
  return problems;
}

/** What the definition reads, and why: the engine may only evaluate it where all of this is loaded. */
export function impliedRequirements(definition: RecordDefinition, fields: Fields): Map<Coverage, string> {
  const needs = new Map<Coverage, string>();
  const add = (coverage: readonly Coverage[] | undefined, reason: string): void => {
    for (const item of coverage ?? []) if (!needs.has(item)) needs.set(item, reason);
  };
  const { unit, streak, measure, scope, predicate } = definition;
  add(UNIT_REQUIRES[unit], `unit "${unit}"`);
  if (streak) add(UNIT_REQUIRES[streak.of], `a run of ${streak.of}`);
  if (streak?.of === 'player-match') add(['lineups'], "a run of a player's matches");
  add(MEASURE_REQUIRES[measure.kind], `measure "${measure.kind}"`);
  if ((measure.kind === 'sum' || measure.kind === 'minute') && measure.field) add(fields[measure.field]?.requires, `field "${measure.field}"`);
  if (predicate) for (const { comparison } of comparisonsOf(predicate)) add(fields[comparison.field]?.requires, `field "${comparison.field}"`);
  if (scope.stages) add(['stages'], 'scope.stages');
  if (scope.venue) add(['venues'], 'scope.venue');
  return needs;
}

function requirementProblems(definition: RecordDefinition, fields: Fields): Problem[] {
  const listed = new Set(definition.requires);
  return [...impliedRequirements(definition, fields)]
    .filter(([coverage]) => !listed.has(coverage))
    .map(([coverage, reason]) => ({ path: ['requires'], detail: messages.missingRequirement(coverage, reason) }));
}
