// The shape of a computed table: rows in order, each saying why it is above the next.
import type { ExcludedMatch } from './counted-matches.js';
import type { Criterion } from './criteria.js';
import type { Separation } from './separation.js';
import type { TableRules } from './table-rules.js';

export interface SeparatedFrom {
  /** The team directly below. */
  readonly team: string;
  /** The criterion that decided; for an outside order or an undecided place, the one the ranking stopped at. */
  readonly criterion: Criterion;
  readonly decidedBy: Separation['kind'];
  /** "ahead of Senegal on fair-play points, −4 to −6". */
  readonly text: string;
}

export interface TableRow {
  readonly position: number;
  readonly team: string;
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly goalDifference: number;
  /** After any deduction. */
  readonly points: number;
  /** Points the league took off this team, when it did. */
  readonly deducted?: number;
  /** Present when a season cut short was ranked on points per game. */
  readonly pointsPerGame?: number;
  /** Present when the rules use goal average; undefined value when 0 scored and 0 conceded. */
  readonly goalAverage?: number;
  /** Present when the rules use fair-play points and every counted match has bookings. */
  readonly fairPlay?: number;
  readonly disciplinaryPoints?: number;
  /** Present when the rules use away goals or away wins. */
  readonly awayGoalsFor?: number;
  readonly awayWins?: number;
  /** The band of places this row is in (`round of 16`), when the rules define zones. */
  readonly zone?: string;
  /** Absent on the last row. */
  readonly separatedFrom?: SeparatedFrom;
  /** True when nothing — no criterion, no given order — placed this team above the next. */
  readonly undecided?: boolean;
}

export interface Table {
  readonly rules: TableRules;
  readonly rows: readonly TableRow[];
  /** What a reader should know: matches not counted, play-offs, undecided places. */
  readonly notes: readonly string[];
  readonly excluded: readonly ExcludedMatch[];
}
