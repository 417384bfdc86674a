// A record's progression — every time its value moved — kept in pages of a fixed size. A career
// record moves with nearly every match its leader plays, so its progression grows into the
// thousands; kept as one value, each move would rewrite (and journal) the whole history. In pages,
// a move rewrites only the last page.
import type { RecordEntry } from './fact.js';

/** Entries per stored page. */
export const PROGRESSION_PAGE = 64;

const COUNT_KEY = '#count';
const pageKey = (page: number): string => `p${page}`;

/** Reads a key of a book's `progression` part. */
export type ProgressionReader = <T>(key: string) => T | undefined;

/**
 * Appends the holder after an instant. Matches of one instant move the record together, so an
 * entry of the same day from another match is replaced: the holder after the instant is what counts.
 */
export function appendProgression(get: ProgressionReader, set: (key: string, value: unknown) => void, entry: RecordEntry): void {
  const count = get<number>(COUNT_KEY) ?? 0;
  const lastKey = pageKey(Math.floor((count - 1) / PROGRESSION_PAGE));
  const lastPage = count === 0 ? [] : (get<RecordEntry[]>(lastKey) ?? []);
  const latest = lastPage[lastPage.length - 1];
  if (latest && latest.date === entry.date && latest.matchId !== entry.matchId) {
    set(lastKey, [...lastPage.slice(0, -1), entry]);
    return;
  }
  // A full last page is left as it is: the entry opens the next one.
  if (count % PROGRESSION_PAGE === 0) set(pageKey(count / PROGRESSION_PAGE), [entry]);
  else set(lastKey, [...lastPage, entry]);
  set(COUNT_KEY, count + 1);
}

/** The whole progression, oldest first. */
export function readProgression(get: ProgressionReader): RecordEntry[] {
  const count = get<number>(COUNT_KEY) ?? 0;
  const entries: RecordEntry[] = [];
  for (let page = 0; page * PROGRESSION_PAGE < count; page++) entries.push(...(get<RecordEntry[]>(pageKey(page)) ?? []));
  return entries;
}
