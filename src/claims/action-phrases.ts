// What "to …" says the subject did, as a unit of the record book and a test of its rows:
// "score" is a goal that is not an own goal, "score a hat-trick" a player's match with three or more.
import type { ClaimAction } from './claim.js';
import { NUMBER, parseNumber } from './words.js';

export interface ActionReading {
  readonly action: ClaimAction;
  /** Words after the action that it did not account for. */
  readonly rest: string;
}

const NOT_OWN_GOAL = { field: 'ownGoal', op: '=', value: false } as const;

function atLeast(n: number): ClaimAction['predicate'] {
  return { field: 'goals', op: '>=', value: n };
}

interface ActionWords {
  readonly pattern: RegExp;
  readonly make: (found: RegExpExecArray) => ClaimAction | undefined;
}

const PLAYER_ACTIONS: readonly ActionWords[] = [
  { pattern: /^(?:score|scores|scored|net|netted|hit|hits)\s+(?:a\s+)?(?:hat-?\s?tricks?|treble)/i, make: (m) => ({ unit: 'player-match', predicate: atLeast(3), said: m[0] }) },
  { pattern: /^(?:score|scores|scored|net|netted)\s+(?:twice|a brace|two goals)/i, make: (m) => ({ unit: 'player-match', predicate: atLeast(2), said: m[0] }) },
  { pattern: /^(?:score|scores|scored|net|netted)\s+(?:a\s+)?(?:poker|haul of four)/i, make: (m) => ({ unit: 'player-match', predicate: atLeast(4), said: m[0] }) },
  {
    pattern: new RegExp(`^(?:score|scores|scored|net|netted)\\s+(?:at least\\s+)?(${NUMBER})(?:\\s+or\\s+more)?(?:\\s+goals)?(?![\\w-])`, 'i'),
    make: (m) => {
      const n = parseNumber(m[1] ?? '');
      return n !== undefined && n >= 2 ? { unit: 'player-match', predicate: atLeast(n), said: m[0] } : undefined;
    },
  },
  {
    pattern: /^(?:score|scores|scored|convert|converted)\s+(?:a|from the)\s+(?:penalty|spot[- ]kick)/i,
    make: (m) => ({ unit: 'goal', predicate: { all: [NOT_OWN_GOAL, { field: 'penalty', op: '=', value: true }] }, said: m[0] }),
  },
  { pattern: /^(?:score|scores|scored|net|nets|netted|find the net|get on the scoresheet)(?:\s+(?:a\s+)?goal)?(?![\w-])/i, make: (m) => ({ unit: 'goal', predicate: NOT_OWN_GOAL, said: m[0] }) },
  { pattern: /^(?:play|plays|played|appear|appeared|feature|featured)(?:\s+(?:in\s+)?(?:a\s+)?(?:match|game))?(?![\w-])/i, make: (m) => ({ unit: 'player-match', requires: ['lineups'], said: m[0] }) },
];

const TEAM_ACTIONS: readonly ActionWords[] = [
  // "win the World Cup" reaches here as "win the title" (idioms.ts): an edition won, not a match.
  { pattern: /^(?:win|wins|won|lift|lifts|lifted)\s+the\s+title(?![\w-])/i, make: (m) => ({ unit: 'team-edition', predicate: { field: 'champion', op: '=', value: true }, requires: ['stages'], said: m[0] }) },
  { pattern: /^(?:win|wins|won)(?:\s+(?:a\s+)?(?:match|game))?(?![\w-])/i, make: (m) => ({ unit: 'team-match', predicate: { field: 'result', op: '=', value: 'win' }, said: m[0] }) },
  { pattern: /^(?:keep|kept)\s+a\s+clean\s+sheet/i, make: (m) => ({ unit: 'team-match', predicate: { field: 'cleanSheet', op: '=', value: true }, said: m[0] }) },
];

/**
 * The action of "the oldest player to score a hat-trick": for players or for teams.
 *
 * @example readAction('score a hat-trick', 'player')?.action.predicate // { field: 'goals', op: '>=', value: 3 }
 */
export function readAction(text: string, who: 'player' | 'team'): ActionReading | undefined {
  const t = text.trim();
  for (const words of who === 'player' ? PLAYER_ACTIONS : TEAM_ACTIONS) {
    const found = words.pattern.exec(t);
    if (!found) continue;
    const action = words.make(found);
    if (action) return { action, rest: t.slice(found[0].length).trim() };
  }
  return undefined;
}

/** The action a noun implies: a "scorer" scored, a "hat-trick scorer" scored three. */
export function actionOfNoun(noun: string): ClaimAction | undefined {
  const n = noun.toLowerCase();
  if (/hat-?\s?trick/.test(n)) return { unit: 'player-match', predicate: atLeast(3), said: noun };
  if (/scorer/.test(n)) return { unit: 'goal', predicate: NOT_OWN_GOAL, said: noun };
  return undefined;
}
