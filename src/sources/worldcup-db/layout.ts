// Finds the database's CSV folder: the files sit directly in the folder or in its `data-csv/`.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

const MARKERS = ['matches.csv', 'tournaments.csv', 'players.csv'];

/** The folder holding the CSV files, or undefined when `path` is not the database. */
export async function findDataFolder(path: string): Promise<string | undefined> {
  for (const folder of [path, join(path, 'data-csv')]) {
    if (await hasAll(folder)) return folder;
  }
  return undefined;
}

async function hasAll(folder: string): Promise<boolean> {
  const found = await Promise.all(MARKERS.map((name) => isFile(join(folder, name))));
  return found.every(Boolean);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
