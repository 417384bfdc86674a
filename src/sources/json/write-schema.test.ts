import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchfactsInputJsonSchema, SCHEMA_FILE, schemaFileText } from './write-schema.js';

describe('schema/matchfacts-input.schema.json', () => {
  it('is exactly what write-schema.ts generates from schema.ts (rebuild and run it if this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFileText());
  });
  it('documents every field with a description', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, { description?: string }> }).properties;
      for (const [name, field] of Object.entries(properties ?? {})) if (!field.description) undocumented.push(`${path}.${name}`);
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    };
    walk(matchfactsInputJsonSchema(), '');
    expect(undocumented).toEqual([]);
  });
});
