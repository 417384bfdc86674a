// How a full rebuild splits between two threads. Books never mix competitions unless a definition
// keeps one book over several (an international record over every tournament): competitions tied
// so go to the same thread, and the groups are dealt out by their matches so the threads finish
// together. Each thread then takes its competitions' matches in time order and builds their books
// exactly as one thread would, but for one thing: how a day is taken in (kick-off by kick-off, or
// whole) depends on all of its matches, so that is decided for every day first, from all of them.
import type { CountedDay, StoredCompetition } from '../../store/record-book/storage.js';
import { compiledOnce } from '../engine/record-book.js';
import { recordCompetitionOf } from '../engine/read-record-matches.js';
import { dayModeOf, type DayMode } from '../engine/instants.js';
import type { RecordDefinition } from '../definitions/schema.js';

export interface RebuildSplit {
  /** The competitions this thread rebuilds. */
  readonly here: readonly number[];
  /** The competitions the other thread rebuilds. */
  readonly there: readonly number[];
  /** Their matches, as the split counted them (see `RebuildInParts.matchesByCompetition`). */
  readonly hereMatches: number;
  readonly thereMatches: number;
}

/** Below this share of the matches on the lighter side, a second thread costs more than it saves. */
const LEAST_SHARE = 0.15;

/**
 * The work only this thread does once its part is built, as a share of all the matches' work: it
 * copies the other thread's part in and commits the whole book. Measured on the yardstick rebuild
 * at 1,000,000 matches: about 2 s of that against 60 s of taking in matches over both threads.
 * Split evenly, this thread finished 0.4–3.4 s after the other; given 7% less, 2.7 s before it.
 */
const FIRST_THREAD_EXTRA = 0.03;

/**
 * The split, or undefined where the books cannot be split so that each thread has a fair share
 * (one book over every competition, or one competition with most of the matches).
 */
export function splitRebuild(definitions: readonly RecordDefinition[], competitions: readonly StoredCompetition[], matches: ReadonlyMap<number, number>): RebuildSplit | undefined {
  const parent = new Map<number, number>();
  const root = (id: number): number => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    parent.set(id, at);
    return at;
  };
  const withMatches = competitions.filter((c) => (matches.get(c.id) ?? 0) > 0);
  for (const c of withMatches) parent.set(c.id, c.id);
  // A book two competitions share ties them.
  for (const compiled of compiledOnce(definitions)) {
    if (compiled.refused) continue;
    const firstOfBook = new Map<string, number>();
    for (const competition of withMatches) {
      const book = compiled.scope.bookOfCompetition(recordCompetitionOf(competition));
      if (!book) continue;
      const first = firstOfBook.get(book.stateKey);
      if (first === undefined) firstOfBook.set(book.stateKey, competition.id);
      else parent.set(root(competition.id), root(first));
    }
  }
  const groups = new Map<number, { ids: number[]; matches: number }>();
  for (const c of withMatches) {
    const at = root(c.id);
    const group = groups.get(at) ?? { ids: [], matches: 0 };
    group.ids.push(c.id);
    group.matches += matches.get(c.id) ?? 0;
    groups.set(at, group);
  }
  const total = [...groups.values()].reduce((sum, group) => sum + group.matches, 0);
  // Largest first, each to the side with less to do: this thread starts with the work only it does.
  const sides = [
    { ids: [] as number[], matches: 0, load: total * FIRST_THREAD_EXTRA },
    { ids: [] as number[], matches: 0, load: 0 },
  ];
  for (const group of [...groups.values()].sort((a, b) => b.matches - a.matches || (a.ids[0] ?? 0) - (b.ids[0] ?? 0))) {
    const lighter = sides[0]!.load <= sides[1]!.load ? sides[0]! : sides[1]!;
    lighter.ids.push(...group.ids);
    lighter.matches += group.matches;
    lighter.load += group.matches;
  }
  const [here, there] = sides as [(typeof sides)[number], (typeof sides)[number]];
  if (total === 0 || Math.min(here.matches, there.matches) < total * LEAST_SHARE) return undefined;
  return { here: here.ids.sort((a, b) => a - b), there: there.ids.sort((a, b) => a - b), hereMatches: here.matches, thereMatches: there.matches };
}

/**
 * How each day is taken in, decided from all of its counted matches: a day the store gives no
 * kick-offs for has them all in the usual shape on a calendar date (see `CountedDay`), so it is
 * `timed`; any other is judged from its kick-offs as `RecordBook.addDay` would judge them.
 * Returned as the days that are not `timed`.
 */
export function dayModes(days: readonly CountedDay[]): Map<string, DayMode> {
  const modes = new Map<string, DayMode>();
  for (const day of days) {
    if (!day.kickOffs) continue;
    const mode = dayModeOf(day.kickOffs);
    if (mode !== 'timed') modes.set(day.date, mode);
  }
  return modes;
}
