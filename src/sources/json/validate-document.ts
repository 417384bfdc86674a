// Checks a located JSON document against the schema and the cross-field rules, entry by entry.
// The first problem in document order becomes a ValidationError at its `file:line:column`.
import type { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';
import { matchProblems, statusProblems } from './cross-checks.js';
import type { JsonObject, JsonPath, JsonValue, LocatedJson, TextPosition } from '../../domain/located-json.js';
import { expectedAt, fieldLabel, messages, suggestField, type EntryNoun, type Problem } from './messages.js';
import {
  competitionStatusInputSchema,
  matchInputSchema,
  statusInputSchema,
  type CompetitionStatusInput,
  type MatchInput,
  type StatusInput,
} from './schema.js';

/** One valid entry of a document; `path` is where it sits (`[]` or `[3]`). */
export type Entry =
  | { readonly kind: 'match'; readonly input: MatchInput; readonly path: JsonPath }
  | { readonly kind: 'status'; readonly input: StatusInput; readonly path: JsonPath }
  | { readonly kind: 'competition-status'; readonly input: CompetitionStatusInput; readonly path: JsonPath };

type Issue = z.core.$ZodIssue;

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isJsonArray = (value: JsonValue | undefined): value is readonly JsonValue[] => Array.isArray(value);

/**
 * Every entry of a document, valid, or a ValidationError naming the place and the field.
 *
 * @example validateDocument(parseLocatedJson(text, 'cup.json'), 'cup.json') // [{ kind: 'match', … }]
 */
export function validateDocument(doc: LocatedJson, file: string): Entry[] {
  const { value } = doc;
  if (isJsonArray(value)) return value.map((item, i) => validateEntry(doc, file, item, [i]));
  if (isJsonObject(value)) return [validateEntry(doc, file, value, [])];
  throw failure(doc, file, [], [{ path: [], detail: messages.notADocument(value) }]);
}

/** The top-level fields of each kind of entry, by its "kind". */
const ENTRY_FIELDS: readonly (readonly [string, readonly string[]])[] = [
  ['match', Object.keys(matchInputSchema.shape)],
  ['status', Object.keys(statusInputSchema.shape)],
  ['competition-status', Object.keys(competitionStatusInputSchema.shape)],
];

function validateEntry(doc: LocatedJson, file: string, item: JsonValue, at: JsonPath): Entry {
  if (!isJsonObject(item)) throw failure(doc, file, at, [{ path: [], detail: messages.notAnEntry(item) }]);
  const kind = item['kind'];
  if (kind === 'match') {
    const parsed = matchInputSchema.safeParse(item);
    if (!parsed.success) throw failure(doc, file, at, parsed.error.issues.flatMap((issue) => problemsOf(issue, item, 'match')));
    const problems = matchProblems(parsed.data);
    if (problems.length) throw failure(doc, file, at, problems);
    return { kind, input: parsed.data, path: at };
  }
  if (kind === 'status') {
    const parsed = statusInputSchema.safeParse(item);
    if (!parsed.success) throw failure(doc, file, at, parsed.error.issues.flatMap((issue) => problemsOf(issue, item, 'status update')));
    const problems = statusProblems(parsed.data);
    if (problems.length) throw failure(doc, file, at, problems);
    return { kind, input: parsed.data, path: at };
  }
  if (kind === 'competition-status') {
    const parsed = competitionStatusInputSchema.safeParse(item);
    if (!parsed.success) throw failure(doc, file, at, parsed.error.issues.flatMap((issue) => problemsOf(issue, item, 'competition status')));
    return { kind, input: parsed.data, path: at };
  }
  const expected = expectedAt(['kind'], '');
  const detail = kind === undefined ? messages.missing('entry', [], 'kind', expected) : messages.invalid('entry', ['kind'], kind, expected);
  throw failure(doc, file, at, [{ path: ['kind'], detail }]);
}

/** The user's words for one zod issue; `entry` is the entry object the issue's path starts from. */
function problemsOf(issue: Issue, entry: JsonValue, noun: EntryNoun, prefix: JsonPath = []): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    // A field of another kind of entry, spelt right: say whose it is, not "did you mean" itself.
    const owners = path.length === 0 ? ENTRY_FIELDS.filter(([, fields]) => fields.includes(key)).map(([owner]) => owner) : [];
    if (owners.length > 0) return [{ path: [...path, key], atKey: true, detail: messages.fieldOfOtherEntry(noun, key, owners) }];
    return [{ path: [...path, key], atKey: true, detail: messages.unknownField(noun, path, key, suggestField(key)) }];
  }
  const value = valueAt(entry, path);
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  if (value === undefined && typeof last === 'string' && isJsonObject(valueAt(entry, parent))) {
    return [{ path, detail: messages.missing(noun, parent, last, expectedAt(path, issue.message)) }];
  }
  if (issue.code === 'invalid_union') {
    // The branch whose type matched the value (a string, or an object) says what is wrong inside it.
    const branch = issue.errors.find((issues) => !issues.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
    if (branch?.length) return branch.flatMap((inner) => problemsOf(inner, entry, noun, path));
  }
  const expected = issue.code === 'invalid_format' && issue.format === 'date' ? 'a real calendar date, YYYY-MM-DD' : expectedAt(path, issue.message);
  return [{ path, detail: messages.invalid(noun, path, value, expected) }];
}

function valueAt(root: JsonValue, path: JsonPath): JsonValue | undefined {
  let current: JsonValue | undefined = root;
  for (const part of path) {
    if (isJsonArray(current) && typeof part === 'number') current = current[part];
    else if (isJsonObject(current) && typeof part === 'string') current = Object.hasOwn(current, part) ? current[part] : undefined;
    else return undefined;
  }
  return current;
}

function failure(doc: LocatedJson, file: string, at: JsonPath, problems: readonly Problem[]): ValidationError {
  const placed = problems.map((problem) => {
    const path = [...at, ...problem.path];
    const position = (problem.atKey ? doc.keyPositionOf(path) : undefined) ?? doc.positionOf(path);
    return { problem, position };
  });
  placed.sort((a, b) => compare(a.position, b.position));
  const first = placed[0];
  if (!first) return new ValidationError({ file }, 'invalid entry');
  const { problem, position } = first;
  return new ValidationError({ file, ...position }, problem.detail, fieldLabel(problem.path) || undefined);
}

const compare = (a: TextPosition, b: TextPosition): number => a.line - b.line || a.column - b.column;
