// What a definition's `produces` makes of a match's measured rows: record values, members of a
// club, firsts, firsts-since, milestones. Each reads the book as it stood before the match and
// commits its change only after every match of the same instant has been judged.
import { ageOn } from '../../domain/age.js';
import { higherIsBetter, formatAmount, ordinalWord } from './compile.js';
import { entryOf, NOTHING, type DraftFact, type EvaluateContext, type Outcome } from './evaluate-context.js';
import type { RecordEntry } from './fact.js';
import type { Subject, UnitRow } from './rows.js';
import type { MeasuredRow } from './units.js';
import { appendProgression } from './progression.js';

/** Places kept per book beyond those a definition lists: room for entries that improve. */
const SPARE_PLACES = 10;

export interface TopEntry extends RecordEntry {
  readonly entryKey: string;
}

/** Best first; among equals the earlier (date, then match): dates are ISO days, so code-unit order is time order. */
function compareEntries(a: RecordEntry, b: RecordEntry, higher: boolean): number {
  return (higher ? b.amount - a.amount : a.amount - b.amount) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.matchId - b.matchId;
}

function sortEntries(entries: TopEntry[], higher: boolean): TopEntry[] {
  return entries.sort((a, b) => compareEntries(a, b, higher));
}

/** Where `list` holds the entry with this key, or -1 (lists hold a few dozen entries: a scan beats building a map per list). */
function indexOfKey(list: readonly TopEntry[], entryKey: string): number {
  for (let i = 0; i < list.length; i++) if (list[i]!.entryKey === entryKey) return i;
  return -1;
}

/** Whether `entry` takes the place of `old`, the entry already kept for its key. */
function replaces(entry: TopEntry, old: TopEntry, higher: boolean): boolean {
  return (higher ? entry.amount > old.amount : entry.amount < old.amount) || (entry.amount === old.amount && entry.entryKey.includes('@'));
}

/**
 * Whether merging `added` into a full, sorted list can change it: an entry on the list improved
 * (or, for a per-match key, equalled anew), or a new one that sorts before the last place. One that
 * sorts after the last place is cut again, however the others move: the cut only gets stricter.
 */
export function canChange(list: readonly TopEntry[], added: readonly TopEntry[], higher: boolean, cap: number): boolean {
  const last = list[list.length - 1];
  if (list.length < cap || !last) return added.length > 0;
  return added.some((entry) => {
    const at = indexOfKey(list, entry.entryKey);
    if (at >= 0) return replaces(entry, list[at]!, higher);
    return compareEntries(entry, last, higher) < 0;
  });
}

/** An entry without its key, its own keys in their order (a copy by hand: rest destructuring is slow where this runs every match). */
function strip(entry: TopEntry): RecordEntry {
  const out: Record<string, unknown> = {};
  for (const name in entry) if (name !== 'entryKey') out[name] = entry[name as keyof TopEntry];
  return out as unknown as RecordEntry;
}

/** A list entry: the entry with its key last, as the book stores it. */
function topEntryOf(row: UnitRow, amount: number, value: string, entryKey: string): TopEntry {
  const entry = entryOf(row, amount, value) as RecordEntry & { entryKey?: string };
  entry.entryKey = entryKey;
  return entry as TopEntry;
}

/**
 * Adds or improves entries in a sorted, capped list, one entry per key. The list is already sorted
 * and a match adds a handful of entries: an entry replaced keeps its place, new ones go last, and
 * a stable insertion sort moves only those — the same order a full stable sort gives.
 */
export function mergeTop(list: readonly TopEntry[], added: readonly TopEntry[], higher: boolean, cap: number): TopEntry[] {
  const merged = list.slice();
  for (const entry of added) {
    const at = indexOfKey(merged, entry.entryKey);
    if (at < 0) merged.push(entry);
    else if (replaces(entry, merged[at]!, higher)) merged[at] = entry;
  }
  for (let i = 1; i < merged.length; i++) {
    const entry = merged[i]!;
    let j = i - 1;
    if (compareEntries(merged[j]!, entry, higher) <= 0) continue;
    while (j >= 0 && compareEntries(merged[j]!, entry, higher) > 0) {
      merged[j + 1] = merged[j]!;
      j--;
    }
    merged[j + 1] = entry;
  }
  if (merged.length > cap) merged.length = cap;
  return merged;
}

