// Every user-facing text about a broken record definition, in one place.
import type { JsonPath, JsonValue } from '../../domain/located-json.js';

/** One thing wrong with a definition file; `path` runs from the document root. */
export interface Problem {
  readonly path: JsonPath;
  readonly detail: string;
  /** Point at the field name rather than its value (an unknown field). */
  readonly atKey?: boolean;
}

/** `[3].predicate.all[0].field`, or `(document)` for the root. */
export function pathLabel(path: JsonPath): string {
  const text = path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');
  return text || '(document)';
}

export function showValue(value: JsonValue | undefined): string {
  if (value === undefined) return 'missing';
  if (value !== null && typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const list = (items: readonly string[]): string => items.map((item) => `"${item}"`).join(', ');

export const messages = {
  /** Every detail is shown after the JSON path it is about: `[3].predicate.field: …`. */
  at: (path: JsonPath, detail: string) => `${pathLabel(path)}: ${detail}`,
  schema: (value: JsonValue | undefined, zodMessage: string) => `${showValue(value)} is not valid: ${zodMessage}`,
  unknownKey: (key: string) => `unknown field "${key}"`,
  notADocument: () => 'expected a record definition object or an array of them',
  duplicateId: (id: string, first: string) => `duplicate id "${id}" (first defined at ${first})`,
  scopeNeedsOne: () => 'scope needs exactly one of "competition" or "family"',
  editionRange: (from: number, to: number) => `scope.editions runs backwards: from ${from} to ${to}`,
  womenCompetitionForMen: (name: string) => `scope.competition "${name}" is a women's competition but scope.sex is "men"`,
  venueWithoutSide: (unit: string, venue: string) =>
    `scope.venue "${venue}" needs a unit with a side of its own; a ${unit} has none (only "neutral" applies)`,
  streakMissing: () => 'unit "streak" needs "streak": {"of": "team-match" or "player-match"}',
  streakUnexpected: (unit: string) => `"streak" applies to unit "streak" only, not "${unit}"`,
  unknownField: (field: string, unit: string, fields: readonly string[]) =>
    `"${field}" is not a field of a ${unit} (fields: ${list(fields)})`,
  opForType: (op: string, field: string, type: string) => `operator "${op}" does not apply to ${type} field "${field}"`,
  valueForType: (field: string, value: JsonValue, expected: string) =>
    `"${field}" is compared with ${showValue(value)} (expected ${expected})`,
  measureForUnit: (measure: string, unit: string, units: readonly string[]) =>
    `measure "${measure}" does not apply to a ${unit} (it applies to ${list(units)})`,
  measureFieldType: (measure: string, field: string, type: string) =>
    `measure "${measure}" needs a ${measure === 'minute' ? 'minute' : 'numeric'} field, and "${field}" is ${type}`,
  measureFieldMissing: (measure: string, unit: string) => `measure "${measure}" on a ${unit} needs "field"`,
  producesForMeasure: (produces: string, measure: string, allowed: readonly string[]) =>
    `produces "${produces}" does not fit measure "${measure}" (it fits ${list(allowed)})`,
  streakPairing: () => 'unit "streak" and produces "streak" go together: use both or neither',
  directionForMeasure: (direction: string, measure: string, allowed: readonly string[]) =>
    `direction "${direction}" does not fit measure "${measure}" (use ${list(allowed)})`,
  perForUnit: (per: string, unit: string, allowed: readonly string[]) =>
    `"${per}" cannot be counted for a ${unit} (use ${list(allowed)})`,
  milestoneNeedsCounts: () => 'a milestone needs "every" or "at"',
  milestoneOrder: () => 'milestone "at" must list counts in increasing order',
  textForProduces: (kind: string, produces: string, allowed: readonly string[]) =>
    `a ${produces} record gives no "${kind}" facts (it gives ${list(allowed)})`,
  unknownPlaceholder: (name: string, known: readonly string[]) => `unknown placeholder {${name}} (known: ${known.map((p) => `{${p}}`).join(', ')})`,
  missingRequirement: (coverage: string, reason: string) => `"requires" must list "${coverage}" (${reason} needs it)`,
} as const;
