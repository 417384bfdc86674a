// Entries no fact-checker would accept as they stand: an 87-year-old scoring at a World Cup is two
// players of one name joined by the data, not a record. They are set aside, and the answer says so.
import { PLAYING_AGE } from '../domain/age.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import type { RecordEntry } from '../records/engine/fact.js';

/** Ages at which a player in a senior match is believable, in whole years: the domain's playing age. */
export const PLAUSIBLE_AGE = PLAYING_AGE;

/** Why the entry cannot be right, or undefined when it can. */
export function implausible(definition: RecordDefinition, entry: RecordEntry): string | undefined {
  if (definition.measure.kind !== 'age') return undefined;
  const years = Math.floor(entry.amount / 1000);
  if (years > PLAUSIBLE_AGE.max || years < PLAUSIBLE_AGE.min) {
    return `${entry.subject.name} at ${entry.value} (${entry.date}, match ${entry.matchId}) is set aside: an age outside ${PLAUSIBLE_AGE.min}–${PLAUSIBLE_AGE.max} years in a match means the data has joined two players of the same name (check with \`matchfacts player "${entry.subject.name}"\`)`;
  }
  return undefined;
}

/** The entries split into those kept and the notes on those set aside. */
export function setAsideImplausible(definition: RecordDefinition, entries: readonly RecordEntry[]): { kept: RecordEntry[]; setAside: RecordEntry[]; notes: string[] } {
  const kept: RecordEntry[] = [];
  const setAside: RecordEntry[] = [];
  const notes: string[] = [];
  for (const entry of entries) {
    const why = implausible(definition, entry);
    if (why) {
      setAside.push(entry);
      notes.push(why);
    } else kept.push(entry);
  }
  return { kept, setAside, notes };
}
