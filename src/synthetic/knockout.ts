// Knockout ties: single matches with extra time and penalties, and two-legged ties decided on
// aggregate, then away goals in the seasons that used them (extra-time away goals included).
import type { ScorePair, StageRef } from '../domain/match-data.js';
import { KNOCKOUT_RULES, winnerOf, type DecidingRules, type Fixture, type PlayedMatch } from './fixture.js';
import { playMatch } from './play-match.js';
import type { Random } from './random.js';
import type { Squad } from './world-types.js';

export interface TieResult {
  readonly matches: readonly PlayedMatch[];
  readonly winner: Squad;
  readonly loser: Squad;
}

/** Where and when a match of a tie is played, for the home side given. */
export type Placing = (home: Squad, away: Squad, leg: number) => Omit<Fixture, 'home' | 'away' | 'stage' | 'competition' | 'edition'>;

export function singleMatch(rng: Random, a: Squad, b: Squad, stage: StageRef, place: Placing): TieResult {
  const played = playMatch(rng, { competition: a.competition, edition: a.edition, stage, home: a, away: b, ...place(a, b, 1) }, KNOCKOUT_RULES);
  return winnerOf(played) === 'home' ? { matches: [played], winner: a, loser: b } : { matches: [played], winner: b, loser: a };
}

/** Seasons whose ties counted away goals double (1965-66 to 2020-21). */
export function awayGoalsCount(seasonStart: number): boolean {
  return seasonStart >= 1965 && seasonStart <= 2020;
}

/**
 * `first` is at home in the first leg. In the second leg the rules look at the aggregate: level
 * (and level on away goals, where they count) means extra time, and after it a shoot-out.
 */
export function twoLeggedTie(rng: Random, first: Squad, second: Squad, stage: StageRef, place: Placing, awayGoals: boolean): TieResult {
  const base = { competition: first.competition, edition: first.edition, stage };
  const leg1 = playMatch(rng, { ...base, home: first, away: second, ...place(first, second, 1) }, { extraTime: () => false, shootout: () => false });
  const [l1Home, l1Away] = leg1.final;
  // In leg two `second` is at home: the pair is [second's goals, first's goals].
  const level = ([h, a]: ScorePair): boolean => {
    const firstTotal = l1Home + a;
    const secondTotal = l1Away + h;
    return firstTotal === secondTotal && (!awayGoals || a === l1Away);
  };
  const rules: DecidingRules = { extraTime: level, shootout: level };
  const leg2 = playMatch(rng, { ...base, home: second, away: first, ...place(second, first, 2) }, rules);
  const [h2, a2] = leg2.final;
  let firstWins: boolean;
  if (leg2.shootoutWinner) firstWins = leg2.shootoutWinner === 'away';
  else if (l1Home + a2 !== l1Away + h2) firstWins = l1Home + a2 > l1Away + h2;
  else firstWins = a2 > l1Away;
  return { matches: [leg1, leg2], winner: firstWins ? first : second, loser: firstWins ? second : first };
}
