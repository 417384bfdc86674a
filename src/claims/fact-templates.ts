// The engine's own fact sentences read back: each definition's `text` template becomes a pattern
// whose placeholders capture what the claim says ("Miroslav Klose", "16th", "Ronaldo", "15").
import type { RecordDefinition } from '../records/definitions/schema.js';
import { FACT_KINDS, type FactKind } from '../records/definitions/vocabulary.js';

export interface FactTemplate {
  readonly definition: RecordDefinition;
  readonly kind: FactKind;
  readonly template: string;
  readonly pattern: RegExp;
  /** Placeholder of each capture group, in order. */
  readonly slots: readonly string[];
}

export interface TemplateMatch {
  readonly template: FactTemplate;
  readonly slots: Readonly<Record<string, string>>;
  /** "(since 2011/12, where this database begins)" when the claim carried it. */
  readonly sinceDatabase?: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/'/g, "['\u2019]");
}

/** Every sentence template of the definitions, compiled. */
export function compileTemplates(definitions: readonly RecordDefinition[]): FactTemplate[] {
  const templates: FactTemplate[] = [];
  for (const definition of definitions) {
    for (const kind of FACT_KINDS) {
      const template = definition.text?.[kind];
      if (!template) continue;
      const slots: string[] = [];
      const body = template
        .replace(/\.$/, '')
        .split(/(\{\w+\})/)
        .map((part) => {
          const slot = /^\{(\w+)\}$/.exec(part);
          if (!slot?.[1]) return escape(part);
          slots.push(slot[1]);
          return '(.+?)';
        })
        .join('');
      templates.push({ definition, kind, template, pattern: new RegExp(`^${body}$`, 'i'), slots });
    }
  }
  return templates;
}

/**
 * The templates a sentence fits, with what each placeholder captured.
 *
 * @example matchTemplates("Miroslav Klose scored his 16th FIFA World Cup goal, breaking Ronaldo's record of 15", templates)[0]?.slots // { subject: 'Miroslav Klose', ordinal: '16th', … }
 */
export function matchTemplates(text: string, templates: readonly FactTemplate[]): TemplateMatch[] {
  const since = /\s*\(since ([^()]+), where this database begins\)\s*\.?$/i.exec(text);
  // The engine's caveats on data and order ("(as far as this database shows: …)", "(counting the
  // day's matches …)") qualify a sentence; they are not part of its template.
  const body = (since ? text.slice(0, since.index) : text)
    .trim()
    .replace(/\.$/, '')
    .replace(/\s*\((?:as far as this database shows:[^()]*|counting the day's matches in an order the data does not give|another match that day moved this record too; which came first is not in the data)\)/gi, '')
    .replace(/\.$/, '');
  const found: TemplateMatch[] = [];
  for (const template of templates) {
    const m = template.pattern.exec(body);
    if (!m) continue;
    const slots: Record<string, string> = {};
    let consistent = true;
    template.slots.forEach((slot, i) => {
      const value = (m[i + 1] ?? '').trim();
      if (slots[slot] !== undefined && slots[slot] !== value) consistent = false;
      slots[slot] = value;
    });
    if (consistent) found.push({ template, slots, ...(since?.[1] ? { sinceDatabase: since[1] } : {}) });
  }
  return found;
}
