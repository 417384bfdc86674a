#!/usr/bin/env node
// `npm run demo`: import every open data set into ./matchfacts.db, print the summary, then one
// famous match and one famous player. The data sets are found as `matchfacts import all` finds
// them: $MATCHFACTS_DATA, else ../shared/data next to the checkout, else the download cache
// (~/.cache/matchfacts), pulled from the pinned upstream commits on first use.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchfactsError } from '../dist/domain/errors.js';
import { resolveDatasetPaths } from '../dist/datasets/resolve-dataset-paths.js';
import { REBUILD_NODE_FLAGS } from '../dist/records/book/young-generation.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');

let data;
try {
  // From the checkout's root, so ../shared/data is the one next to it, wherever npm runs us from.
  data = await resolveDatasetPaths(['all'], { cwd: root });
} catch (error) {
  if (!(error instanceof MatchfactsError)) throw error;
  console.error(`matchfacts demo: ${error.message}`);
  process.exit(1);
}

function run(title, args) {
  console.log(`\n$ matchfacts ${args.join(' ')}${title ? `    # ${title}` : ''}`);
  // As the `matchfacts` command starts itself (its first line): the heap the record book's rebuild wants.
  const result = spawnSync(process.execPath, [...REBUILD_NODE_FLAGS, cli, ...args], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('every data set, into ./matchfacts.db', ['import', ...data]);
run('the 2022 World Cup final', ['match', '--date', '2022-12-18', '--team', 'France']);
run('the youngest scorer in a World Cup final, on the day of his quarter-final winner', ['player', 'Pelé', '--date', '1958-06-19']);
run('what that match did to the record book (built on first use)', ['facts', '--date', '1958-06-19', '--team', 'Brazil', '--min-score', '70']);
run('the men\'s World Cup scoring record and the ten behind it', ['records', '--definition', 'wc-men-most-goals-career']);
