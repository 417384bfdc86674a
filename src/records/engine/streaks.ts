// Runs of consecutive matches: a team unbeaten in 13, a player scoring in five in a row. A run is
// the subject's matches in the book, one after another; one that fails the predicate ends it.
import { testPredicate } from './compile.js';
import { entryOf, NOTHING, type DraftFact, type EvaluateContext, type Outcome } from './evaluate-context.js';
import type { RecordEntry } from './fact.js';
import { canChange, mergeTop, type TopEntry } from './produce.js';
import type { MatchRows } from './units.js';

interface Run {
  length: number;
  startMatchId: number;
  startDate: string;
  edition: number;
}

export function streak(ctx: EvaluateContext, rows: MatchRows): Outcome {
  const definition = ctx.definition;
  const produces = definition.produces;
  if (produces.kind !== 'streak' || !definition.streak) return NOTHING;
  const within = definition.streak.within;
  const base = definition.streak.of === 'team-match' ? rows.teams() : rows.players();
  // The list (kilobytes with its proofs) is read only once a run is long enough to be on it: most matches extend no such run.
  let list: TopEntry[] | undefined;
  const facts: DraftFact[] = [];
  const runs: [string, Run | null][] = [];
  const candidates: TopEntry[] = [];
  for (const row of base) {
    if (!ctx.scope.acceptsRow(row)) continue;
    const key = row.subject.key;
    let run = ctx.state.get<Run>(ctx.stateKey, 'run', key) ?? null;
    if (run && within === 'edition' && run.edition !== row.match.editionId) run = null;
    if (!testPredicate(definition.predicate, row.fields)) {
      runs.push([key, null]);
      continue;
    }
    const next: Run = run
      ? { ...run, length: run.length + 1 }
      : { length: 1, startMatchId: row.match.id, startDate: row.match.date, edition: row.match.editionId };
    runs.push([key, next]);
    if (next.length < produces.minimum) continue;
    list ??= ctx.state.get<TopEntry[]>(ctx.stateKey, 'top', 'list') ?? [];
    const record = list[0];
    const entry: TopEntry = { ...entryOf(row, next.length, String(next.length)), entryKey: `${key}@${next.startMatchId}` };
    candidates.push(entry);
    const runStart: RecordEntry = { ...entry, matchId: next.startMatchId, date: next.startDate, amount: 1, value: '1' };
    if (record && next.length > record.amount) {
      const own = record.entryKey === entry.entryKey || (list.filter((e) => e.amount === record.amount).every((e) => e.subject.key === key));
      const holders = list.filter((e) => e.amount === record.amount);
      facts.push({ kind: own ? 'extends_own_record' : 'new_record', subject: row.subject, row, amount: next.length, value: String(next.length), previous: holders, before: holders, after: [runStart, entry] });
    } else if (record && next.length === record.amount && record.entryKey !== entry.entryKey) {
      const holders = list.filter((e) => e.amount === record.amount);
      facts.push({ kind: 'equals_record', subject: row.subject, row, amount: next.length, value: String(next.length), previous: holders, before: holders, after: [runStart, entry] });
    } else {
      facts.push({ kind: 'streak', subject: row.subject, row, amount: next.length, value: String(next.length), previous: record ? [record] : [], before: [runStart], after: [entry] });
    }
  }
  return {
    facts,
    commit() {
      for (const [key, run] of runs) ctx.state.set(ctx.stateKey, 'run', key, run);
      if (candidates.length === 0) return;
      const current = ctx.state.get<TopEntry[]>(ctx.stateKey, 'top', 'list') ?? [];
      // Runs that neither improve an entry nor reach the last place leave the list as it is.
      if (canChange(current, candidates, true, 20)) ctx.state.set(ctx.stateKey, 'top', 'list', mergeTop(current, candidates, true, 20));
    },
  };
}
