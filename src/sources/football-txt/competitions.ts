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
 * from it (`Cup`, `Pokal`, `Copa` are cups, anything else a league).
 */
export function competitionOf(title: string): CompetitionReading {
  const known = KNOWN.find((k) => k.title.test(title));
  if (known) return { competition: known.ref, neutral: known.neutral };
  const sex = /\b(women|frauen|feminin|féminine|ladies)/i.test(title) ? 'women' : 'men';
  const kind = /\b(cup|pokal|copa|coupe|coppa|beker|taça|trophy)\b/i.test(title) ? 'cup' : 'league';
  return { competition: { name: title, sex, kind }, neutral: 'unknown' };
}

/** The title the writer puts in the header for a competition. */
export function titleOf(competition: CompetitionRef): string {
  return KNOWN.find((k) => k.ref.name === competition.name)?.written ?? competition.name;
}

export function neutralPolicyOf(competition: CompetitionRef): NeutralPolicy {
  return competitionOf(titleOf(competition)).neutral;
}
