// `matchfacts facts --date D --team T`: what a match did to the record book, each fact with its proof.
import type { Command } from 'commander';
import { UsageError } from '../../domain/errors.js';
import { readMatchFacts } from '../../records/book/record-book-store.js';
import type { Fact } from '../../records/engine/fact.js';
import { findOneMatch } from '../../queries/find-match.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { matchHeadline } from '../../queries/match-view.js';
import { printJson } from '../output.js';
import { collectFiles, definitionsFrom, readyRecordBook } from '../record-book.js';
import { isoDate } from '../validate.js';

interface FactsFlags {
  date: string;
  team: string;
  competition?: string;
  minScore: string;
  records?: string[];
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

/** A fact as a person reads it: the sentence, then where the data stops short and what is simultaneous. */
export function factLines(fact: Fact): string[] {
  const lines = [`[${String(fact.score).padStart(3)}] ${fact.text}`];
  for (const note of fact.coverage.notes) lines.push(`      note: ${note}`);
  if (fact.simultaneousWith && fact.simultaneousWith.length > 0) {
    lines.push(`      note: played the same day as ${fact.simultaneousWith.length} other match(es) of this record book whose order is unknown; counted as simultaneous`);
  }
  const proof = fact.proof.before.length > 0 ? fact.proof.before : fact.proof.after;
  const where = proof
    .slice(0, 3)
    .map((e) => `${e.subject.name} ${e.value} (${e.date}, match ${e.matchId})`)
    .join('; ');
  if (where) lines.push(`      ${fact.proof.before.length > 0 ? 'before' : 'proof'}: ${where}${proof.length > 3 ? `; … ${proof.length - 3} more` : ''}`);
  return lines;
}

export function registerFacts(program: Command): void {
  program
    .command('facts')
    .description('what a match did to the record book: records broken, equalled or extended, firsts, milestones, streaks — each with its proof')
    .requiredOption('--date <YYYY-MM-DD>', 'the day of the match', isoDate)
    .requiredOption('--team <name>', 'either team')
    .option('--competition <name>', 'narrow down when a team played twice that day')
    .option('--min-score <n>', 'only facts at least this newsworthy (0-100)', '0')
    .option('--records <file>', 'add record definitions from a JSON file (repeatable)', collectFiles)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON: every fact with kind, subject, value, previous holders, score, coverage and proof')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
Facts are what the match did to the record book as it stood before the match: only earlier matches
count (same-day matches whose order is unknown count as simultaneous, and the fact says so). Each
fact names the previous holder(s) and carries its proof: the entries before and after the match.
Where the data does not reach back to a record's beginning, the fact says so.

The record book is built on first use and kept in the database; it is rebuilt when the data changes.

Examples:
  matchfacts facts --date 1958-06-19 --team Brazil            Pelé, 17 years 239 days: youngest World Cup scorer
  matchfacts facts --date 2014-07-08 --team Germany --min-score 80
  matchfacts facts --date 1994-06-28 --team Cameroon --json`,
    )
    .action(async (flags: FactsFlags) => {
      const minScore = Number(flags.minScore);
      if (!Number.isFinite(minScore)) throw new UsageError(`--min-score must be a number, not "${flags.minScore}"`);
      const definitions = definitionsFrom(flags.records);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const match = await findOneMatch(store, flags);
        readyRecordBook(store, definitions, { quiet: flags.quiet || flags.json });
        const facts = readMatchFacts(store, match.id).filter((f) => f.score >= minScore);
        if (flags.json) {
          printJson({ match: { id: match.id, date: match.data.date, home: match.data.home.name, away: match.data.away.name, competition: match.data.competition.name, edition: match.data.edition.name, text: matchHeadline(match) }, facts });
          return;
        }
        const lines = [matchHeadline(match), ''];
        if (facts.length === 0) lines.push(match.data.status === 'played' ? 'No record facts for this match.' : `No record facts: the match is ${match.data.status}.`);
        for (const fact of facts) lines.push(...factLines(fact));
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
