// The contract every source adapter fulfils: read inputs, return neutral domain data with where
// each record came from. Identity, merging, transactions and provenance live in `src/ingest/`.
import type {
  CompetitionRef,
  EditionRef,
  MatchData,
  PersonRef,
  PlayerData,
  StageRef,
  TeamRef,
} from '../domain/match-data.js';
import type { CompetitionStatus, MatchStatus, Position, SourceFormat } from '../domain/vocabulary.js';

/** One input file, hashed so a re-import of identical bytes is recognised. */
export interface SourceInput {
  readonly file: string;
  readonly sha256: string;
  /** Data rows (CSV) or non-blank lines (text) read from it. */
  readonly rows: number;
}

export interface Located {
  /** Stable key of the record inside its source (`M-2022-64`, `cl.txt#233`). */
  readonly sourceKey: string;
  readonly file: string;
  readonly line?: number;
}

export interface IncomingMatch extends Located {
  readonly match: MatchData;
}

export interface IncomingPlayer extends Located {
  readonly player: PlayerData;
}

export interface TeamAlias {
  readonly name: string;
  /** Inclusive ISO dates between which the alias was the team's name. */
  readonly from?: string;
  readonly to?: string;
}

export interface IncomingTeam extends Located {
  readonly team: TeamRef;
  readonly national: boolean;
  readonly aliases: readonly TeamAlias[];
  readonly confederation?: string;
  readonly region?: string;
}

/** A player listed in a team's squad for one edition. */
export interface IncomingSquadMember extends Located {
  readonly competition: CompetitionRef;
  readonly edition: EditionRef;
  readonly team: TeamRef;
  readonly person: PersonRef;
  readonly shirtNumber?: number;
  readonly position?: Position;
}

export interface IncomingVenue extends Located {
  readonly name: string;
  readonly city?: string;
  readonly country?: string;
  readonly capacity?: number;
}

/** What an edition's organisers published about it: hosts, stages, standings, awards. */
export interface IncomingEdition extends Located {
  readonly competition: CompetitionRef;
  readonly edition: EditionRef;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly hosts: readonly TeamRef[];
  readonly stages: readonly (StageRef & { startDate?: string; endDate?: string })[];
  readonly groups: readonly { stage: StageRef; name: string; teamCount?: number }[];
  readonly participants: readonly { team: TeamRef; performance?: string; matches?: number }[];
  readonly finalStandings: readonly { position: number; team: TeamRef }[];
  readonly publishedGroupStandings: readonly PublishedStanding[];
  readonly awards: readonly { award: string; person: PersonRef; team?: TeamRef; shared: boolean }[];
}

/** A group table row as the source printed it — kept to check computed tables against. */
export interface PublishedStanding {
  readonly stage: StageRef;
  readonly group: string;
  readonly position: number;
  readonly team: TeamRef;
  readonly played: number;
  readonly wins: number;
  readonly draws: number;
  readonly losses: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly points: number;
  readonly advanced: boolean;
}

/** A change to a match already known: its status or conditions (JSON live input). */
export interface IncomingStatusUpdate extends Located {
  readonly date: string;
  readonly team: string;
  readonly status?: MatchStatus;
  readonly statusNote?: string;
  readonly behindClosedDoors?: boolean;
  readonly attendance?: number;
}

/** A competition edition suspended, resumed, abandoned or completed (JSON live input). */
export interface IncomingCompetitionStatus extends Located {
  readonly competition: string;
  readonly season: string;
  readonly status: CompetitionStatus;
  readonly since: string;
  readonly reason?: string;
}

/** Points a league took off a team, as a source notes it (`NB: Everton 8 points deducted for financial reasons`). */
export interface IncomingPointsDeduction extends Located {
  readonly competition: CompetitionRef;
  readonly edition: EditionRef;
  /** The team as the note names it: matched to the table's teams when a table is computed. */
  readonly team: string;
  readonly points: number;
  readonly reason?: string;
}

/** Something worth telling the user that is not an error: a row that could not be used, and why. */
export interface SourceNotice extends Located {
  readonly message: string;
}

export interface SourceBatch {
  readonly format: SourceFormat;
  /** The folder or file the user named. */
  readonly origin: string;
  readonly inputs: readonly SourceInput[];
  readonly teams: readonly IncomingTeam[];
  readonly venues: readonly IncomingVenue[];
  readonly players: readonly IncomingPlayer[];
  readonly squads: readonly IncomingSquadMember[];
  readonly editions: readonly IncomingEdition[];
  readonly matches: readonly IncomingMatch[];
  readonly statusUpdates: readonly IncomingStatusUpdate[];
  /** Only live input carries these. */
  readonly competitionStatuses?: readonly IncomingCompetitionStatus[];
  /** Only Football.TXT notes carry these. */
  readonly pointsDeductions?: readonly IncomingPointsDeduction[];
  readonly notices: readonly SourceNotice[];
}

export function emptyBatch(format: SourceFormat, origin: string): SourceBatch {
  return {
    format,
    origin,
    inputs: [],
    teams: [],
    venues: [],
    players: [],
    squads: [],
    editions: [],
    matches: [],
    statusUpdates: [],
    notices: [],
  };
}

export type ProgressListener = (event: { file: string; done: number; total: number }) => void;

/**
 * One adapter per format. `detect` says whether a path (file or folder) is in this format;
 * `inputFiles` lists what `read` would open; `read` parses it completely or throws a ParseError / ValidationError naming the place.
 */
export interface SourceAdapter {
  readonly format: SourceFormat;
  detect(path: string): Promise<boolean>;
  /** The files `read(path)` would read: hashed first, so a repeat import can skip reading them. */
  inputFiles(path: string): Promise<string[]>;
  read(path: string, onProgress?: ProgressListener): Promise<SourceBatch>;
}
