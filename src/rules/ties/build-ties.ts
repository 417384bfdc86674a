// Builds an edition's knockout ties from its matches and decides each under the edition's rules.
import type { MatchData } from '../../domain/match-data.js';
import { decideSingleMatch } from './decide-single-match.js';
import { decideTwoLegs } from './decide-two-legs.js';
import { knockoutPairings, type Pairing } from './knockout-pairings.js';
import { scoreWarnings } from './score-checks.js';
import { restoreExtraTime, UNMARKED_EXTRA_TIME, type UnmarkedExtraTime } from './score-errata.js';
import { isPending } from './leg-score.js';
import type { Tie, TieOutcome } from './tie.js';
import type { TieRules } from './tie-rules.js';
import { inferWalkovers } from './walkovers.js';

export interface BuildTiesOptions {
  /** Known results printed without `a.e.t.`; defaults to the cited list in `score-errata.ts`. */
  readonly errata?: readonly UnmarkedExtraTime[];
}

/** A pairing met once in a round two-legged as a rule, the rest of the round not in the data: nothing is decided. */
function oneLegKnown(teams: readonly [string, string], legs: readonly MatchData[]): TieOutcome {
  if (legs.every(isPending)) return { status: 'open', text: `${teams[0]} v ${teams[1]}: not played yet`, warnings: [] };
  return {
    status: 'undecidable',
    text: `Only one leg of ${teams[0]} v ${teams[1]} is in the data: the round is two-legged as a rule, so this match alone does not decide the tie`,
    warnings: [],
  };
}

function decide(pairing: Pairing, legs: readonly MatchData[], rules: TieRules): TieOutcome {
  switch (pairing.format) {
    case 'one_leg_known':
      return oneLegKnown(pairing.teams, legs);
    case 'two_legs':
      return decideTwoLegs(pairing.teams, legs, rules.twoLegs);
    default:
      return decideSingleMatch(pairing.teams, legs, rules.singleMatch, pairing.stage);
  }
}

function decidePairing(pairing: Pairing, rules: TieRules, errata: readonly UnmarkedExtraTime[]): Tie {
  const restored = pairing.legs.map((leg) => restoreExtraTime(leg, errata));
  const legs = restored.map((r) => r.match);
  const outcome = decide(pairing, legs, rules);
  const warnings = [
    ...restored.flatMap((r) => (r.warning === undefined ? [] : [r.warning])),
    ...legs.flatMap(scoreWarnings),
    ...outcome.warnings,
  ];
  return { stage: pairing.stage, teams: pairing.teams, legs, format: pairing.format, ...outcome, warnings };
}

/**
 * The knockout ties of an edition (group and league stages are left out), in stage order and,
 * within a stage, in the order of their first match. Matches pair by stage and the unordered
 * pair of team names; whether a round is two-legged is read from the fixtures.
 *
 * @example buildTies(cl202021, tieRulesFor(competition, edition)).find((t) => t.winner === 'FC Porto')?.decidedBy // 'away_goals_in_extra_time'
 */
export function buildTies(matches: readonly MatchData[], rules: TieRules, options: BuildTiesOptions = {}): Tie[] {
  const errata = options.errata ?? UNMARKED_EXTRA_TIME;
  const ties = knockoutPairings(matches, rules).map((p) => decidePairing(p, rules, errata));
  return inferWalkovers(ties);
}
