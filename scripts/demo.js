#!/usr/bin/env node
// `npm run demo`: import every open data set into ./matchfacts.db, print the summary, then one
// famous match and one famous player. Data comes from $MATCHFACTS_DATA or ../shared/data.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = process.env.MATCHFACTS_DATA ?? resolve(root, '..', 'shared', 'data');
const cli = join(root, 'dist', 'cli', 'main.js');

if (!existsSync(data)) {
  console.error(`matchfacts demo: no data at ${data}. Set MATCHFACTS_DATA to a folder holding the open data sets.`);
  process.exit(1);
}

function run(title, args) {
  console.log(`\n$ matchfacts ${args.join(' ')}${title ? `    # ${title}` : ''}`);
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('every data set, into ./matchfacts.db', ['import', data]);
run('the 2022 World Cup final', ['match', '--date', '2022-12-18', '--team', 'France']);
run('the youngest scorer in a World Cup final, on the day of his quarter-final winner', ['player', 'Pelé', '--date', '1958-06-19']);
