// Record templates: one definition written once and expanded over competition families and sexes
// ("the oldest hat-trick scorer" for the men's and women's World Cups, the UEFA club competitions
// and domestic leagues), instead of a copy per competition that drifts from its siblings.
//
//   { "families": { "wc-men": { "scope": {…}, "words": { "cup": "men's World Cup", … } }, … },
//     "templates": [ { "for": ["wc-men", "wc-women"], "id": "[[family]]-oldest-hat-trick", … } ] }
//
// Each template becomes one definition per family it is `for`: `[[word]]` in any string is that
// family's word (`[[family]]` is the family's key) and the family's scope is laid under the
// template's own. What comes out is an ordinary list of definitions, validated like any other.
import type { JsonPath, JsonValue } from '../../domain/located-json.js';
import type { Problem } from './messages.js';

export interface TemplateDocument {
  readonly families: Readonly<Record<string, { readonly scope: JsonValue; readonly words: Readonly<Record<string, string>> }>>;
  readonly templates: readonly JsonValue[];
}

type JsonObject = { readonly [key: string]: JsonValue };

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);
}

/** True when a parsed file is a template document rather than definitions. */
export function isTemplateDocument(value: JsonValue): boolean {
  return isObject(value) && 'templates' in value && 'families' in value;
}

export class TemplateError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((p) => p.detail).join('; '));
  }
}

function substitute(value: JsonValue, words: Readonly<Record<string, string>>, at: JsonPath, problems: Problem[]): JsonValue {
  if (typeof value === 'string') {
    return value.replace(/\[\[(\w+)\]\]/g, (whole, name: string) => {
      const word = words[name];
      if (word === undefined) {
        problems.push({ path: at, detail: `unknown template word [[${name}]] (known: ${Object.keys(words).map((w) => `[[${w}]]`).join(', ')})` });
        return whole;
      }
      return word;
    });
  }
  if (Array.isArray(value)) return value.map((item: JsonValue, i: number) => substitute(item, words, [...at, i], problems));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, words, [...at, k], problems)]));
  return value;
}

/**
 * The definitions a template document stands for, in template order, family by family.
 *
 * @example expandTemplates({ families: { 'wc-men': … }, templates: [{ for: ['wc-men'], id: '[[family]]-x', … }] }) // [{ id: 'wc-men-x', scope: { family: 'fifa-world-cup', sex: 'men' }, … }]
 */
export function expandTemplates(document: JsonValue): { definitions: JsonValue[]; paths: JsonPath[] } {
  const problems: Problem[] = [];
  if (!isObject(document) || !isObject(document.families) || !Array.isArray(document.templates)) {
    throw new TemplateError([{ path: [], detail: 'a template document needs "families" (an object) and "templates" (a list)' }]);
  }
  const families = document.families;
  const definitions: JsonValue[] = [];
  const paths: JsonPath[] = [];
  document.templates.forEach((template: JsonValue, i: number) => {
    const at: JsonPath = ['templates', i];
    if (!isObject(template) || !Array.isArray(template.for) || template.for.length === 0) {
      problems.push({ path: [...at, 'for'], detail: 'a template needs "for": the families it is expanded over' });
      return;
    }
    const { for: targets, ...body } = template;
    (targets as JsonValue[]).forEach((target, j) => {
      const family = typeof target === 'string' ? families[target] : undefined;
      if (typeof target !== 'string' || !isObject(family) || !isObject(family.scope) || !isObject(family.words)) {
        problems.push({ path: [...at, 'for', j], detail: `unknown family ${JSON.stringify(target)} (known: ${Object.keys(families).join(', ')})` });
        return;
      }
      const words: Record<string, string> = { family: target };
      for (const [k, v] of Object.entries(family.words)) if (typeof v === 'string') words[k] = v;
      const expanded = substitute(body, words, at, problems) as JsonObject;
      const ownScope = isObject(expanded.scope) ? expanded.scope : {};
      definitions.push({ ...expanded, scope: { ...family.scope, ...ownScope } });
      paths.push(at);
    });
  });
  if (problems.length > 0) throw new TemplateError(problems);
  return { definitions, paths };
}
