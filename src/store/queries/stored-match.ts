// A match as the store holds it, with ids, names and provenance: what read commands show.
import type { MatchData } from '../../domain/match-data.js';

export interface StoredGoal {
  readonly id: number;
  readonly side: 'home' | 'away';
  readonly teamId: number;
  readonly playerId: number | null;
  readonly scorer: string | null;
  readonly minute: number | null;
  readonly stoppage: number | null;
  readonly period: string | null;
  readonly penalty: boolean;
  readonly ownGoal: boolean;
}

export interface StoredMatchSource {
  readonly format: string;
  readonly key: string;
  readonly file: string;
  readonly line: number | null;
}

export interface StoredMatch {
  readonly id: number;
  readonly competitionId: number;
  readonly editionId: number;
  readonly homeTeamId: number;
  readonly awayTeamId: number;
  readonly data: MatchData;
  readonly goals: readonly StoredGoal[];
  readonly sources: readonly StoredMatchSource[];
}
