// martj42/international_results: every men's international since 1872, read into one SourceBatch.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../../domain/errors.js';
import type { GoalData } from '../../domain/match-data.js';
import type { IncomingMatch, ProgressListener, SourceAdapter, SourceBatch, SourceNotice } from '../source-batch.js';
import { type CsvTable, readCsv } from '../worldcup-db/csv.js';
import type { CsvRow } from '../worldcup-db/csv-row.js';
import { FILES, FORMAT, type ResultsFile } from './codes.js';
import { checkGoalCount, goalOf, goalsOf } from './goals.js';
import { joinKey, MatchKeys } from './match-keys.js';
import { matchOf } from './results.js';
import { type Shootout, shootoutOf } from './shootouts.js';
import { readTeams } from './teams.js';

/**
 * Reads a folder holding results.csv, goalscorers.csv, shootouts.csv and former_names.csv.
 *
 * @example const batch = await internationalResultsAdapter.read('../shared/data/international-results');
 */
export const internationalResultsAdapter: SourceAdapter = {
  format: FORMAT,

  async detect(path: string): Promise<boolean> {
    const found = await Promise.all(['results.csv', 'goalscorers.csv'].map((name) => isFile(join(path, name))));
    return found.every(Boolean);
  },

  async read(path: string, onProgress?: ProgressListener): Promise<SourceBatch> {
    if (!(await internationalResultsAdapter.detect(path))) throw new UsageError(`${path}: not an international-results folder (no results.csv, goalscorers.csv)`);
    const tables = await readTables(path, onProgress);
    const notices: SourceNotice[] = [];
    const keys = new MatchKeys();
    const results = tables['results.csv'].rows.map((row) => {
      const key = joinKey(row.text('date'), row.text('home_team'), row.text('away_team'));
      return { row, key, sourceKey: keys.next(key), match: matchOf(row) };
    });
    const findMatch = (row: CsvRow, what: string): string | undefined => {
      const key = joinKey(row.text('date'), row.text('home_team'), row.text('away_team'));
      const count = keys.count(key);
      if (count === 1) return key;
      const reason = count === 0 ? 'results.csv has no such match' : `results.csv has ${count} matches with this date and teams`;
      notices.push({ sourceKey: key, file: row.file, line: row.line, message: `${what} not attached: ${reason}` });
      return undefined;
    };

    const goals = new Map<string, GoalData[]>();
    for (const row of tables['goalscorers.csv'].rows) {
      const goal = goalOf(row);
      const key = findMatch(row, 'goal');
      if (key === undefined) continue;
      const list = goals.get(key);
      if (list === undefined) goals.set(key, [goal]);
      else list.push(goal);
    }
    const shootouts = new Map<string, Shootout>();
    for (const row of tables['shootouts.csv'].rows) {
      const shootout = shootoutOf(row);
      const key = findMatch(row, 'shoot-out');
      if (key !== undefined) shootouts.set(key, shootout);
    }

    const matches = results.map(({ row, key, sourceKey, match }): IncomingMatch => {
      const shootout = shootouts.get(key);
      const score = shootout === undefined ? match.score : { ...match.score, shootoutWinner: shootout.winner, shootoutFirstKicker: shootout.firstKicker };
      const found = goals.get(key);
      if (found !== undefined) checkGoalCount(row, sourceKey, found, score.fullTime, notices);
      return { sourceKey, file: row.file, line: row.line, match: { ...match, score, goals: goalsOf(found, score.fullTime) } };
    });

    return {
      format: FORMAT,
      origin: path,
      inputs: FILES.map((file) => tables[file].input),
      teams: readTeams(tables['results.csv'].rows, tables['former_names.csv'].rows),
      venues: [],
      players: [],
      squads: [],
      editions: [],
      matches,
      statusUpdates: [],
      notices,
    };
  },
};

async function readTables(folder: string, onProgress?: ProgressListener): Promise<Record<ResultsFile, CsvTable>> {
  let done = 0;
  const tables = await Promise.all(
    FILES.map(async (file) => {
      const table = await readCsv(FORMAT, join(folder, file));
      onProgress?.({ file, done: ++done, total: FILES.length });
      return [file, table] as const;
    }),
  );
  return Object.fromEntries(tables) as Record<ResultsFile, CsvTable>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
