// What a story is written from: the match, its place in the competition (tie, table, what comes
// next), the competition's status and the match's record facts. Gathered by `load-story-input.ts`.
import type { Fact } from '../records/engine/fact.js';
import type { Tie } from '../rules/ties/index.js';
import type { TableRow } from '../rules/tables/index.js';
import type { StoredMatch } from '../store/queries/stored-match.js';
import type { CompetitionStatus, MatchStatus, StageKind } from '../domain/vocabulary.js';
import type { MatchHonours } from './honours.js';

/** Another match of the edition, as far as a story needs it: who, when, in what state. */
export interface StoryFixture {
  readonly id: number;
  readonly date: string;
  readonly home: string;
  readonly away: string;
  readonly status: MatchStatus;
  readonly statusNote?: string;
  readonly stageKind?: StageKind;
  readonly stageName?: string;
}

/** Where the winner of a decided tie goes next. */
export interface StoryNextRound {
  readonly winner: string;
  readonly stageKind?: StageKind;
  readonly stageName?: string;
  readonly opponent?: string;
  /** The first match of the next tie, when the data has it. */
  readonly fixture?: StoryFixture;
}

/** The knockout tie the match belongs to. */
export interface StoryTie {
  /** `tie:<edition>:<stage>:<team>~<team>`. */
  readonly id: string;
  readonly tie: Tie;
  /** The store ids of the legs, in `tie.legs` order (undefined where a leg is not found). */
  readonly legIds: readonly (number | undefined)[];
  /** Which leg this match is, 0-based. */
  readonly leg: number;
  readonly next?: StoryNextRound;
}

/** The group or league table the match counts in, as it stood after the match's day. */
export interface StoryTable {
  /** `table:<edition>:<stage>:<group>`. */
  readonly id: string;
  readonly stageKind: StageKind;
  readonly stageName: string;
  /** `Group H` (or the teams, where the data names no group), undefined for a league table. */
  readonly group?: string;
  readonly rows: readonly TableRow[];
  /** Positions before the match's day, by team: to say who went top. */
  readonly positionsBefore: Readonly<Record<string, number>>;
  /** True when no match of the table is left to play after the match's day. */
  readonly complete: boolean;
  /**
   * Teams of the table that play a later stage of the edition: who went through. Undefined when
   * the data has no later stage to tell.
   */
  readonly through?: readonly string[];
  /** The stage each team that went through played next. */
  readonly nextStages?: Readonly<Record<string, StageKind>>;
}

export interface StoryCompetitionStatus {
  readonly status: CompetitionStatus;
  readonly since?: string;
  readonly reason?: string;
}

export interface StoryInput {
  readonly match: StoredMatch;
  readonly tie?: StoryTie;
  readonly table?: StoryTable;
  /** Each team's next match of the edition after this one, where the data has one. */
  readonly nextFixtures: readonly StoryFixture[];
  readonly competition: StoryCompetitionStatus & { readonly editionId: number };
  /** The match's record facts, most newsworthy first. */
  readonly facts: readonly Fact[];
  /** Titles and finals each side has won, the holders, and whether this match decided the title. */
  readonly honours?: MatchHonours;
}
