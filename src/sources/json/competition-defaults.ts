// Defaults for a competition typed by name only: whose it is (men / women) and what kind it is.
import type { CompetitionRef } from '../../domain/match-data.js';
import type { CompetitionKind, Sex } from '../../domain/vocabulary.js';
import type { MatchInput } from './schema.js';

// Checked in order against the lower-cased name; the first match wins, otherwise 'cup'.
const KIND_PATTERNS: readonly (readonly [RegExp, CompetitionKind])[] = [
  [/\bclub\b|\bchampions\b|\beuropa\b|\bconference league\b|libertadores|sudamericana/, 'cup'],
  [/world cup|\beuro\b|european championship|copa am[eé]rica|nations league|asian cup|africa cup|gold cup|olympic|confederations cup/, 'international_tournament'],
  [/\bleague\b|\bliga\b|bundesliga|serie a|ligue 1|eredivisie|premiership|division/, 'league'],
];

/**
 * The kind of a competition from its name, when the user does not say.
 *
 * @example competitionKindOf('UEFA Champions League') // 'cup'
 * @example competitionKindOf('FIFA World Cup') // 'international_tournament'
 */
export function competitionKindOf(name: string): CompetitionKind {
  const key = name.toLowerCase();
  for (const [pattern, kind] of KIND_PATTERNS) if (pattern.test(key)) return kind;
  return 'cup';
}

/** 'women' when the name says so (`FIFA Women's World Cup`), else 'men'. */
export function competitionSexOf(name: string): Sex {
  return /\bwomen|\bfeminin|\bfrauen/i.test(name) ? 'women' : 'men';
}

/** The full competition reference, with defaults filled in. */
export function competitionRefOf(input: MatchInput['competition']): CompetitionRef {
  const { name, sex, kind } = typeof input === 'string' ? { name: input, sex: undefined, kind: undefined } : input;
  return { name, sex: sex ?? competitionSexOf(name), kind: kind ?? competitionKindOf(name) };
}
