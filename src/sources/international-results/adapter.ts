// martj42/international_results: every men's international since 1872, read into one SourceBatch.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../../domain/errors.js';
import type { GoalData } from '../../domain/match-data.js';
import type { IncomingMatch, ProgressListener, SourceAdapter, SourceBatch, SourceNotice } from '../source-batch.js';
import { readCsvFiles, type CsvTable } from '../csv/csv.js';
import type { CsvRow } from '../csv/csv-row.js';
import { FILES, FORMAT, OPTIONAL_FILES } from './codes.js';
import { checkGoalCount, goalOf } from './goals.js';
import { keyOf, MatchKeys } from './match-keys.js';
import { matchOf } from './results.js';
import { type Shootout, shootoutOf } from './shootouts.js';
import { readTeams } from './teams.js';

/**
 * Reads a folder holding results.csv, goalscorers.csv, shootouts.csv and former_names.csv (the
 * last two may be missing).
 *
 * @example const batch = await internationalResultsAdapter.read('../shared/data/international-results');
 */
export const internationalResultsAdapter: SourceAdapter = {
  format: FORMAT,

  async detect(path: string): Promise<boolean> {
    const found = await Promise.all(['results.csv', 'goalscorers.csv'].map((name) => isFile(join(path, name))));
    return found.every(Boolean);
  },

  async inputFiles(path: string): Promise<string[]> {
    return (await presentFiles(path)).map((file) => join(path, file));
  },

  async read(path: string, onProgress?: ProgressListener): Promise<SourceBatch> {
    if (!(await internationalResultsAdapter.detect(path))) {
      throw new UsageError(`${path}: not an international-results folder (no results.csv, goalscorers.csv)`);
    }
    const present = await presentFiles(path);
    const read = await readCsvFiles(FORMAT, path, present, onProgress);
    const absent: CsvTable = { input: { file: '', sha256: '', rows: 0 }, rows: [] };
    const tables = Object.fromEntries(FILES.map((file) => [file, read[file] ?? absent])) as Record<(typeof FILES)[number], CsvTable>;
    const notices: SourceNotice[] = [];
    const keys = new MatchKeys();
    const resultRows = tables['results.csv'].rows;
    const joinKeys = resultRows.map((row) => keyOf(row));
    const sourceKeys = joinKeys.map((key) => keys.next(key));
    const findMatch = (row: CsvRow, what: string): string | undefined => {
      const key = keyOf(row);
      const count = keys.count(key);
      if (count === 1) return key;
      const reason =
        count === 0 ? 'results.csv has no such match' : `results.csv has ${count} matches with this date and teams`;
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

    const matches = resultRows.map((row, index): IncomingMatch => {
      const key = joinKeys[index] as string;
      const sourceKey = sourceKeys[index] as string;
      const match = matchOf(row, shootouts.get(key), goals.get(key));
      if (goals.has(key)) checkGoalCount(row, sourceKey, match, notices);
      return { sourceKey, file: row.file, line: row.line, match };
    });

    return {
      format: FORMAT,
      origin: path,
      inputs: present.map((file) => tables[file].input),
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

/** The files of the folder to read: the optional ones only when they are there. */
async function presentFiles(path: string): Promise<(typeof FILES)[number][]> {
  const found = await Promise.all(FILES.map(async (file) => (!OPTIONAL_FILES.has(file) || (await isFile(join(path, file))) ? [file] : [])));
  return found.flat();
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
