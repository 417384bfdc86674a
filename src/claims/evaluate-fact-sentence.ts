// A claim written as one of the engine's fact sentences: true when the record book holds that fact,
// false when it holds the subject's fact of that kind with other values (the real sentence is the answer).
import { joinNames } from '../records/engine/fact-text.js';
import { ordinalWord } from '../records/engine/compile.js';
import type { Fact } from '../records/engine/fact.js';
import type { CheckContext, Judgement } from './context.js';
import type { TemplateMatch } from './fact-templates.js';
import { judgeBook } from './coverage-gate.js';
import { isFalse, isTrue, unverifiable, type ProofItem } from './verdict.js';
import { nameMatches, parseNumber, parseOrdinal } from './words.js';
import { jsonField } from '../store/sql-reader.js';

/** Fact kinds of which a subject has one per event: a different value contradicts the claim. */
const CONTRADICTABLE: ReadonlySet<string> = new Set(['new_record', 'equals_record', 'extends_own_record', 'nth_member', 'first']);

/** The placeholder values the engine filled in for this fact. */
export function factSlots(fact: Fact): Record<string, string> {
  const after = fact.proof.after[0];
  const n = fact.n ?? fact.amount;
  return {
    subject: fact.subject.name,
    value: fact.value,
    previous: joinNames(fact.previous.map((e) => e.subject.name)),
    previousValue: joinNames(fact.previous.map((e) => e.value)),
    previousDate: joinNames([...new Set(fact.previous.map((e) => e.date.slice(0, 4)))]),
    competition: fact.book,
    edition: after?.edition ?? '',
    team: after?.team ?? '',
    opponent: after?.opponent ?? '',
    date: fact.date,
    n: String(n),
    ordinal: ordinalWord(n),
    since: fact.previous[0]?.date.slice(0, 4) ?? '',
  };
}

/** Slots that hold a team's name in every fact; `subject` does where the fact is about a team. */
const TEAM_SLOTS: ReadonlySet<string> = new Set(['team', 'opponent']);

function agrees(ctx: CheckContext, fact: Fact, slot: string, said: string, stored: string): boolean {
  if (said.toLowerCase().replace(/\s+/g, ' ') === stored.toLowerCase().replace(/\s+/g, ' ')) return true;
  if (slot === 'ordinal' || slot === 'n') {
    const a = parseOrdinal(said) ?? parseNumber(said);
    const b = parseOrdinal(stored) ?? parseNumber(stored);
    return a !== undefined && a === b;
  }
  if (TEAM_SLOTS.has(slot) || (slot === 'subject' && fact.subject.kind === 'team')) {
    // A team the name is exactly must be the stored one: "Germany" is not East Germany, though
    // every word of it is there; it is West Germany, its name before 1990.
    const named = ctx.teamsCalled(said);
    if (named.length > 0) return ctx.teamsCalled(stored).some((id) => named.includes(id));
  }
  return stored.length > 0 && nameMatches(said, stored);
}

function factProof(fact: Fact): ProofItem {
  return { role: 'fact', text: fact.text, factId: fact.id, definitionId: fact.definitionId, matchId: fact.matchId, date: fact.date };
}

function entriesProof(fact: Fact): ProofItem[] {
  return [...fact.proof.before, ...fact.proof.after].slice(0, 4).map((e) => ({ role: fact.proof.before.includes(e) ? 'before' : 'after', text: `${e.subject.name} — ${e.value} (${e.date}, match ${e.matchId})`, matchId: e.matchId, date: e.date, entry: e }));
}

/** A stored fact whose sentence is exactly the claim (case and final full stop aside). */
export function exactFact(ctx: CheckContext, text: string): Fact | undefined {
  const plain = text.trim().replace(/\.$/, '');
  const row = ctx.store.sql
    .prepare(`SELECT body FROM record_fact WHERE lower(${jsonField(ctx.store.sql, 'body', 'text')}) IN (lower(?), lower(?)) ORDER BY date LIMIT 1`)
    .get(plain, `${plain}.`) as { body: string } | undefined;
  return row ? (JSON.parse(row.body) as Fact) : undefined;
}

