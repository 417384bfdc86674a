#!/usr/bin/env -S node --max-semi-space-size=32 --v8-pool-size=1 --expose-gc
// The `matchfacts` command line.
import { Command } from 'commander';
import { MatchfactsError, UsageError } from '../domain/errors.js';
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

// An empty value ("--team ''") would match everything or nothing: refuse it for every command.
program.hook('preAction', (_program, action) => {
  for (const [name, value] of Object.entries(action.opts())) {
    const blank = typeof value === 'string' ? value.trim() === '' : Array.isArray(value) && value.some((v) => typeof v === 'string' && v.trim() === '');
    if (blank) {
      const flag = action.options.find((o) => o.attributeName() === name)?.long ?? name;
      throw new UsageError(`${flag} needs a value, not an empty string (run \`matchfacts ${action.name()} --help\` for usage)`);
    }
  }
  for (const arg of action.args) {
    if (arg.trim() === '') throw new UsageError(`an empty argument was given to \`matchfacts ${action.name()}\` (run it with --help for usage)`);
  }
});

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
  process.stderr.write(`matchfacts: ${userMessage(error)}\n`);
  process.exitCode = error instanceof MatchfactsError ? 1 : 2;
  // The stack is for whoever reports the bug, when asked for: never shown to a user by default.
  if (!(error instanceof MatchfactsError) && process.env.MATCHFACTS_DEBUG) {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
}

/** What went wrong, in a sentence that says what to do: no stack trace. */
function userMessage(error: unknown): string {
  if (error instanceof MatchfactsError) return error.message;
  const code = (error as { code?: string } | undefined)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return 'the database is busy: another matchfacts process is writing to it; nothing was changed — try again when it has finished';
  }
  if (code === 'SQLITE_FULL') return 'the disk is full: nothing was changed — free some space and try again';
  if (code === 'SQLITE_READONLY') return 'the database is read-only here: nothing was changed — check its permissions or pass another --db';
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR') {
    const path = (error as { path?: string }).path;
    return `${path ?? 'a file'}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : 'not the kind of path expected'} — check the path and try again`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${message}; run again with MATCHFACTS_DEBUG=1 for details to report`;
}
