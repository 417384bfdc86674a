// Loads record definitions — the built-in catalogue plus an analyst's files — and turns every
// problem into a ValidationError naming the file, the JSON path and, when known, line:column.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ValidationError } from '../../domain/errors.js';
import { parseLocatedJson, type JsonPath, type JsonValue, type LocatedJson } from '../../domain/located-json.js';
import { BUILT_IN_CATALOGUE } from './catalogue/index.js';
import { crossCheck } from './cross-checks.js';
import { expandTemplates, isTemplateDocument, TemplateError } from './expand-templates.js';
import { messages, pathLabel, type Problem } from './messages.js';
import { recordDefinitionSchema, type RecordDefinition } from './schema.js';

/** A valid definition and where it was written. */
export interface LoadedDefinition {
  readonly definition: RecordDefinition;
  readonly file: string;
  /** Its place in the file: `[]` for a file holding one definition, `[3]` for the fourth of a list. */
  readonly path: JsonPath;
}

type Issue = z.core.$ZodIssue;

/**
 * The definitions in one parsed file, checked on their own (ids are checked across files by
 * `loadDefinitions`). `located` gives line:column to errors when the text was read here.
 *
 * @example validateDefinitions([{ id: 'x', … }], 'my-records.json') // [{ definition, file, path: [0] }]
 */
export function validateDefinitions(value: JsonValue, file: string, located?: LocatedJson): LoadedDefinition[] {
  if (value !== null && typeof value === 'object' && isTemplateDocument(value)) return validateTemplates(value, file, located);
  const items: [JsonValue, JsonPath][] = Array.isArray(value)
    ? value.map((item: JsonValue, i: number): [JsonValue, JsonPath] => [item, [i]])
    : [[value, []]];
  if (value === null || typeof value !== 'object') throw failure(file, located, [{ path: [], detail: messages.notADocument() }]);
  return items.map(([item, at]) => {
    const parsed = recordDefinitionSchema.safeParse(item);
    if (!parsed.success) throw failure(file, located, parsed.error.issues.flatMap((issue) => problemsOf(issue, item, at)));
    const problems = crossCheck(parsed.data).map((problem) => ({ ...problem, path: [...at, ...problem.path] }));
    if (problems.length) throw failure(file, located, problems);
    return { definition: parsed.data, file, path: at };
  });
}

/**
 * A template document's definitions, each checked as written out for its family; a problem names
 * the template's place in the file (`templates[3].title: …`) and, in the message, the definition.
 */
function validateTemplates(value: JsonValue, file: string, located?: LocatedJson): LoadedDefinition[] {
  let expanded: ReturnType<typeof expandTemplates>;
  try {
    expanded = expandTemplates(value);
  } catch (error) {
    if (error instanceof TemplateError) throw failure(file, located, error.problems);
    throw error;
  }
  return expanded.definitions.map((item, i) => {
    const at = expanded.paths[i] ?? [];
    const id = (item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as { readonly id?: JsonValue }).id : undefined) ?? '?';
    const parsed = recordDefinitionSchema.safeParse(item);
    if (!parsed.success) {
      throw failure(file, located, parsed.error.issues.flatMap((issue) => problemsOf(issue, item, at)).map((p) => ({ ...p, detail: `(${id}) ${p.detail}` })));
    }
    const problems = crossCheck(parsed.data).map((problem) => ({ ...problem, path: [...at, ...problem.path], detail: `(${id}) ${problem.detail}` }));
    if (problems.length) throw failure(file, located, problems);
    return { definition: parsed.data, file, path: at };
  });
}

/** Reads, parses and checks one definitions file (JSON). */
export function loadDefinitionFile(file: string): LoadedDefinition[] {
  const located = parseLocatedJson(readFileSync(file, 'utf8'), file);
  return validateDefinitions(located.value, file, located);
}

/** The built-in catalogue, checked. */
export function loadBuiltInCatalogue(): LoadedDefinition[] {
  return BUILT_IN_CATALOGUE.flatMap(({ file, value }) => validateDefinitions(value, file));
}

/**
 * The built-in catalogue plus the analyst's files (`--records FILE`), with ids unique across all.
 *
 * @example loadDefinitions(['./desk-records.json']).map((d) => d.definition.id)
 */
export function loadDefinitions(files: readonly string[] = []): LoadedDefinition[] {
  const loaded = [...loadBuiltInCatalogue()];
  const locatedByFile = new Map<string, LocatedJson>();
  for (const file of files) {
    const located = parseLocatedJson(readFileSync(file, 'utf8'), file);
    locatedByFile.set(file, located);
    loaded.push(...validateDefinitions(located.value, file, located));
  }
  assertUniqueIds(loaded, (file) => locatedByFile.get(file));
  return loaded;
}

/** Throws on the second definition that reuses an id, pointing at it and naming the first. */
export function assertUniqueIds(loaded: readonly LoadedDefinition[], locate: (file: string) => LocatedJson | undefined = () => undefined): void {
  const seen = new Map<string, LoadedDefinition>();
  for (const entry of loaded) {
    const first = seen.get(entry.definition.id);
    if (first) {
      const where = `${first.file} ${pathLabel(first.path)}`;
      throw failure(entry.file, locate(entry.file), [{ path: [...entry.path, 'id'], detail: messages.duplicateId(entry.definition.id, where) }]);
    }
    seen.set(entry.definition.id, entry);
  }
}

/** The user's words for one zod issue; `at` is where the definition sits in the file. */
function problemsOf(issue: Issue, item: JsonValue, at: JsonPath, prefix: JsonPath = []): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...at, ...path, key], atKey: true, detail: messages.unknownKey(key) }));
  }
  if (issue.code === 'invalid_union' && issue.errors.length) {
    // The branch that got furthest (fewest complaints) is the one the writer meant.
    const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
    if (best.length) return best.flatMap((inner) => problemsOf(inner, item, at, path));
  }
  return [{ path: [...at, ...path], detail: messages.schema(valueAt(item, path), issue.message) }];
}

function valueAt(root: JsonValue, path: JsonPath): JsonValue | undefined {
  let current: JsonValue | undefined = root;
  for (const part of path) {
    if (Array.isArray(current) && typeof part === 'number') current = (current as readonly JsonValue[])[part];
    else if (current !== null && typeof current === 'object' && !Array.isArray(current) && typeof part === 'string') {
      current = Object.hasOwn(current, part) ? (current as Readonly<Record<string, JsonValue>>)[part] : undefined;
    } else return undefined;
  }
  return current;
}

function failure(file: string, located: LocatedJson | undefined, problems: readonly Problem[]): ValidationError {
  const first = problems[0];
  if (!first) return new ValidationError({ file }, messages.notADocument());
  const position = located ? ((first.atKey ? located.keyPositionOf(first.path) : undefined) ?? located.positionOf(first.path)) : undefined;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  const detail = messages.at(first.path, first.detail) + more;
  return new ValidationError({ file, ...position }, detail, pathLabel(first.path));
}
