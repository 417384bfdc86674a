// A claim as the checker understands it: who it is about, what it says of them, where and when.
// Plain readonly data, produced by `parse-claim.ts` and judged by `check-claim.ts`.
import type { Predicate } from '../records/definitions/predicate.js';
import type { Family, ScopeSex, StageScope, Unit, Venue } from '../records/definitions/vocabulary.js';
import type { FactKind } from '../records/definitions/vocabulary.js';

/** What a team's all-time record at a competition counts: titles, finals played, tournaments played. */
export type TeamTallyField = 'titles' | 'finals' | 'editions';

/** A team's results counted over the matches in a claim's scope: "Brazil have won 76 World Cup matches". */
export type TeamResultField = 'matches' | 'wins' | 'draws' | 'losses';

/** Who the claim is about, as written: "Just Fontaine", "Atalanta". */
export interface ClaimSubject {
  readonly name: string;
}

/** Which competition: a family with a sex, and the stored competition name when one is meant. */
export interface ClaimCompetition {
  readonly family: Family;
  readonly sex: ScopeSex;
  /** Stored name ("UEFA Champions League"); absent for a family with one competition per sex. */
  readonly name?: string;
  /** How the claim said it: "at a World Cup". */
  readonly said: string;
  /** True when the claim named the sex ("women's World Cup"); otherwise the subject may decide it. */
  readonly sexSaid: boolean;
}

export interface ClaimScope {
  readonly competition?: ClaimCompetition;
  /** One edition, by the year it starts: 1958, 2020 for 2020/21. */
  readonly edition?: { readonly year: number; readonly said: string };
  readonly venue?: Venue;
  readonly stages?: readonly StageScope[];
  /** "in a single match", "at a single World Cup": the count is per match or per edition. */
  readonly per?: 'match' | 'edition';
  /** "against Cameroon": only matches against this team, as written. */
  readonly opponent?: string;
}

/** When the claim is judged: on all the data, or as the book stood before a day. */
export type TimePoint = { readonly kind: 'now' } | { readonly kind: 'before'; readonly date: string; readonly said: string };

/** What a player or team did, as a unit of the record book and a test of its rows. */
export interface ClaimAction {
  readonly unit: Extract<Unit, 'goal' | 'player-match' | 'team-match' | 'team-edition'>;
  readonly predicate?: Predicate;
  /** Data the action reads beyond its unit (line-ups for "to play"). */
  readonly requires?: readonly ('lineups' | 'goal_minutes' | 'stages')[];
  /** As written: "score a hat-trick". */
  readonly said: string;
}

/** An age or a number stated with the claim: "At 42 years 39 days", "aged 17". */
export interface ClaimedValue {
  readonly years?: number;
  readonly days?: number;
  readonly said: string;
}

export type Relation =
  | {
      /** "X is the oldest player to score …"; `place` 2 for "second-oldest"; `ever` for "became": held the record at some time. */
      readonly kind: 'superlative';
      readonly direction: 'oldest' | 'youngest' | 'most' | 'fastest';
      readonly place: number;
      readonly ever: boolean;
      readonly action: ClaimAction;
      readonly value?: ClaimedValue;
      /** For "most": goals in a career, an edition or a match. */
      readonly measure?: 'goals';
    }
  | { readonly kind: 'ordinal'; readonly n: number; readonly who: 'player' | 'team'; readonly action: ClaimAction }
  | {
      /** "X became the first player to … since 1966" (`own` false) or "X's first win since 1998" (`own` true). */
      readonly kind: 'first-since';
      readonly since: number;
      readonly sinceName?: string;
      readonly own: boolean;
      readonly who: 'player' | 'team';
      readonly action: ClaimAction;
    }
  | { readonly kind: 'first-appearance' }
  | { readonly kind: 'aggregate'; readonly winner: boolean; readonly goals: readonly [number, number]; readonly opponent?: string }
  | {
      readonly kind: 'result';
      readonly outcome: 'win' | 'draw' | 'loss';
      /** Absent for "beat France on penalties": the score is not claimed. */
      readonly goals?: readonly [number, number];
      readonly opponent: string;
      /** "after extra time", "on penalties", "in normal time": how the match was decided. */
      readonly decided?: 'extra-time' | 'penalties' | 'normal-time';
      /** "on 18 June 1974". */
      readonly date?: string;
    }
  | {
      /** "Italy have won the World Cup four times", "Germany have played in eight World Cup finals". */
      readonly kind: 'team-tally';
      readonly field: TeamTallyField;
      readonly n: number;
    }
  | {
      /** "X is the only player to score 13 goals at a single World Cup"; "no player has scored more than 13…" (`subject` none). */
      readonly kind: 'only' | 'nobody';
      readonly who: 'player' | 'team';
      readonly measure: 'goals' | TeamTallyField;
      readonly atLeast: number;
      /** "score a hat-trick": in one match. */
      readonly perMatch?: boolean;
    }
  | {
      /** "X scored more World Cup goals than Y", "X have won more World Cups than Y". */
      readonly kind: 'compare';
      readonly measure: 'goals' | TeamTallyField;
      readonly direction: 'more' | 'fewer';
      readonly other: string;
    }
  | {
      /**
       * "Brazil have played 114 World Cup matches", "Germany have lost 22", "England have 32 wins
       * against Germany"; with `all`, every match of the scope ended so: "Brazil won all seven of
       * their matches at the 2002 World Cup" (`n`, where said, the matches played).
       */
      readonly kind: 'team-results';
      readonly field: TeamResultField;
      readonly n: number | undefined;
      readonly all?: true;
    }
  | {
      /**
       * "Brazil have played more World Cup matches than Germany", "… won more matches than any other
       * team", "Brazil have played the most World Cup matches" (`orLevel`: the most, shared or not).
       */
      readonly kind: 'team-results-rank';
      readonly field: TeamResultField;
      readonly direction: 'more' | 'fewer';
      /** The team compared with; absent: every other team of the scope. */
      readonly other: string | undefined;
      readonly orLevel?: true;
    }
  | {
      /** "X was the top scorer at the 1958 World Cup with 13 goals". */
      readonly kind: 'top-scorer';
      readonly n?: number;
    }
  | {
      /** "X scored 13 goals at the 1958 World Cup[, a record for a single tournament]". */
      readonly kind: 'count';
      readonly n: number;
      /** "scored a hat-trick": at least n in one match. */
      readonly atLeast?: boolean;
      readonly what: 'goals';
      /** "a record for a single tournament": also claims the count was the record. */
      readonly record?: 'edition' | 'career' | 'match' | 'same';
    }
  | {
      /** One of the engine's own fact sentences, matched against the definition's text. */
      readonly kind: 'fact';
      readonly definitionId: string;
      readonly factKind: FactKind;
      readonly slots: Readonly<Record<string, string>>;
    };

export interface Claim {
  readonly text: string;
  readonly subject: ClaimSubject;
  readonly relation: Relation;
  readonly scope: ClaimScope;
  readonly time: TimePoint;
  /** "(since 2011/12, where this database begins)": the claim speaks of the data only, so a late start does not block it. */
  readonly withinData?: string;
  /** Clauses combined with the main one, e.g. the match of "…, the club's first appearance in the competition". */
  readonly also?: readonly Relation[];
}

/** What the parser made of a sentence: the claim (when it found one) and the words it did not understand. */
export interface ParsedClaim {
  readonly text: string;
  readonly claim?: Claim;
  /** Parts of the sentence outside what the parser understands, as written. */
  readonly notUnderstood: readonly string[];
}
