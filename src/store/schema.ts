// The tables of the matchfacts store, as Kysely types. Portable SQL only: booleans are 0/1
// integers and dates ISO text, so SQLite and PostgreSQL share every query.
import type { Generated } from 'kysely';

type Flag = 0 | 1;

export interface SourceFileTable {
  id: number;
  format: string;
  path: string;
  sha256: string;
  rows: number;
  imported_at: string;
}

export interface CompetitionTable {
  id: number;
  name: string;
  name_key: string;
  sex: string;
  kind: string;
}

export interface EditionTable {
  id: number;
  competition_id: number;
  name: string;
  start_year: number;
  end_year: number;
  start_date: string | null;
  end_date: string | null;
  source_file_id: number;
}

export interface StageTable {
  id: number;
  edition_id: number;
  name: string;
  stage_key: string;
  kind: string;
  ordinal: number | null;
  start_date: string | null;
  end_date: string | null;
}

export interface EditionGroupTable {
  id: number;
  stage_id: number;
  name: string;
  team_count: number | null;
}

export interface TeamTable {
  id: number;
  name: string;
  national: Flag;
  code: string | null;
  confederation: string | null;
  region: string | null;
  source_file_id: number;
}

export interface TeamAliasTable {
  id: number;
  team_id: number;
  alias: string;
  alias_key: string;
  valid_from: string | null;
  valid_to: string | null;
  source_file_id: number | null;
}

export interface VenueTable {
  id: number;
  name: string;
  city: string | null;
  country: string | null;
  capacity: number | null;
  source_file_id: number;
}

export interface PlayerTable {
  id: number;
  name: string;
  given_name: string | null;
  family_name: string | null;
  birth_date: string | null;
  sex: string | null;
  positions: string | null;
  source_file_id: number;
}

/** Every name and source id under which a player is known, per team: how identity is decided. */
export interface PlayerNameTable {
  id: number;
  player_id: number;
  team_id: number | null;
  name: string;
  name_key: string;
  source_file_id: number | null;
}

export interface PlayerSourceIdTable {
  player_id: number;
  format: string;
  source_id: string;
}

export interface SquadMemberTable {
  id: number;
  edition_id: number;
  team_id: number;
  player_id: number;
  shirt_number: number | null;
  position: string | null;
  source_file_id: number;
}

export interface MatchTable {
  id: number;
  edition_id: number;
  stage_id: number | null;
  group_name: string | null;
  /** The round inside the stage (`Matchday 12`), where the source names one. */
  round: string | null;
  date: string;
  time: string | null;
  utc_offset: string | null;
  venue: string | null;
  city: string | null;
  country: string | null;
  home_team_id: number;
  away_team_id: number;
  home_name: string;
  away_name: string;
  neutral: Flag | null;
  ht_home: number | null;
  ht_away: number | null;
  ft_home: number | null;
  ft_away: number | null;
  et_home: number | null;
  et_away: number | null;
  pen_home: number | null;
  pen_away: number | null;
  result_only: Flag;
  shootout_winner: string | null;
  shootout_first: string | null;
  status: string;
  status_note: string | null;
  behind_closed_doors: Flag | null;
  attendance: number | null;
  match_number: number | null;
  replay: Flag;
  notes: string | null;
  /** 1 when the goals rows are the complete list of the match's goals with scorers as known. */
  goals_known: Flag;
  source_file_id: number;
}

/** Each source that described a match, with its own key and line: provenance of the match. */
export interface MatchSourceTable {
  id: number;
  match_id: number;
  format: string;
  source_key: string;
  source_file_id: number;
  line: number | null;
  /** Hash of the match as this source described it: a re-import with a different hash is a correction. */
  content_hash: string;
}

export interface GoalTable {
  id: number;
  match_id: number;
  seq: number;
  side: string;
  team_id: number;
  player_id: number | null;
  scorer_name: string | null;
  minute: number | null;
  stoppage: number | null;
  period: string | null;
  penalty: Flag;
  own_goal: Flag;
  source_file_id: number;
}

export interface ShootoutKickTable {
  id: number;
  match_id: number;
  seq: number;
  side: string;
  team_id: number;
  player_id: number | null;
  taker_name: string | null;
  converted: Flag;
  source_file_id: number;
}

