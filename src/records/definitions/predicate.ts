// The predicate language: comparisons on named fields of a unit, combined with all / any / not.
// Closed and JSON-serialisable on purpose, so a definition can be checked before it is evaluated.
import { z } from 'zod';

export const COMPARISON_OPS = ['=', '!=', '<', '<=', '>', '>='] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export type Scalar = number | boolean | string;

export type Comparison =
  | { readonly field: string; readonly op: ComparisonOp; readonly value: Scalar }
  | { readonly field: string; readonly op: 'in'; readonly value: readonly (number | string)[] };

export type Predicate =
  | Comparison
  | { readonly all: readonly Predicate[] }
  | { readonly any: readonly Predicate[] }
  | { readonly not: Predicate };

const fieldName = z
  .string()
  .regex(/^[a-z][A-Za-z]*$/)
  .describe('A field of the unit, in camelCase, e.g. "goals" (see the table of fields per unit).');

const comparison = z
  .strictObject({
    field: fieldName,
    op: z.enum(COMPARISON_OPS).describe('How the field compares with the value.'),
    value: z.union([z.number(), z.boolean(), z.string()]).describe('A number, true/false, or one value of an enumerated field.'),
  })
  .describe('A comparison, e.g. {"field": "goals", "op": ">=", "value": 3}.');

const membership = z
  .strictObject({
    field: fieldName,
    op: z.literal('in').describe('The field equals one of the listed values.'),
    value: z.array(z.union([z.number(), z.string()])).min(1).describe('The values allowed, e.g. ["win", "draw"].'),
  })
  .describe('A membership test, e.g. {"field": "result", "op": "in", "value": ["win", "draw"]}.');

/** A predicate on one unit; the fields it may name depend on the unit and are checked on load. */
export const predicateSchema: z.ZodType<Predicate> = z.lazy(() => predicateUnion);

// Named once (`id`), so the JSON Schema holds it in $defs and every use is a $ref to it.
const predicateUnion = z
  .union([
    comparison,
    membership,
    z.strictObject({ all: z.array(predicateSchema).min(1).describe('Every one of these holds.') }).describe('Conjunction.'),
    z.strictObject({ any: z.array(predicateSchema).min(1).describe('At least one of these holds.') }).describe('Disjunction.'),
    // A bare reference: describing it here would clone the lazy schema on every visit, forever.
    z.strictObject({ not: predicateSchema }).describe('Negation: the inner predicate does not hold.'),
  ])
  .meta({ id: 'predicate', description: 'A condition on the unit: a comparison, or all / any / not of predicates.' });

/** Every comparison in a predicate, with its JSON path relative to the predicate. */
export function comparisonsOf(predicate: Predicate, path: readonly (string | number)[] = []): { comparison: Comparison; path: (string | number)[] }[] {
  if ('field' in predicate) return [{ comparison: predicate, path: [...path] }];
  if ('all' in predicate) return predicate.all.flatMap((inner, i) => comparisonsOf(inner, [...path, 'all', i]));
  if ('any' in predicate) return predicate.any.flatMap((inner, i) => comparisonsOf(inner, [...path, 'any', i]));
  return comparisonsOf(predicate.not, [...path, 'not']);
}
