// Match identity in this source: date, home team and away team, which is almost but not quite unique.
import type { CsvRow } from '../csv/csv-row.js';

/** The join key by which goalscorers.csv and shootouts.csv name a match of results.csv. */
export function keyOf(row: CsvRow): string {
  return `${row.text('date')}/${row.text('home_team')}/${row.text('away_team')}`;
}

/**
 * Hands out source keys: the join key itself, then `#2`, `#3` for further matches with the same key
 * (Tahiti played New Caledonia twice on 1974-02-17).
 */
export class MatchKeys {
  private readonly seen = new Map<string, number>();

  next(key: string): string {
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  }

  /** How many matches share a join key. */
  count(key: string): number {
    return this.seen.get(key) ?? 0;
  }
}
