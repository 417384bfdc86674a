// What a Football.TXT header's title means: the competition, its kind, and who plays at home.
import type { CompetitionRef } from '../../domain/match-data.js';

/** How a competition's matches say whether they are neutral. */
export type NeutralPolicy = 'host' | 'final-only' | 'unknown';

interface KnownCompetition {
  readonly title: RegExp;
  /** The title the writer puts in the header. */
  readonly written: string;
  readonly ref: CompetitionRef;
  readonly neutral: NeutralPolicy;
}

const KNOWN: readonly KnownCompetition[] = [
  {
    title: /^(fifa )?world cup$/i,
    written: 'World Cup',
    ref: { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' },
    neutral: 'host',
  },
  {
    title: /^(fifa )?women'?s world cup$/i,
    written: "Women's World Cup",
    ref: { name: "FIFA Women's World Cup", sex: 'women', kind: 'international_tournament' },
    neutral: 'host',
  },
  ...['Champions League', 'Europa League', 'Conference League', 'Europa Conference League'].map(
    (name): KnownCompetition => ({
      title: new RegExp(`^(uefa )?${name}$`, 'i'),
      written: `UEFA ${name}`,
      ref: { name: `UEFA ${name}`, sex: 'men', kind: 'cup' },
      neutral: 'final-only',
    }),
  ),
];

export interface CompetitionReading {
  readonly competition: CompetitionRef;
  readonly neutral: NeutralPolicy;
}

/**
 * The competition a header title names; unknown titles keep their name, with the kind guessed
 * from it (see kindOf).
 */
export function competitionOf(title: string): CompetitionReading {
  const known = KNOWN.find((k) => k.title.test(title));
  if (known) return { competition: known.ref, neutral: known.neutral };
  const sex = /\b(women|frauen|feminin|féminine|ladies)/i.test(title) ? 'women' : 'men';
  return { competition: { name: title, sex, kind: kindOf(title) }, neutral: 'unknown' };
}

/**
 * National-team tournaments, then cups and play-offs (knockout by name), then leagues. A league
 * file's rounds are one table; a wrong `league` would merge a tournament's rounds, so only titles
 * without a tournament or cup word are leagues.
 */
function kindOf(title: string): CompetitionRef['kind'] {
  if (/\b(euro|european championship|nations league|copa am[eé]rica|gold cup|asian cup|africa cup|african cup|nations cup|olympics?)\b/i.test(title)) {
    return 'international_tournament';
  }
  if (/\b(cup|pokal|copa|coupe|coppa|beker|taça|trophy|shield|play-?offs?|play-?outs?|qualif\w*)\b/i.test(title)) return 'cup';
  return 'league';
}

/** The title the writer puts in the header for a competition. */
export function titleOf(competition: CompetitionRef): string {
  return KNOWN.find((k) => k.ref.name === competition.name)?.written ?? competition.name;
}

export function neutralPolicyOf(competition: CompetitionRef): NeutralPolicy {
  return competitionOf(titleOf(competition)).neutral;
}
