// "X is the oldest player to score at a World Cup", "X became the youngest scorer …", "X is the
// World Cup's all-time top scorer": the record's holder now (or at the time point), or anyone who
// ever held it, compared with the subject.
import type { RecordEntry } from '../records/engine/fact.js';
import { readProgression } from '../records/engine/progression.js';
import type { Claim, Relation } from './claim.js';
import { isJudgement, lookupRecord, type CheckContext, type Judgement } from './context.js';
import { actionPhrase, capitalise, entryPhrase, joinWords, scopePhrase, valuePhrase } from './describe.js';
import { setAsideImplausible } from './plausibility.js';
import type { RecordSpec } from './record-spec.js';
import { isSubject, subjectName, type ResolvedSubject } from './subjects.js';
import { entryProof, isFalse, isTrue, unverifiable, type ProofItem } from './verdict.js';
import { ordinalFigure } from './words.js';

type Superlative = Extract<Relation, { kind: 'superlative' }>;

function specOf(claim: Claim, relation: Superlative): RecordSpec {
  const scope = claim.scope;
  const editions = scope.edition ? { from: scope.edition.year, to: scope.edition.year } : undefined;
  const common = {
    ...(scope.stages ? { stages: scope.stages } : {}),
    ...(scope.venue ? { venue: scope.venue } : {}),
  };
  if (relation.direction === 'most') {
    const perMatch = scope.per === 'match' || (scope.stages?.length === 1 && scope.stages[0] === 'final');
    const unit = perMatch ? 'player-match' : scope.edition || scope.per === 'edition' ? 'player-edition' : 'player-career';
    return { unit, measure: { kind: 'sum', field: 'goals' }, produces: { kind: 'extreme', direction: 'most' }, ...common, ...(editions ? { editions } : {}) };
  }
  if (relation.direction === 'fastest') return { unit: 'goal', measure: { kind: 'minute' }, produces: { kind: 'extreme', direction: 'fastest' }, ...common, ...(editions ? { editions } : {}) };
  return {
    unit: relation.action.unit,
    ...(relation.action.predicate ? { predicate: relation.action.predicate } : {}),
    measure: { kind: 'age' },
    produces: { kind: 'extreme', direction: relation.direction },
    ...common,
    ...(editions ? { editions } : {}),
    ...(relation.action.requires ? { requires: relation.action.requires } : {}),
  };
}

/** "oldest player to score a hat-trick", "top scorer", "fastest goal". */
function recordWords(relation: Superlative): string {
  if (relation.direction === 'most') return 'top scorer';
  if (relation.direction === 'fastest') return 'scorer of the fastest goal';
  const action = actionPhrase(relation.action);
  return action === 'score' ? `${relation.direction} scorer` : `${relation.direction} player to ${action}`;
}

function ageParts(amount: number): { years: number; days: number } {
  return { years: Math.floor(amount / 1000), days: amount % 1000 };
}

function valueAgrees(relation: Superlative, entry: RecordEntry): boolean {
  if (!relation.value) return true;
  const age = ageParts(entry.amount);
  if (relation.value.years !== undefined && relation.value.years !== age.years) return false;
  return relation.value.days === undefined || relation.value.days === age.days;
}

/**
 * Judges a superlative claim against the record book.
 *
 * @example await evaluateSuperlative(ctx, parse('Miroslav Klose is the oldest player to score at a World Cup'), klose) // false: Roger Milla, 42 years 39 days (1994)
 */
