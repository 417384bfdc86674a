// The shapes the pages read from the matchfacts API (the same JSON as the CLI's --json output).

export type Pair = [number, number];

export interface TeamRef {
  id: number;
  name: string;
}

export interface Score {
  halfTime?: Pair | null;
  fullTime?: Pair | null;
  extraTime?: Pair | null;
  penalties?: Pair | null;
  shootoutWinner?: 'home' | 'away' | null;
}

export interface Goal {
  team: string;
  side: 'home' | 'away';
  scorer: string | null;
  playerId: number | null;
  minute: number | null;
  stoppage: number | null;
  period: string | null;
  penalty: boolean;
  ownGoal: boolean;
  text: string;
}

export interface MatchSource {
  format: string;
  key: string;
  file?: string;
  line?: number;
}

export interface Match {
  id: number;
  text: string;
  competition: string;
  season: string | null;
  stage: string | null;
  stageKind: string | null;
  group: string | null;
  date: string;
  time: string | null;
  home: TeamRef;
  away: TeamRef;
  scoreLine: string | null;
  score: Score | null;
  status: string;
  statusNote: string | null;
  behindClosedDoors: boolean | null;
  attendance: number | null;
  venue: string | null;
  city: string | null;
  country: string | null;
  neutral: boolean | null;
  goals: Goal[];
  goalsKnown: boolean;
  sources: MatchSource[];
}

export interface Subject {
  kind: string;
  key: string;
  id?: number | null;
  name: string;
  team?: string;
}

export interface RecordEntry {
  subject: Subject;
  amount: number;
  value: string;
  matchId: number | null;
  date: string | null;
  team?: string | null;
  opponent?: string | null;
  edition?: string | null;
  goalIds?: number[];
}

export interface Fact {
  id: string;
  kind: string;
  definitionId: string;
  title: string;
  book: string;
  matchId: number;
  date: string;
  subject: Subject;
  value: string;
  previous: RecordEntry[];
  text: string;
  score: number;
  coverage: { complete: boolean; notes: string[] };
  proof: { before: RecordEntry[]; after: RecordEntry[]; query?: Record<string, unknown> };
}

export interface MatchFacts {
  match?: { id: number; text: string; date: string; home: string; away: string; competition: string };
  facts: Fact[];
}

export interface StorySentence {
  kind: string;
  text: string;
  sources: { facts: string[]; match: string[] };
}

export interface Story {
  matchId: number;
  date: string;
  kind: string;
  headline: StorySentence;
  standfirst: StorySentence;
  paragraphs: StorySentence[][];
}

export interface TieLeg {
  matchId?: number | null;
  id?: number | null;
  date: string;
  home: string;
  away: string;
  scoreLine: string | null;
  score?: Score | null;
  status?: string;
}

export interface Tie {
  text: string;
  stage: string;
  stageKind: string;
  teams: [string, string];
  format: string;
  legs: TieLeg[];
  aggregate: Pair | null;
  awayGoals?: Pair | null;
  winner: string | null;
  loser?: string | null;
  decidedBy: string | null;
  status: string;
  warnings: string[];
  next?: { winner: string; stage: string; opponent: string | null; date: string | null } | null;
}

export interface BracketTie {
  teams: [string, string];
  text: string;
  winner: string | null;
  status: string;
  decidedBy: string | null;
  aggregate: Pair | null;
  legs: TieLeg[];
  next?: { stage: number; tie: number } | null;
  warnings: string[];
}

export interface Bracket {
  competition: string;
  season: string;
  champion: string | null;
  stages: { stage: string; kind: string; ties: BracketTie[] }[];
}

export interface TableRow {
  position: number;
  team: string;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  goalsFor: number;
  goalsAgainst: number;
  goalDifference: number;
  points: number;
  fairPlay?: number | null;
  /** Points the league took off this team. */
  deducted?: number | null;
  /** The band this place leads to (`round of 16`), when the competition has bands. */
  zone?: string | null;
  text: string | null;
}

export interface Table {
  competition: string;
  season: string;
  stage: string;
  group: string | null;
  asOf: string | null;
  rules: {
    id: string;
    source: string;
    pointsForWin: number;
    pointsForDraw: number;
    criteria: string[];
    zones?: { from: number; to: number; label: string }[];
  };
  rows: TableRow[];
}

export interface PlayerGoalsByEdition {
  competition: string;
  season: string;
  goals: number;
  penalties: number;
  ownGoals: number;
}

export interface PlayerGoal {
  date: string;
  competition: string;
  season: string;
  match: string;
  matchId?: number | null;
  minute: number | null;
  stoppage: number | null;
  penalty: boolean;
  ownGoal: boolean;
}

export interface Player {
  id: number;
  name: string;
  givenName: string | null;
  familyName: string | null;
  birthDate: string | null;
  sex: string | null;
  positions: string[];
  teams: string[];
  knownAs: string[];
  goals: PlayerGoalsByEdition[];
  goalList: PlayerGoal[];
}

export interface RecordBookEntry {
  definitionId: string;
  title: string;
  book: string;
  since: string | null;
  coverage?: { gaps?: Record<string, number>; unmeasured?: number; examples?: unknown[] };
  holders: RecordEntry[];
  places: RecordEntry[];
  history?: RecordEntry[];
}

export interface ClaimVerdict {
  text: string;
  claim: string;
  verdict: 'true' | 'false' | 'unverifiable';
  statement: string | null;
  reason: string | null;
  proof: { role: string; text: string; matchIds?: number[]; definitionId?: string }[];
  notes: string[];
}

export interface CompetitionEdition {
  id: number;
  competitionId: number;
  competition: string;
  season: string;
  sex?: string;
  kind?: string;
  startYear?: number;
  endYear?: number;
  matches?: number;
}

export interface CompetitionList {
  competitions: CompetitionEdition[];
}
