// The synthetic world's mutable state: countries, teams, players and leagues, advanced season by season.
import type { CompetitionRef, EditionRef, TeamRef } from '../domain/match-data.js';
import type { Position, Sex } from '../domain/vocabulary.js';

export interface Player {
  readonly id: number;
  readonly sourceId: string;
  readonly sex: Sex;
  readonly position: Position;
  /** Day number of the birth date (see calendar.ts). */
  readonly birthDay: number;
  /** First season (by starting year) the player no longer plays. */
  readonly retireYear: number;
  /** Relative likelihood of scoring, before the position's weight. */
  readonly talent: number;
  /** Already written to a batch: later batches only name the player. */
  emitted: boolean;
}

/** Where a team plays: the country's name, clock and grounds. */
export interface Place {
  readonly name: string;
  readonly code: string;
  /** Minutes east of UTC. */
  readonly utcOffset: number;
  readonly confederation: string;
  readonly cities: readonly string[];
  readonly stadiums: readonly string[];
}

export interface Country extends Place {
  readonly index: number;
  /** First year the country's men's and women's national teams play. */
  readonly menFrom: number;
  readonly womenFrom: number;
  readonly men: Team;
  readonly women: Team;
}

export interface Team {
  readonly key: number;
  readonly ref: TeamRef;
  readonly national: boolean;
  readonly sex: Sex;
  readonly place: Place;
  readonly city: string;
  readonly stadium: string;
  /** Strength on a 0–100 scale; drifts between seasons. */
  rating: number;
  roster: Player[];
  emitted: boolean;
}

export interface League {
  readonly index: number;
  readonly country: Country;
  readonly competition: CompetitionRef;
  readonly founded: number;
  readonly size: number;
  /** Base strength: champions of strong leagues are seeded first into the club cup. */
  readonly strength: number;
  /** The clubs in the division this season, and the ones below it waiting for promotion. */
  members: Team[];
  reserves: Team[];
  /** Final order of the last season played, champion first. */
  lastTable: Team[];
}

/** One team's players for one edition, with the draws a match needs precomputed. */
export interface Squad {
  readonly key: string;
  readonly competition: CompetitionRef;
  readonly edition: EditionRef;
  readonly team: Team;
  readonly members: readonly Player[];
  readonly scoring: readonly number[];
  readonly scoringTotal: number;
  readonly ownGoal: readonly number[];
  readonly ownGoalTotal: number;
  /** Penalty-taking order in a shoot-out: best scorers first, goalkeepers last. */
  readonly takers: readonly Player[];
}

export interface World {
  readonly seed: number;
  readonly countries: readonly Country[];
  readonly leagues: readonly League[];
  nextPlayerId: number;
}
