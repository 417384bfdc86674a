// Every source adapter, in the order their data is preferred when sources disagree: the first
// source to describe a value keeps it.
import type { SourceAdapter } from './source-batch.js';
import { worldcupDbAdapter } from './worldcup-db/adapter.js';
import { footballTxtAdapter } from './football-txt/adapter.js';
import { internationalResultsAdapter } from './international-results/adapter.js';
import { matchfactsJsonAdapter } from './json/adapter.js';

export const ADAPTERS: readonly SourceAdapter[] = [
  worldcupDbAdapter,
  footballTxtAdapter,
  internationalResultsAdapter,
  matchfactsJsonAdapter,
];

/** Adapters that claim whole folders: their files are read together, never one by one. */
export const FOLDER_ADAPTERS: readonly SourceAdapter[] = [worldcupDbAdapter, internationalResultsAdapter];

/** Adapters that read single files. */
export const FILE_ADAPTERS: readonly SourceAdapter[] = [footballTxtAdapter, matchfactsJsonAdapter];