export function evaluateSuperlative(ctx: CheckContext, claim: Claim, relation: Superlative, subject: ResolvedSubject): Judgement {
  if (relation.place > 1 && relation.ever) return unverifiable(`"${ordinalFigure(relation.place)}" with "became"/"was" (a place held at some time) is not checked`);
  const lookup = lookupRecord(ctx, claim, specOf(claim, relation), `${recordWords(relation)} ${claim.scope.competition?.said ?? ''}`);
  if (isJudgement(lookup)) return lookup;
  const { found, reader, book, coverage, record } = lookup;
  const definition = found.definition;
  const where = scopePhrase(claim.scope, book.label);
  const what = `the ${relation.place > 1 ? `${ordinalFigure(relation.place)} ` : ''}${recordWords(relation)} ${where}`;
  const name = subjectName(subject, 'player');
  const list = reader.get<RecordEntry[]>(book.key, 'top', 'list') ?? [];
  const { kept, setAside, notes: asideNotes } = setAsideImplausible(definition, list);
  const notes = [...coverage.notes, ...asideNotes];
  const aside: ProofItem[] = setAside.map((e) => entryProof('set aside', e, definition.id, book.key));
  const best = kept[0];
  if (!best) return { ...unverifiable(`the record book has no entry for ${what} (${reader.asOf})`, aside, notes), record };
  if (subject.players.length === 0 && subject.teams.length === 0 && !kept.some((e) => isSubject(subject, e.subject))) {
    return { ...unverifiable(`no player named "${subject.said}" in the data`, aside, notes), record };
  }

  if (relation.ever) {
    const progression = readProgression((key) => reader.get(book.key, 'progression', key));
    const facts = reader.facts(definition.id).filter((f) => f.kind === 'new_record' || f.kind === 'equals_record' || f.kind === 'extends_own_record');
    // Progression entries and new records make a sole holder; an equalled record a joint one.
    const sole = [
      ...progression.filter((e) => isSubject(subject, e.subject)),
      ...facts.filter((f) => f.kind !== 'equals_record' && isSubject(subject, f.subject)).flatMap((f) => f.proof.after.slice(0, 1)),
    ];
    const joint = facts.filter((f) => f.kind === 'equals_record' && isSubject(subject, f.subject)).flatMap((f) => f.proof.after.slice(0, 1));
    const held = [...sole, ...joint];
    const byDate = (a: RecordEntry, b: RecordEntry) => a.date.localeCompare(b.date);
    const agreeing = [...sole.filter((e) => valueAgrees(relation, e)).sort(byDate), ...joint.filter((e) => valueAgrees(relation, e)).sort(byDate)];
    const factProof: ProofItem[] = facts.filter((f) => isSubject(subject, f.subject)).map((f) => ({ role: 'fact', text: f.text, factId: f.id, definitionId: definition.id, matchId: f.matchId, date: f.date }));
    if (agreeing.length > 0) {
      const first = agreeing[0]!;
      const jointly = !sole.includes(first);
      const proof = [entryProof('subject', first, definition.id, book.key), ...factProof];
      if (coverage.partial) return { ...unverifiable(`${name} held the record in this data, but ${coverage.partial}`, proof, notes), record };
      return { ...isTrue(`${name} became ${what}${jointly ? ' (jointly)' : ''} on ${first.date}: ${first.value}. The record now: ${entryPhrase(best)}.`, proof, notes), record };
    }
    const holders = progression.map((e) => `${e.subject.name} (${e.value}, ${e.date.slice(0, 4)})`);
    const statement =
      held.length > 0
        ? `${name} held the record as ${what} with ${joinWords(held.map(valuePhrase))}, not ${relation.value?.said.replace(/^at\s+/i, '') ?? ''}.`
        : `${name} never held the record as ${what}; it passed ${joinWords(holders)}. ${capitalise(what)} is now ${entryPhrase(best)}.`;
    return { ...isFalse(statement, [...progression.map((e) => entryProof('holder then', e, definition.id, book.key)), ...factProof, ...aside], notes), record };
  }

  // Now (or at the time point): the holders, or the entry at the claimed place.
  const holders = relation.place === 1 ? kept.filter((e) => e.amount === best.amount) : kept.slice(relation.place - 1, relation.place);
  const placeProof = kept.slice(0, Math.max(3, relation.place)).map((e, i) => entryProof(i === 0 ? 'holder' : `place ${i + 1}`, e, definition.id, book.key));
  const mine = holders.find((e) => isSubject(subject, e.subject));
  if (mine) {
    const others = holders.filter((e) => e !== mine);
    const joint = others.length > 0 ? ` (level with ${joinWords(others.map((e) => e.subject.name))})` : '';
    if (!valueAgrees(relation, mine)) {
      return { ...isFalse(`${name} is ${what}, but at ${mine.value}, not ${relation.value?.said.replace(/^at\s+/i, '') ?? ''}.`, [...placeProof, ...aside], notes), record };
    }
    const statement = `${name} is ${what}${joint}: ${valuePhrase(mine)}${reader.asOf === 'all the data' ? '' : `, in ${reader.asOf}`}.`;
    if (coverage.partial) return { ...unverifiable(`${statement.replace(/\.$/, '')} — but ${coverage.partial}, so an earlier holder cannot be ruled out`, [...placeProof, ...aside], notes), record };
    return { ...isTrue(statement, [...placeProof, ...aside], notes), record };
  }
  if (definition.measure.kind === 'age' && subject.players.length > 0 && subject.players.every((p) => p.birthDate === null)) {
    return { ...unverifiable(`${name} has no birth date in the data, so his or her age cannot be compared`, placeProof, notes), record };
  }
  const own = kept.findIndex((e) => isSubject(subject, e.subject));
  const ownText = own >= 0 ? ` ${name} is ${ordinalFigure(own + 1)} at ${kept[own]!.value} (${kept[own]!.date}).` : '';
  const holderText = joinWords(holders.map(entryPhrase));
  const when = reader.asOf === 'all the data' ? '' : ` in ${reader.asOf}`;
  const statement = `${capitalise(what)}${when} ${holders.length > 1 ? 'are' : 'is'} ${holderText}, not ${name}.${ownText}`;
  const proof = [...placeProof, ...(own >= 3 ? [entryProof('subject', kept[own]!, definition.id, book.key)] : []), ...aside];
  return { ...isFalse(statement, proof, notes), record };
}
