// Consistency warnings: where the data contradicts itself or the competition's rules — listed, not fixed.
import type { Kysely } from 'kysely';
import { buildTies, tieRulesFor } from '../rules/ties/index.js';
import type { Database } from '../store/schema.js';
import { readMatches } from '../store/queries/read-matches.js';
import { readGoalCountMismatches } from '../store/queries/goal-count-mismatches.js';

export interface ConsistencyWarning {
  readonly kind: 'consistency';
  readonly subject: string;
  readonly check: 'tie' | 'goal_count';
  readonly text: string;
}

const KNOCKOUT_KINDS = ['playoff', 'first_round', 'round_of_32', 'round_of_16', 'quarter_final', 'semi_final', 'third_place', 'final', 'qualifying'];

export async function readConsistencyWarnings(db: Kysely<Database>): Promise<ConsistencyWarning[]> {
  const warnings: ConsistencyWarning[] = [];
  for (const m of await readGoalCountMismatches(db)) {
    warnings.push({
      kind: 'consistency',
      check: 'goal_count',
      subject: `${m.date} ${m.home} v ${m.away}`,
      text: `the goals listed (${m.goals}) do not add up to the score ${m.score}`,
    });
  }
  const editions = await db
    .selectFrom('stage')
    .select('edition_id')
    .distinct()
    .where('kind', 'in', KNOCKOUT_KINDS)
    // In the order of the editions, on every store (a DISTINCT list has none of its own).
    .orderBy('edition_id')
    .execute();
  for (const { edition_id } of editions) {
    const matches = (await readMatches(db, { editionId: edition_id })).map((m) => m.data);
    const first = matches[0];
    if (!first) continue;
    for (const tie of buildTies(matches, tieRulesFor(first.competition, first.edition))) {
      for (const text of tie.warnings) {
        warnings.push({
          kind: 'consistency',
          check: 'tie',
          subject: `${first.competition.name} ${first.edition.name} ${tie.stage.name}: ${tie.teams[0]} v ${tie.teams[1]}`,
          text,
        });
      }
    }
  }
  return warnings;
}