/**
 * A list's length and its last place's amount, kept beside it (`top`/`bar`): most matches reach no
 * list, and knowing so needs these two numbers, not the list and its proofs (kilobytes per book).
 */
interface TopBar {
  readonly n: number;
  readonly last: number;
}

/** Whether no row can reach a full list: each is worse than its last place (or measures nothing). */
function belowBar(bar: TopBar | undefined, rows: readonly MeasuredRow[], cap: number, higher: boolean): boolean {
  if (!bar || bar.n < cap) return false;
  for (const measured of rows) {
    const amount = measured.amount;
    if (amount !== null && (higher ? amount >= bar.last : amount <= bar.last)) return false;
  }
  return true;
}

export function extreme(ctx: EvaluateContext, rows: readonly MeasuredRow[]): Outcome {
  const produces = ctx.definition.produces;
  if (produces.kind !== 'extreme' || rows.length === 0) return NOTHING;
  const higher = higherIsBetter(produces.direction);
  const cap = produces.top + SPARE_PLACES;
  if (belowBar(ctx.state.get<TopBar>(ctx.stateKey, 'top', 'bar'), rows, cap, higher)) return NOTHING;
  const list = ctx.state.get<TopEntry[]>(ctx.stateKey, 'top', 'list') ?? [];
  const last = list[list.length - 1];
  let rowOf: Map<string, MeasuredRow> | undefined;
  for (const measured of rows) {
    const amount = measured.amount;
    if (amount === null) continue;
    // Rows that cannot reach the list and are not on it change nothing: most rows, most matches.
    // (One on the list cannot be worse than the last place and still move: it is not replaced by a worse value.)
    if (list.length >= cap && last && (higher ? amount < last.amount : amount > last.amount)) continue;
    const entryKey = measured.entryKey;
    rowOf ??= new Map();
    const prior = rowOf.get(entryKey);
    if (prior && prior.amount !== null && (higher ? prior.amount >= amount : prior.amount <= amount)) continue;
    rowOf.set(entryKey, measured);
  }
  if (rowOf === undefined || rowOf.size === 0) return NOTHING;
  const candidates: TopEntry[] = [];
  for (const [entryKey, measured] of rowOf) candidates.push(topEntryOf(measured.row, measured.amount ?? 0, measured.value, entryKey));
  sortEntries(candidates, higher);
  const facts: DraftFact[] = [];
  const record = list[0];
  const best = candidates[0];
  // Only the best candidates can make a fact, and only when they reach the record.
  if (record && best && (higher ? best.amount >= record.amount : best.amount <= record.amount)) {
    const holders = list.filter((e) => e.amount === record.amount);
    const holderSubjects = new Set(holders.map((e) => e.subject.key));
    for (const candidate of candidates) {
      if (candidate.amount !== best.amount) break;
      const measured = rowOf.get(candidate.entryKey);
      if (!measured) continue;
      const beats = higher ? candidate.amount > record.amount : candidate.amount < record.amount;
      const equals = candidate.amount === record.amount;
      const subjectKey = candidate.subject.key;
      if (beats) {
        const before = holders.map(strip);
        const own = holderSubjects.size === 1 && holderSubjects.has(subjectKey);
        // A team's own earlier match is a previous holder like any other: Hungary's 10 beat Hungary's and Yugoslavia's 9.
        const previous = own || PER_MATCH_UNITS.has(ctx.definition.unit) ? holders : holders.filter((e) => e.subject.key !== subjectKey);
        facts.push(draft(own ? 'extends_own_record' : 'new_record', measured, candidate, previous.map(strip), before));
      } else if (equals && equalsAnew(ctx.definition.unit, candidate, holders)) {
        const before = holders.map(strip);
        facts.push(draft('equals_record', measured, candidate, before, before));
      }
    }
  }
  return {
    facts,
    commit() {
      // Re-read: another match of the same instant may have committed to this book first.
      const current = ctx.state.get<TopEntry[]>(ctx.stateKey, 'top', 'list') ?? [];
      if (!canChange(current, candidates, higher, cap)) return;
      const leaderBefore = current[0];
      const merged = mergeTop(current, candidates, higher, cap);
      if (sameEntries(merged, current)) return;
      ctx.state.set(ctx.stateKey, 'top', 'list', merged);
      const lastPlace = merged[merged.length - 1];
      if (lastPlace) ctx.state.set(ctx.stateKey, 'top', 'bar', { n: merged.length, last: lastPlace.amount } satisfies TopBar);
      const leader = merged[0];
      if (!leader) return;
      // The progression: every time the record value moves, or is first set.
      if (!leaderBefore || leader.amount !== leaderBefore.amount) {
        appendProgression(
          (key) => ctx.state.get(ctx.stateKey, 'progression', key),
          (key, value) => ctx.state.set(ctx.stateKey, 'progression', key, value),
          strip(leader),
        );
      }
    },
  };
}

