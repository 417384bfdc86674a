// Generates schema/record-definition.schema.json from the zod schema, so an analyst's editor can
// check and complete a definition. Regenerate with `npm run schemas`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { definitionFileSchema } from './schema.js';

/** Where the committed JSON Schema lives, from `src/` or `dist/` alike. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/record-definition.schema.json', import.meta.url));

/**
 * The JSON Schema of the definition format, as an object.
 *
 * @example recordDefinitionJsonSchema().title // 'matchfacts record definitions'
 */
export function recordDefinitionJsonSchema(): Record<string, unknown> {
  // `io: 'input'`: fields with a default (books, newsworthiness, requires…) are optional to the writer.
  return z.toJSONSchema(definitionFileSchema, { io: 'input' });
}

/** The schema file's exact text: two-space indent and a final newline. */
export const schemaFileText = (): string => `${JSON.stringify(recordDefinitionJsonSchema(), null, 2)}\n`;

export function writeSchemaFile(file = SCHEMA_FILE): void {
  writeFileSync(file, schemaFileText());
}

// Run directly, not imported: write the file. vite-node hides the script's path from argv, hence `--write`.
const runDirectly = process.argv.slice(1).some((arg) => arg === '--write' || resolve(arg) === fileURLToPath(import.meta.url));
if (runDirectly) {
  writeSchemaFile();
  console.log(`wrote ${SCHEMA_FILE}`);
}