/**
 * A true verdict for a stored fact, unless its book begins after its competition did and the claim
 * drops the engine's "(since …, where this database begins)": a first in this data is then not a first.
 */
function confirm(ctx: CheckContext, fact: Fact, text: string, statement: string): Judgement {
  const bookKey = `${fact.definitionId}|${fact.proof.query.book}`;
  const record = { definitionId: fact.definitionId, book: bookKey, asOf: 'all the data', definedBy: 'catalogue' as const };
  const proof = [factProof(fact), ...entriesProof(fact)];
  const definition = ctx.definitions.find((d) => d.id === fact.definitionId);
  const book = ctx.stored.books(fact.definitionId).find((b) => b.key === bookKey);
  const partial = definition ? judgeBook(ctx.store, definition, book).partial : undefined;
  if (partial && !/where this database begins/i.test(text) && fact.kind !== 'milestone' && fact.kind !== 'streak') {
    return { ...unverifiable(`${statement} But ${partial}, so the record book cannot say it held before that`, proof, fact.coverage.notes), record };
  }
  return { ...isTrue(statement, proof, fact.coverage.notes), record };
}

/** The judgement for a stored fact that says exactly what the claim says. */
export function judgeExactFact(ctx: CheckContext, fact: Fact, text: string): Judgement {
  return confirm(ctx, fact, text, `The record book holds this fact of ${fact.date} (${fact.title}).`);
}

/**
 * Checks a sentence that fits a definition's template against that definition's facts. Undefined
 * when the book holds no fact of that kind about the subject: another reading must decide.
 */
export function evaluateTemplate(ctx: CheckContext, match: TemplateMatch): Judgement | undefined {
  const definition = match.template.definition;
  const facts = ctx.stored.facts(definition.id).filter((f) => f.kind === match.template.kind);
  const keySlots = ['subject', 'team', 'opponent'].filter((s) => match.slots[s] !== undefined);
  // A pair's fact names its two teams in the order they played; the claim may name them either way.
  const pair = 'per' in definition.produces && definition.produces.per === 'team-pair';
  const slotsOf = (f: Fact): Record<string, string> => {
    const stored = factSlots(f);
    const said = match.slots;
    const swapped = pair && said.team !== undefined && said.opponent !== undefined && !agrees(ctx, f, 'team', said.team, stored.team ?? '') && agrees(ctx, f, 'team', said.team, stored.opponent ?? '');
    return swapped ? { ...stored, team: stored.opponent ?? '', opponent: stored.team ?? '' } : stored;
  };
  const about = facts.filter((f) => {
    const stored = slotsOf(f);
    return keySlots.length > 0 && keySlots.every((s) => agrees(ctx, f, s, match.slots[s] ?? '', stored[s] ?? ''));
  });
  if (about.length === 0) return undefined;
  const scored = about.map((fact) => {
    const stored = slotsOf(fact);
    const wrong = Object.entries(match.slots).filter(([slot, said]) => !agrees(ctx, fact, slot, said, stored[slot] ?? ''));
    return { fact, stored, wrong };
  });
  scored.sort((a, b) => a.wrong.length - b.wrong.length);
  const best = scored[0]!;
  const record = { definitionId: definition.id, book: `${definition.id}|${best.fact.proof.query.book}`, asOf: 'all the data', definedBy: 'catalogue' as const };
  if (best.wrong.length === 0) return confirm(ctx, best.fact, match.sinceDatabase ? 'where this database begins' : '', `The record book holds this fact of ${best.fact.date}: ${best.fact.text}`);
  // Milestones, streaks and firsts-since are reported only at some values: another value is not a contradiction.
  if (!CONTRADICTABLE.has(match.template.kind)) return undefined;
  const differences = best.wrong.map(([slot, said]) => `${slot} is ${best.stored[slot] || '(none)'}, not ${said}`).join('; ');
  return { ...isFalse(`${best.fact.text} (${differences})`, [factProof(best.fact), ...entriesProof(best.fact)], best.fact.coverage.notes), record };
}
