import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordDefinitionJsonSchema, SCHEMA_FILE, schemaFileText } from './write-schema.js';

describe('schema/record-definition.schema.json', () => {
  it('is exactly what write-schema.ts generates from schema.ts (run it with --write if this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFileText());
  });
  it('documents every field with a description (a bare $ref is documented where it is defined)', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, { description?: string; $ref?: string }> }).properties;
      for (const [name, field] of Object.entries(properties ?? {})) if (!field.description && !field.$ref) undocumented.push(`${path}.${name}`);
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    };
    walk(recordDefinitionJsonSchema(), '');
    expect(undocumented).toEqual([]);
  });
});
