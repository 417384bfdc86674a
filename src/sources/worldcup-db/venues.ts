// stadiums.csv: the venues of every World Cup match.
import type { IncomingVenue } from '../source-batch.js';
import type { CsvRow } from '../csv/csv-row.js';
import { located } from './rows.js';

export function readVenues(rows: readonly CsvRow[]): IncomingVenue[] {
  return rows.map((row) => ({
    ...located(row, row.required('stadium_id')),
    name: row.required('stadium_name'),
    city: row.required('city_name'),
    country: row.required('country_name'),
    capacity: row.int('stadium_capacity'),
  }));
}
