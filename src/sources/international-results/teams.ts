// The national teams of results.csv, with the former names of former_names.csv as dated aliases.
import type { IncomingTeam, TeamAlias } from '../source-batch.js';
import type { CsvRow } from '../csv/csv-row.js';

/**
 * One team per name in results.csv (which writes the current name: Benin, not Dahomey), placed at
 * the line it first appears; former_names.csv adds aliases and the few teams it names alone.
 */
export function readTeams(resultRows: readonly CsvRow[], formerNameRows: readonly CsvRow[]): IncomingTeam[] {
  const firstSeen = new Map<string, CsvRow>();
  for (const row of resultRows) {
    for (const field of ['home_team', 'away_team']) {
      const name = row.text(field);
      if (!firstSeen.has(name)) firstSeen.set(name, row);
    }
  }
  const aliases = new Map<string, TeamAlias[]>();
  for (const row of formerNameRows) {
    const current = row.required('current');
    if (!firstSeen.has(current)) firstSeen.set(current, row);
    const alias: TeamAlias = { name: row.required('former'), from: row.date('start_date'), to: row.date('end_date') };
    aliases.set(current, [...(aliases.get(current) ?? []), alias]);
  }
  return [...firstSeen].map(([name, row]) => ({
    sourceKey: name,
    file: row.file,
    line: row.line,
    team: { name },
    national: true,
    aliases: aliases.get(name) ?? [],
  }));
}
