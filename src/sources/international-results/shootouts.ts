// shootouts.csv: who won a drawn match on penalties and, from 2000 or so, who kicked first.
import type { Side } from '../../domain/vocabulary.js';
import type { CsvRow } from '../csv/csv-row.js';
import { NA } from './codes.js';
import { sideOf } from './goals.js';

export interface Shootout {
  readonly winner: Side;
  readonly firstKicker?: Side;
}

export function shootoutOf(row: CsvRow): Shootout {
  const firstKicker = row.optional('first_shooter', NA) === undefined ? undefined : sideOf(row, 'first_shooter');
  return { winner: sideOf(row, 'winner'), firstKicker };
}