/** Units whose rows are single matches (or goals); the others are running tallies over editions or careers. */
const PER_MATCH_UNITS = new Set(['goal', 'player-match', 'team-match', 'match', 'two-legged-tie']);

/**
 * Whether a row that reaches the record's value equals it anew, however many share it. A holder
 * equals it again with another match (Hungary's 10-1 of 1982 equals the nine-goal margin Hungary
 * and Yugoslavia shared); a running tally already at the value (a career still at one hat-trick)
 * does not.
 */
function equalsAnew(unit: string, candidate: TopEntry, holders: readonly TopEntry[]): boolean {
  const sameEntry = holders.filter((e) => e.entryKey === candidate.entryKey);
  if (sameEntry.length === 0) return true;
  return PER_MATCH_UNITS.has(unit) && sameEntry.every((e) => e.matchId !== candidate.matchId);
}

function sameEntries(a: readonly TopEntry[], b: readonly TopEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}

function draft(kind: DraftFact['kind'], measured: MeasuredRow, entry: RecordEntry, previous: RecordEntry[], before: RecordEntry[], extra: Partial<DraftFact> = {}): DraftFact {
  return { kind, subject: measured.row.subject, row: measured.row, amount: entry.amount, value: entry.value, previous, before, after: [entry], ...extra };
}

/** The key whose first / milestone it is: a player, a team, a pair of teams, or the whole book. */
function perKey(per: string, row: UnitRow): { key: string; subject: Subject } | undefined {
  switch (per) {
    case 'player':
      return row.subject.kind === 'player' ? { key: row.subject.key, subject: row.subject } : undefined;
    case 'team':
      if (!row.team) return undefined;
      // A team's own row already names it (the same key and subject): no new strings per row and definition.
      if (row.subject.kind === 'team' && row.subject.id === row.team.id && row.subject.name === row.team.name) return { key: row.subject.key, subject: row.subject };
      return { key: `t${row.team.id}`, subject: { kind: 'team', key: `t${row.team.id}`, id: row.team.id, name: row.team.name } };
    case 'team-pair': {
      if (!row.team || !row.opponent) return undefined;
      // On a team's row the pair is ordered (the team against that opponent); on a match, not.
      const ordered = row.subject.kind === 'team';
      const [a, b] = ordered || row.team.id < row.opponent.id ? [row.team, row.opponent] : [row.opponent, row.team];
      const key = `${ordered ? 'o' : 'u'}${a.id}-${b.id}`;
      return { key, subject: { kind: 'team', key: `t${row.team.id}`, id: row.team.id, name: ordered ? row.team.name : `${a.name} and ${b.name}` } };
    }
    default:
      return { key: 'all', subject: row.subject };
  }
}

