// The built-in catalogue: templates expanded over competition families and sexes, and one JSON file
// for the records particular to a family. Imported as JSON modules, not read
// from disk, so `tsc` copies the files into dist/ and the catalogue works from a build too.
import internationalFile from './international.json' with { type: 'json' };
import uefaClubFile from './uefa-club.json' with { type: 'json' };
import templatesFile from './templates.json' with { type: 'json' };
import type { JsonValue } from '../../../domain/located-json.js';

export interface CatalogueFile {
  /** Named as in the repository, for error messages: `catalogue/uefa-club.json`. */
  readonly file: string;
  readonly value: JsonValue;
}

// A JSON module is JSON by construction; its inferred type (with `?: undefined` members) is not.
const json = (value: unknown): JsonValue => value as JsonValue;

/** Every built-in definition file, unvalidated; `loadBuiltInCatalogue` checks them. */
export const BUILT_IN_CATALOGUE: readonly CatalogueFile[] = [
  // Templates first: the World Cup records, men's and women's, keep their place at the head of the book.
  { file: 'catalogue/templates.json', value: json(templatesFile) },
  { file: 'catalogue/uefa-club.json', value: json(uefaClubFile) },
  { file: 'catalogue/international.json', value: json(internationalFile) },
];

/** Where the catalogue files sit next to this module, for tests that read them with positions. */
export const CATALOGUE_DIR = new URL('./', import.meta.url);
