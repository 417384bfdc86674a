// Generates schema/matchfacts-input.schema.json from the zod schema, so editors can check and
// complete hand-typed input. Regenerate with `npm run schemas`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { documentSchema } from './schema.js';

/** Where the committed JSON Schema lives, from `src/` or `dist/` alike. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/matchfacts-input.schema.json', import.meta.url));

/**
 * The JSON Schema of the input format, as an object.
 *
 * @example matchfactsInputJsonSchema().title // 'matchfacts input'
 */
export function matchfactsInputJsonSchema(): Record<string, unknown> {
  // `io: 'input'`: fields with a default (penalty, ownGoal) are optional to the person typing.
  return z.toJSONSchema(documentSchema, { io: 'input' });
}

/** The schema file's exact text: two-space indent and a final newline. */
export const schemaFileText = (): string => `${JSON.stringify(matchfactsInputJsonSchema(), null, 2)}\n`;

export function writeSchemaFile(file = SCHEMA_FILE): void {
  writeFileSync(file, schemaFileText());
}

// Run directly (node or vite-node), not imported: write the file.
if (process.argv.slice(1).some((arg) => resolve(arg) === fileURLToPath(import.meta.url))) {
  writeSchemaFile();
  console.log(`wrote ${SCHEMA_FILE}`);
}
