// The ordered list of schema migrations; a new migration is appended here, never edited in place.
import type { Migration } from 'kysely';
import { initialMigration } from './001-initial.js';
import { competitionStatusMigration } from './002-competition-status.js';
import { recordBookMigration } from './003-record-book.js';
import { matchRoundMigration } from './004-match-round.js';
import { apiTokensEventsMigration } from './005-api-tokens-events.js';
import { pointsDeductionMigration } from './006-points-deduction.js';
import { recordChangesMigration } from './007-record-changes.js';
import { matchSourceContentMigration } from './008-match-source-content.js';
import { postgresRowIdsMigration } from './009-postgres-row-ids.js';
import { postgresByteOrderTextMigration } from './010-postgres-byte-order-text.js';
import { editionHostsChangesMigration } from './011-edition-hosts-changes.js';
import { recordChangeInstantsMigration } from './012-record-change-instants.js';
import { recordStateClusteredMigration } from './013-record-state-clustered.js';
import { playerSourceIdByPlayerMigration } from './014-player-source-id-by-player.js';
import { matchStageIndexMigration } from './015-match-stage-index.js';
import { matchCountedDateIndexMigration } from './016-match-counted-date-index.js';
import { postgresRecordStateVersionMigration } from './017-postgres-record-state-version.js';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-initial': initialMigration,
  '002-competition-status': competitionStatusMigration,
  '003-record-book': recordBookMigration,
  '004-match-round': matchRoundMigration,
  '005-api-tokens-events': apiTokensEventsMigration,
  '006-points-deduction': pointsDeductionMigration,
  '007-record-changes': recordChangesMigration,
  '008-match-source-content': matchSourceContentMigration,
  '009-postgres-row-ids': postgresRowIdsMigration,
  '010-postgres-byte-order-text': postgresByteOrderTextMigration,
  '011-edition-hosts-changes': editionHostsChangesMigration,
  '012-record-change-instants': recordChangeInstantsMigration,
  '013-record-state-clustered': recordStateClusteredMigration,
  '014-player-source-id-by-player': playerSourceIdByPlayerMigration,
  '015-match-stage-index': matchStageIndexMigration,
  '016-match-counted-date-index': matchCountedDateIndexMigration,
  '017-postgres-record-state-version': postgresRecordStateVersionMigration,
};