/** What a member of a club is listed with: the field its predicate tests ("4" goals), else its place. */
function memberValue(ctx: EvaluateContext, row: UnitRow, n: number): string {
  const predicate = ctx.definition.predicate;
  if (predicate && 'field' in predicate) {
    const value = row.fields[predicate.field];
    if (typeof value === 'number') return `${value} ${predicate.field}`;
  }
  return ordinalWord(n);
}

export function ordinal(ctx: EvaluateContext, rows: readonly MeasuredRow[]): Outcome {
  const produces = ctx.definition.produces;
  if (produces.kind !== 'ordinal' || rows.length === 0) return NOTHING;
  const count = ctx.state.get<number>(ctx.stateKey, 'members', '#count') ?? 0;
  const members = ctx.state.get<RecordEntry[]>(ctx.stateKey, 'members', '#list') ?? [];
  const facts: DraftFact[] = [];
  const added: [string, RecordEntry][] = [];
  const seenNow = new Set<string>();
  for (const measured of rows) {
    const row = measured.row;
    const key =
      produces.distinct === 'player' ? row.subject.key : produces.distinct === 'team' ? (row.team ? `t${row.team.id}` : undefined) : `${row.match.id}:${measured.entryKey}:${added.length}`;
    if (key === undefined || seenNow.has(key)) continue;
    if (produces.distinct !== 'occurrence' && ctx.state.get(ctx.stateKey, 'members', key) !== undefined) continue;
    seenNow.add(key);
    const n = count + added.length + 1;
    const subject = produces.distinct === 'team' && row.team ? { kind: 'team' as const, key: `t${row.team.id}`, id: row.team.id, name: row.team.name } : row.subject;
    const entry = entryOf(row, n, memberValue(ctx, row, n), subject);
    added.push([key, entry]);
    if (n <= produces.upTo) {
      facts.push({ kind: 'nth_member', subject, row, amount: n, value: String(n), n, previous: [], before: members.slice(0, produces.upTo), after: [entry] });
    }
  }
  return {
    facts,
    commit() {
      if (added.length === 0) return;
      for (const [key, entry] of added) if (produces.distinct !== 'occurrence') ctx.state.set(ctx.stateKey, 'members', key, entry.date);
      const countNow = ctx.state.get<number>(ctx.stateKey, 'members', '#count') ?? 0;
      const membersNow = ctx.state.get<RecordEntry[]>(ctx.stateKey, 'members', '#list') ?? [];
      ctx.state.set(ctx.stateKey, 'members', '#count', countNow + added.length);
      if (membersNow.length < produces.upTo + SPARE_PLACES) {
        ctx.state.set(ctx.stateKey, 'members', '#list', [...membersNow, ...added.map(([, e]) => e)].slice(0, produces.upTo + SPARE_PLACES));
      }
    },
  };
}

export function first(ctx: EvaluateContext, rows: readonly MeasuredRow[]): Outcome {
  const produces = ctx.definition.produces;
  if (produces.kind !== 'first' || rows.length === 0) return NOTHING;
  // Made only for a first: most rows, most matches, are of teams and players the book has seen.
  let facts: DraftFact[] | undefined;
  let added: Map<string, RecordEntry> | undefined;
  for (const measured of rows) {
    const per = perKey(produces.per, measured.row);
    if (!per || added?.has(per.key) || ctx.state.get(ctx.stateKey, 'seen', per.key) !== undefined) continue;
    const entry = entryOf(measured.row, 1, '1', per.subject);
    (added ??= new Map()).set(per.key, entry);
    (facts ??= []).push({ kind: 'first', subject: per.subject, row: measured.row, amount: 1, value: '1', previous: [], before: [], after: [entry] });
  }
  if (!added || !facts) return NOTHING;
  const seen = added;
  return {
    facts,
    commit() {
      for (const [key, entry] of seen) ctx.state.set(ctx.stateKey, 'seen', key, { matchId: entry.matchId, date: entry.date });
    },
  };
}

