#!/usr/bin/env node
// The `matchfacts` command line.
import { Command } from 'commander';
import { MatchfactsError } from '../domain/errors.js';
import { registerImport } from './commands/import.js';
import { registerMatches } from './commands/matches.js';
import { registerMatch } from './commands/match.js';
import { registerPlayer } from './commands/player.js';
import { registerConflicts } from './commands/conflicts.js';
import { registerExport } from './commands/export.js';
import { registerTie } from './commands/tie.js';
import { registerTable } from './commands/table.js';
import { registerStatus } from './commands/status.js';
import { registerScenarios } from './commands/scenarios.js';
import { registerBracket } from './commands/bracket.js';
import { registerFacts } from './commands/facts.js';
import { registerRecords } from './commands/records.js';
import { registerData } from './commands/data.js';
import { registerCheck } from './commands/check.js';
import { registerStory } from './commands/story.js';
import { registerPreview } from './commands/preview.js';
import { registerServe } from './commands/serve.js';
import { registerToken } from './commands/token.js';

const program = new Command();
program
  .name('matchfacts')
  .description('Football competition and record engine: imports real match data and answers what happened, with sources.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText(
    'after',
    `
Start here:
  matchfacts import ../shared/data                 load the open data sets
  matchfacts match --date 2022-12-18 --team France one match: score line, scorers, venue, sources
  matchfacts player "Pelé" --date 1958-06-19       a player, his goals, his age on a date
  matchfacts conflicts                              where the sources disagree
  matchfacts facts --date 1958-06-19 --team Brazil  what the match did to the record book, with proof
  matchfacts story --date 2014-07-08 --team Germany the match report, every sentence sourced
  matchfacts check "Ronaldo scored 16 World Cup goals"  true, false (with the truth) or unverifiable

Every command takes --db FILE (default $MATCHFACTS_DB or ./matchfacts.db) and --json.`,
  );

registerImport(program);
registerMatches(program);
registerMatch(program);
registerPlayer(program);
registerConflicts(program);
registerExport(program);
registerTable(program);
registerStatus(program);
registerBracket(program);
registerScenarios(program);
registerTie(program);
registerFacts(program);
registerRecords(program);
registerData(program);
registerStory(program);
registerPreview(program);
registerCheck(program);
registerServe(program);
registerToken(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof MatchfactsError) {
    process.stderr.write(`matchfacts: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`matchfacts: unexpected error\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}
