// `matchfacts records`: the record book now — holder, value, date and the places behind — or how
// one record progressed over time.
import type { Command } from 'commander';
import { NotFoundError } from '../../domain/errors.js';
import { booksOf, readStateValue } from '../../records/book/record-book-store.js';
import type { RecordDefinition } from '../../records/definitions/schema.js';
import { compileDefinition } from '../../records/engine/record-book.js';
import type { RecordEntry } from '../../records/engine/fact.js';
import type { BookCoverage } from '../../records/engine/coverage.js';
import { openStore, resolveDbPath, type Store } from '../../store/open-store.js';
import { printJson } from '../output.js';
import { collectFiles, definitionsFrom, readyRecordBook } from '../record-book.js';

interface RecordsFlags {
  competition?: string;
  definition?: string;
  history?: boolean;
  top: string;
  records?: string[];
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

export interface BookView {
  definitionId: string;
  title: string;
  book: string;
  since: string | null;
  /** What the data behind this book lacks: earlier matches without scorers, entries without a birth date… */
  coverage: { gaps: Record<string, number>; unmeasured: number; examples: string[] } | null;
  holders: RecordEntry[];
  places: RecordEntry[];
  history?: RecordEntry[];
}

function title(definition: RecordDefinition, label: string): string {
  return definition.title.replaceAll('{competition}', label);
}

function viewsOf(store: Store, definition: RecordDefinition, flags: RecordQuery): BookView[] {
  const views: BookView[] = [];
  for (const book of booksOf(store, definition.id)) {
    const coverage = readStateValue<BookCoverage & { label?: string }>(store, book, 'coverage', 'book');
    const label = coverage?.label ?? book;
    if (flags.competition && !label.toLowerCase().includes(flags.competition.toLowerCase())) continue;
    const top =
      definition.produces.kind === 'ordinal'
        ? (readStateValue<RecordEntry[]>(store, book, 'members', '#list') ?? [])
        : (readStateValue<RecordEntry[]>(store, book, 'top', 'list') ?? []);
    if (top.length === 0) continue;
    const first = top[0]!;
    const holders = definition.produces.kind === 'ordinal' ? [] : top.filter((e) => e.amount === first.amount);
    const view: BookView = {
      definitionId: definition.id,
      title: title(definition, label),
      book: label,
      since: coverage ? coverage.firstEdition : null,
      coverage: coverage ? { gaps: coverage.gaps, unmeasured: coverage.unmeasured, examples: coverage.examples } : null,
      holders,
      places: top.slice(0, Number(flags.top)),
    };
    if (flags.history) view.history = readStateValue<RecordEntry[]>(store, book, 'progression', 'list') ?? [];
    views.push(view);
  }
  return views;
}

export interface RecordQuery {
  readonly competition?: string;
  readonly definition?: string;
  readonly history?: boolean;
  readonly top: string;
}

/** The definitions asked for: one by id, or all of them. */
export function chooseDefinitions(definitions: readonly RecordDefinition[], id: string | undefined): RecordDefinition[] {
  const chosen = id ? definitions.filter((d) => d.id === id) : [...definitions];
  if (chosen.length === 0) throw new NotFoundError(`no record definition "${id}" (see src/records/definitions/catalogue/ or pass --records FILE)`);
  return chosen;
}

/** Every book of the chosen definitions as it stands, and the definitions the data cannot evaluate. */
export function readRecordViews(store: Store, chosen: readonly RecordDefinition[], flags: RecordQuery): { records: BookView[]; notEvaluated: { definitionId: string; reason: string }[] } {
  const views: BookView[] = [];
  const refused: { definitionId: string; reason: string }[] = [];
  for (const definition of chosen) {
    const compiled = compileDefinition(definition);
    if (compiled.refused) {
      refused.push({ definitionId: definition.id, reason: compiled.refused });
      continue;
    }
    if (!['extreme', 'streak', 'ordinal'].includes(definition.produces.kind) && !flags.definition) continue;
    views.push(...viewsOf(store, definition, flags));
  }
  return { records: views, notEvaluated: refused };
}

function entryLine(e: RecordEntry, place: number): string {
  const context = [e.team, e.opponent ? `v ${e.opponent}` : undefined, e.edition].filter(Boolean).join(', ');
  return `  ${String(place).padStart(2)}. ${e.subject.name} — ${e.value}  (${e.date}${context ? `, ${context}` : ''}, match ${e.matchId})`;
}

export function registerRecords(program: Command): void {
  program
    .command('records')
    .description('the record book now: each record with its holder, value, date and the places behind it; or how a record progressed')
    .option('--competition <name>', 'only books whose competition name contains this, e.g. "World Cup" or "Champions League"')
    .option('--definition <id>', 'one record definition, e.g. wc-men-most-goals-career')
    .option('--history', 'how the record progressed: who held it, from when, with what value')
    .option('--top <n>', 'places listed per record', '10')
    .option('--records <file>', 'add record definitions from a JSON file (repeatable)', collectFiles)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
Records are kept per record book: each competition separately (men's and women's World Cups are
separate books) unless a definition pools them. Definitions that need data no loaded source has
(line-ups) are listed as not evaluated.

Examples:
  matchfacts records --competition "World Cup"
  matchfacts records --definition wc-men-most-goals-career            Klose 16, Ronaldo 15, Gerd Müller 14…
  matchfacts records --definition wc-men-youngest-scorer --history    who held it, from when`,
    )
    .action(async (flags: RecordsFlags) => {
      const definitions = definitionsFrom(flags.records);
      const chosen = chooseDefinitions(definitions, flags.definition);
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        readyRecordBook(store, definitions, { quiet: flags.quiet || flags.json });
        const { records: views, notEvaluated: refused } = readRecordViews(store, chosen, flags);
        if (flags.json) {
          printJson({ records: views, notEvaluated: refused });
          return;
        }
        const lines: string[] = [];
        for (const view of views) {
          lines.push(`${view.title} — ${view.book}${view.since ? ` (data from ${view.since})` : ''}`);
          if (view.holders.length > 0) lines.push(`  record: ${view.holders.map((h) => `${h.subject.name}, ${h.value} (${h.date})`).join('; ')}`);
          const gaps = Object.entries(view.coverage?.gaps ?? {}).filter(([, n]) => n > 0);
          if (gaps.length > 0) lines.push(`  data: ${gaps.map(([need, n]) => `${n.toLocaleString('en-US')} ${n === 1 ? 'match lacks' : 'matches lack'} ${need.replace('_', ' ')}`).join('; ')}`);
          if (view.coverage && view.coverage.unmeasured > 0) lines.push(`  data: ${view.coverage.unmeasured} qualifying entries could not be measured (${view.coverage.examples.join(', ')})`);
          if (view.history) {
            lines.push('  progression:');
            for (const e of view.history) lines.push(`    from ${e.date}: ${e.subject.name}, ${e.value}${e.team ? ` (${e.team})` : ''}`);
          } else {
            view.places.forEach((e, i) => lines.push(entryLine(e, i + 1)));
          }
          lines.push('');
        }
        if (views.length === 0) lines.push('No records match.');
        for (const r of refused) lines.push(`not evaluated: ${r.definitionId} — ${r.reason}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
