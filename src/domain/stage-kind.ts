// Normalises the many spellings of a stage name into one StageKind.
import type { StageKind } from './vocabulary.js';

// Checked in order; the first pattern that matches a lower-cased, accent-free name wins.
const STAGE_PATTERNS: readonly (readonly [RegExp, StageKind])[] = [
  [/\b(quali|qualif|qualifying|preliminary)/, 'qualifying'],
  [/\b(third|3rd)[- ]place|match for third/, 'third_place'],
  [/semi[- ]?finals?|halbfinale/, 'semi_final'],
  [/quarter[- ]?finals?|viertelfinale/, 'quarter_final'],
  [/round of 16|achtelfinale|last 16|eighth[- ]finals?/, 'round_of_16'],
  [/round of 32|sechzehntelfinale|last 32/, 'round_of_32'],
  [/\bfinal round\b|finalrunde/, 'final_group'],
  [/second (group )?(stage|round)|2nd group|zwischenrunde/, 'second_group'],
  [/\bleague\b/, 'league_phase'],
  [/\bplay-?offs?\b|knockout round play/, 'playoff'],
  [/\bfinals?\b|\bfinale\b|\bendspiel\b/, 'final'],
  [/\bgroups?\b|\bgruppe\b|group stage|first group/, 'group'],
  [/first round|1st round/, 'first_round'],
];

/**
 * The kind of a stage from its name as a source writes it.
 *
 * @example stageKindOf('quarter-finals') // 'quarter_final'
 * @example stageKindOf('» Sechzehntelfinale') // 'round_of_32'
 */
export function stageKindOf(name: string): StageKind {
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  for (const [pattern, kind] of STAGE_PATTERNS) if (pattern.test(key)) return kind;
  return 'other';
}

/** The usual English name of a stage kind, for display and export. */
export const STAGE_KIND_NAMES: Readonly<Record<StageKind, string>> = {
  qualifying: 'Qualifying',
  group: 'Group stage',
  second_group: 'Second group stage',
  final_group: 'Final round',
  league_phase: 'League phase',
  league: 'League',
  playoff: 'Play-offs',
  first_round: 'First round',
  round_of_32: 'Round of 32',
  round_of_16: 'Round of 16',
  quarter_final: 'Quarter-finals',
  semi_final: 'Semi-finals',
  third_place: 'Match for third place',
  final: 'Final',
  other: 'Other',
};