export interface BookingTable {
  id: number;
  match_id: number;
  side: string;
  team_id: number;
  player_id: number | null;
  player_name: string;
  minute: number | null;
  stoppage: number | null;
  period: string | null;
  card: string;
  source_file_id: number;
}

export interface SubstitutionTable {
  id: number;
  match_id: number;
  side: string;
  team_id: number;
  player_id: number | null;
  player_name: string;
  minute: number | null;
  stoppage: number | null;
  period: string | null;
  direction: string;
  source_file_id: number;
}

export interface EditionTeamTable {
  id: number;
  edition_id: number;
  team_id: number;
  role: string;
  performance: string | null;
  matches: number | null;
  position: number | null;
  source_file_id: number;
}

export interface PublishedStandingTable {
  id: number;
  edition_id: number;
  stage_kind: string;
  stage_name: string;
  group_name: string;
  position: number;
  team_id: number;
  played: number;
  wins: number;
  draws: number;
  losses: number;
  goals_for: number;
  goals_against: number;
  points: number;
  advanced: Flag;
  source_file_id: number;
}

export interface AwardTable {
  id: number;
  edition_id: number;
  award: string;
  player_id: number | null;
  player_name: string;
  team_id: number | null;
  shared: Flag;
  source_file_id: number;
}

/** A value two sources disagree on: the first stays, the other is kept here. */
export interface ConflictTable {
  id: number;
  entity: string;
  entity_id: number;
  field: string;
  kept_value: string | null;
  kept_source_file_id: number | null;
  other_value: string | null;
  other_source_file_id: number;
  other_location: string | null;
}

/** A value filled in by a later source where the first had none. */
export interface ProvenanceTable {
  id: number;
  entity: string;
  entity_id: number;
  field: string;
  source_file_id: number;
}

export interface NoticeTable {
  id: number;
  source_file_id: number;
  location: string;
  message: string;
}

/** A competition edition's state over time: `suspended` since a date, for a reason; `active` again later. */
export interface CompetitionStatusTable {
  id: number;
  edition_id: number;
  status: string;
  since: string;
  reason: string | null;
  recorded_at: string;
}

/** One fact of the record book: what a match did to one record, as JSON (`Fact`). */
export interface RecordFactTable {
  id: string;
  match_id: number;
  definition_id: string;
  kind: string;
  date: string;
  score: number;
  body: string;
}

/** The record engine's state, one value per book, part and key (JSON). */
export interface RecordStateTable {
  book: string;
  part: string;
  key: string;
  value: string;
}

/** A write token of the HTTP service: its SHA-256, never the token itself. */
export interface ApiTokenTable {
  id: Generated<number>;
  name: string;
  hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A write the HTTP service announced on `/events`, kept so a reconnecting client misses nothing. */
export interface ApiEventTable {
  id: Generated<number>;
  kind: string;
  match_id: number | null;
  body: string;
  recorded_at: string;
}

export interface RecordMetaTable {
  key: string;
  value: string;
}

export interface Database {
  source_file: SourceFileTable;
  competition: CompetitionTable;
  edition: EditionTable;
  stage: StageTable;
  edition_group: EditionGroupTable;
  team: TeamTable;
  team_alias: TeamAliasTable;
  venue: VenueTable;
  player: PlayerTable;
  player_name: PlayerNameTable;
  player_source_id: PlayerSourceIdTable;
  squad_member: SquadMemberTable;
  match: MatchTable;
  match_source: MatchSourceTable;
  goal: GoalTable;
  shootout_kick: ShootoutKickTable;
  booking: BookingTable;
  substitution: SubstitutionTable;
  edition_team: EditionTeamTable;
  published_standing: PublishedStandingTable;
  award: AwardTable;
  conflict: ConflictTable;
  provenance: ProvenanceTable;
  notice: NoticeTable;
  competition_status: CompetitionStatusTable;
  record_fact: RecordFactTable;
  record_state: RecordStateTable;
  record_meta: RecordMetaTable;
  api_token: ApiTokenTable;
  api_event: ApiEventTable;
}

