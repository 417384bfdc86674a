// Why one team is placed directly above the next: the decision the ranker records for each pair.
import type { Criterion } from './criteria.js';

export type Separation =
  /** A criterion told them apart; `among` is the set a head-to-head or play-off criterion looked at. */
  | {
      readonly kind: 'criterion';
      readonly criterion: Criterion;
      readonly values: readonly [upper: number, lower: number];
      readonly among: readonly string[];
    }
  /** The rules reached a drawing of lots, and the caller supplied its result. */
  | { readonly kind: 'lots' }
  /** Level on every criterion the data can check; `stoppedAt` is the first one it cannot. The caller's order was used. */
  | { readonly kind: 'given'; readonly stoppedAt?: Criterion }
  /** Level in a place the organiser never ranked; ordered as given, or left undecided. */
  | { readonly kind: 'unranked'; readonly rankedPlaces: number; readonly undecided: boolean }
  /** Level on every criterion the data can check and no outside order: the input order is kept. */
  | { readonly kind: 'undecided'; readonly stoppedAt?: Criterion };
