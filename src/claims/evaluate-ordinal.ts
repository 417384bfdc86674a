// "X is just the fourth player to score four or more in a knockout tie": the members of the
// record's club in the order they joined, and the subject's place among them.
import { ordinalWord } from '../records/engine/compile.js';
import type { RecordEntry } from '../records/engine/fact.js';
import type { Claim, Relation } from './claim.js';
import { competitionsOf } from './competitions.js';
import { isJudgement, lookupRecord, pickBook, type CheckContext, type Judgement } from './context.js';
import { actionPhrase, matchOf, memberPhrase, scopePhrase } from './describe.js';
import { buildDefinition, type RecordSpec } from './record-spec.js';
import { isSubject, subjectName, type ResolvedSubject } from './subjects.js';
import { entryProof, isFalse, isTrue, unverifiable } from './verdict.js';

type Ordinal = Extract<Relation, { kind: 'ordinal' }>;

function specOf(claim: Claim, relation: Ordinal): RecordSpec {
  const scope = claim.scope;
  return {
    unit: relation.action.unit,
    ...(relation.action.predicate ? { predicate: relation.action.predicate } : {}),
    measure: { kind: 'count' },
    produces: { kind: 'ordinal', distinct: relation.who },
    ...(scope.stages ? { stages: scope.stages } : {}),
    ...(scope.venue ? { venue: scope.venue } : {}),
    ...(scope.edition ? { editions: { from: scope.edition.year, to: scope.edition.year } } : {}),
    ...(relation.action.requires ? { requires: relation.action.requires } : {}),
  };
}

/**
 * Judges "X is the Nth player/team to …".
 *
 * @example evaluateOrdinal(ctx, parse('Kylian Mbappé is only the second player to score a hat-trick in a World Cup final'), mbappe) // true
 */
export function evaluateOrdinal(ctx: CheckContext, claim: Claim, relation: Ordinal, subject: ResolvedSubject): Judgement {
  const judged = judgeOrdinal(ctx, claim, relation, subject);
  if (judged.verdict !== 'unverifiable' || claim.time.kind !== 'now' || !/does not cover/.test(judged.reason ?? '')) return judged;
  // Members join in date order: those who joined before the data's first gap are certain.
  const gap = firstStagelessDate(ctx, claim);
  if (!gap) return judged;
  const early = judgeOrdinal(ctx, { ...claim, time: { kind: 'before', date: gap, said: `before ${gap}` } }, relation, subject);
  // A false verdict holds only when the Nth member is known before the gap ("Only 5 teams have done it" does not).
  if (early.verdict === 'true' || (early.verdict === 'false' && !/^Only /.test(early.statement ?? ''))) {
    return { ...early, notes: [...early.notes, `Judged on the matches before ${gap}, where the data first lacks stages; later matches cannot change who joined first.`] };
  }
  return judged;
}

/** The first day of a match of the claim's competition without its stage, when a record needs stages. */
function firstStagelessDate(ctx: CheckContext, claim: Claim): string | undefined {
  if (!claim.scope.competition) return undefined;
  const ids = competitionsOf(ctx.store, claim.scope.competition).map((c) => c.id);
  if (ids.length === 0) return undefined;
  const row = ctx.store.sql
    .prepare(`SELECT min(m.date) AS date FROM match m JOIN edition e ON e.id = m.edition_id WHERE e.competition_id IN (${ids.map(() => '?').join(', ')}) AND m.status = 'played' AND m.stage_id IS NULL`)
    .get(...ids) as { date: string | null };
  return row.date ?? undefined;
}

function judgeOrdinal(ctx: CheckContext, claim: Claim, relation: Ordinal, subject: ResolvedSubject): Judgement {
  const spec = specOf(claim, relation);
  const title = `${relation.who}s to ${actionPhrase(relation.action)}`;
  const lookup = lookupRecord(ctx, claim, spec, title);
  if (isJudgement(lookup)) return lookup;
  let { reader, book } = lookup;
  let definitionId = lookup.found.definition.id;
  let members = reader.get<RecordEntry[]>(book.key, 'members', '#list') ?? [];
  const count = reader.get<number>(book.key, 'members', '#count') ?? members.length;
  // The stored list keeps the first few members only: replay the whole club when the subject may be further down.
  if (members.length < count && members.length < relation.n + 1 && claim.scope.competition) {
    const built = buildDefinition(spec, claim.scope.competition, title);
    if (!('problems' in built)) {
      reader = ctx.bookFor({ definition: built, stored: false }, claim.time);
      const whole = pickBook(reader, built.id, claim.scope.competition);
      if (whole) {
        book = whole;
        definitionId = built.id;
        members = reader.get<RecordEntry[]>(book.key, 'members', '#list') ?? members;
      }
    }
  }
  const name = subjectName(subject, relation.who);
  const what = `${relation.who} to ${actionPhrase(relation.action)} ${scopePhrase(claim.scope, book.label)}`;
  const index = members.findIndex((e) => isSubject(subject, e.subject));
  const nth = members[relation.n - 1];
  const proof = [
    ...members.slice(0, Math.max(relation.n, index + 1)).map((e, i) => entryProof(`member ${i + 1}`, e, definitionId, book.key)),
  ];
  const notes = lookup.coverage.notes;
  const record = { ...lookup.record, definitionId, book: book.key, definedBy: definitionId !== lookup.found.definition.id ? ('claim' as const) : lookup.record.definedBy };
  let judgement: Judgement;
  if (index + 1 === relation.n) {
    judgement = isTrue(`${name} is the ${ordinalWord(relation.n)} ${what} (${matchOf(members[index]!)}).`, proof, notes);
  } else if (index >= 0) {
    judgement = isFalse(`${name} is the ${ordinalWord(index + 1)} ${what} (${members[index]!.date}), not the ${ordinalWord(relation.n)}${nth ? `; the ${ordinalWord(relation.n)} was ${memberPhrase(nth)}` : ''}.`, proof, notes);
  } else if (members.length === 0 && subject.players.length === 0 && subject.teams.length === 0) {
    judgement = unverifiable(`no ${relation.who} named "${subject.said}" in the data`, proof, notes);
  } else {
    judgement = isFalse(
      nth ? `The ${ordinalWord(relation.n)} ${what} was ${memberPhrase(nth)}; ${name} is not among the ${members.length} in the data.` : `Only ${members.length} ${relation.who}s have done it in the data (${what}), and ${name} is not one of them.`,
      proof,
      notes,
    );
  }
  if (lookup.coverage.partial) {
    return { ...unverifiable(`${lookup.coverage.partial}, so the order of the first members cannot be known (in this data: ${judgement.statement ?? ''})`, judgement.proof, notes), record };
  }
  return { ...judgement, record };
}
