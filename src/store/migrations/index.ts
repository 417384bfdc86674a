// The ordered list of schema migrations; a new migration is appended here, never edited in place.
import type { Migration } from 'kysely';
import { initialMigration } from './001-initial.js';
import { competitionStatusMigration } from './002-competition-status.js';
import { recordBookMigration } from './003-record-book.js';
import { matchRoundMigration } from './004-match-round.js';
import { apiTokensEventsMigration } from './005-api-tokens-events.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-initial': initialMigration,
  '002-competition-status': competitionStatusMigration,
  '003-record-book': recordBookMigration,
  '004-match-round': matchRoundMigration,
  '005-api-tokens-events': apiTokensEventsMigration,
};
