import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNIT_FIELDS } from './unit-fields.js';

describe('the table of fields per unit', () => {
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  const documented = (unit: string): string[] => {
    const section = readme.split(`**${unit}**`)[1]?.split('\n\n**')[0] ?? '';
    return [...section.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1] ?? '');
  };

  it('in the README lists exactly the fields of unit-fields.ts, unit by unit', () => {
    for (const [unit, fields] of Object.entries(UNIT_FIELDS)) expect(documented(unit), unit).toEqual(Object.keys(fields));
  });

  it('gives every enumerated field its values', () => {
    for (const fields of Object.values(UNIT_FIELDS)) {
      for (const spec of Object.values(fields)) if (spec.type === 'enum') expect(spec.values?.length).toBeGreaterThan(0);
    }
  });
});