export function firstSince(ctx: EvaluateContext, rows: readonly MeasuredRow[]): Outcome {
  const produces = ctx.definition.produces;
  if (produces.kind !== 'first_since' || rows.length === 0) return NOTHING;
  const facts: DraftFact[] = [];
  const latest = new Map<string, RecordEntry>();
  for (const measured of rows) {
    const per = perKey(produces.per, measured.row);
    if (!per || latest.has(per.key)) continue;
    const entry = entryOf(measured.row, 0, '', per.subject);
    latest.set(per.key, entry);
    const last = ctx.state.get<RecordEntry>(ctx.stateKey, 'last', per.key);
    if (!last) continue;
    // Whole years apart can be no more than the calendar years apart: most returns are within a year or two.
    if (Number(measured.row.match.date.slice(0, 4)) - Number(last.date.slice(0, 4)) < produces.minimumYears) continue;
    const years = ageOn(last.date, measured.row.match.date).years;
    if (years < produces.minimumYears) continue;
    const gapDays = Math.round((Date.parse(measured.row.match.date) - Date.parse(last.date)) / 86_400_000);
    const after = { ...entry, amount: gapDays, value: formatAmount(ctx.definition, gapDays) };
    facts.push({ kind: 'first_since', subject: per.subject, row: measured.row, amount: gapDays, value: after.value, since: Number(last.date.slice(0, 4)), previous: [last], before: [last], after: [after] });
  }
  return {
    facts,
    commit() {
      for (const [key, entry] of latest) ctx.state.set(ctx.stateKey, 'last', key, entry);
    },
  };
}

function milestoneCrossed(from: number, to: number, every: number | undefined, at: readonly number[] | undefined): number | undefined {
  let crossed: number | undefined;
  for (const m of at ?? []) if (m > from && m <= to) crossed = Math.max(crossed ?? 0, m);
  if (every !== undefined) {
    const top = Math.floor(to / every) * every;
    if (top > from && top > 0) crossed = Math.max(crossed ?? 0, top);
  }
  return crossed;
}

export function milestone(ctx: EvaluateContext, rows: readonly MeasuredRow[]): Outcome {
  const produces = ctx.definition.produces;
  if (produces.kind !== 'milestone' || rows.length === 0) return NOTHING;
  const counting = ctx.definition.measure.kind === 'count';
  let facts: DraftFact[] | undefined;
  for (const measured of rows) {
    const per = perKey(produces.per, measured.row);
    if (!per) continue;
    // Counted at once, not at commit: a whole competition's count must add up the matches of one
    // day in some order (their own order being unknown, the fact says so), or a day whose goals
    // together cross the 3,000th would give no milestone at all.
    // An edition or career row carries its running total already (and keeps it in the book's
    // tallies): the match moved it from amount - delta to amount.
    const ownTally = !PER_MATCH_UNITS.has(ctx.definition.unit) && per.key === measured.row.subject.key && measured.amount !== null;
    const from = ownTally ? (measured.amount ?? 0) - measured.delta : (ctx.state.get<number>(ctx.stateKey, 'tally', per.key) ?? 0);
    const to = ownTally ? (measured.amount ?? 0) : from + (counting ? 1 : measured.delta);
    if (!ownTally) ctx.state.set(ctx.stateKey, 'tally', per.key, to);
    const m = milestoneCrossed(from, to, produces.every, produces.at);
    if (m === undefined) continue;
    // A count's milestone belongs to the row that reached it: the 100th goal has one scorer.
    const subject = produces.per === 'competition' ? measured.row.subject : per.subject;
    const entry = entryOf(measured.row, m, String(m), subject);
    (facts ??= []).push({ kind: 'milestone', subject, row: measured.row, amount: m, value: String(m), n: m, previous: [], before: [], after: [entry] });
  }
  // Its counts are kept as it goes: nothing is left to commit.
  return facts ? { facts, commit() {} } : NOTHING;
}
