// What the record book was built from. A book built from other definitions, or by an older
// engine, is rebuilt rather than trusted, so a fact never outlives the rules behind it. Changes to
// the data are noted by the store itself (see `store/migrations/007-record-changes.ts`).
import { createHash } from 'node:crypto';
import type { RecordDefinition } from '../definitions/schema.js';

/** Identifies a set of definitions: a book built from other definitions is rebuilt. */
export function definitionsHash(definitions: readonly RecordDefinition[]): string {
  let hash = HASHES.get(definitions);
  if (hash === undefined) {
    hash = createHash('sha256').update(ENGINE_REVISION).update(JSON.stringify(definitions)).digest('hex').slice(0, 16);
    HASHES.set(definitions, hash);
  }
  return hash;
}

/**
 * Bumped whenever the engine's rules change what a fact says (a new measure, a coverage rule, a
 * sentence) or how the book is stored: a book built by an older engine is then rebuilt, never served.
 */
export const ENGINE_REVISION = 'records-engine-21';

const HASHES = new WeakMap<readonly RecordDefinition[], string>();
