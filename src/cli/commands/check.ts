// `matchfacts check "<claim>"`: is an English claim about records and results true, false (and what
// is true instead), or unverifiable (and why) — with the rows of the record book it rests on.
import type { Command } from 'commander';
import { checkClaim, type CheckResult } from '../../claims/check-claim.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { printJson } from '../output.js';
import { collectFiles, definitionsFrom, readyRecordBook } from '../record-book.js';

interface CheckFlags {
  records?: string[];
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

/** The answer as a person reads it: the verdict line, then proof and notes. */
export function checkLines(result: CheckResult): string[] {
  const lines: string[] = [];
  if (result.verdict === 'true') lines.push('true', ...(result.statement ? [`  ${result.statement}`] : []));
  else if (result.verdict === 'false') lines.push(`false: ${result.statement ?? ''}`);
  else lines.push(`unverifiable: ${result.reason ?? ''}`);
  const record = result.parsed.record;
  if (record) lines.push(`  record: ${record.definitionId}${record.definedBy === 'claim' ? ' (built from the claim)' : ''}${record.book ? `, book ${record.book}` : ''}, ${record.asOf}`);
  for (const item of result.proof.slice(0, 12)) {
    const ids = item.matchIds && item.matchIds.length > 0 ? ` [matches ${item.matchIds.join(', ')}]` : '';
    const fact = item.factId ? ` [fact ${item.factId}]` : '';
    lines.push(`  ${item.role}: ${item.text}${fact}${ids}`);
  }
  if (result.proof.length > 12) lines.push(`  … ${result.proof.length - 12} more (see --json)`);
  for (const note of result.notes) lines.push(`  note: ${note}`);
  return lines;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check an English claim about records and results: true, false (with the true statement and its proof) or unverifiable (with the reason)')
    .argument('<claim>', 'the claim, in quotes')
    .option('--records <file>', 'add record definitions from a JSON file (repeatable)', collectFiles)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON: {claim, verdict, statement, reason, parsed, proof, notes}')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
The claim is read into a subject, a relation (oldest/youngest/top scorer, "the Nth player to",
"the first … since YEAR", a first appearance, an aggregate score, a match result, a number of goals),
a scope (competition, edition, venue, stage) and a point in time (default: all the data; "as of
2006", "before 2014-07-08"). The engine's own fact sentences are understood too. The answer is
"true", "false" with what the data says instead, or "unverifiable" with the reason: the data does
not cover it (no Champions League scorers, seasons missing), or part of the sentence is not
understood (named). A claim it cannot read is never true. The exit code is 0 for every verdict.

Examples:
  matchfacts check "Just Fontaine scored 13 goals at the 1958 World Cup, a record for a single tournament"
  matchfacts check "Miroslav Klose is the oldest player to score at a World Cup"       false: Roger Milla, 42 years 39 days
  matchfacts check "Ronaldo scored 16 World Cup goals"                                   false: 15
  matchfacts check "Kylian Mbappé is only the second player to score a hat-trick in a World Cup final"
  matchfacts check "Qarabağ won 8-4 on aggregate" --json
  matchfacts check "Josip Iličić is the oldest player to score a hat-trick away from home in the Champions League"`,
    )
    .action(async (claim: string, flags: CheckFlags) => {
      const definitions = definitionsFrom(flags.records);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        readyRecordBook(store, definitions, { quiet: flags.quiet || flags.json });
        const result = await checkClaim(store, claim, { definitions });
        if (flags.json) {
          // `text` first: the verdict and the statement (or reason) in one line, as the other commands' JSON has it.
          printJson({ text: [result.verdict, result.statement ?? result.reason].filter(Boolean).join(': '), ...result });
          return;
        }
        process.stdout.write(`${checkLines(result).join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
