// "X became the first player to score a hat-trick in a World Cup final since 1966" and "Morocco's
// first World Cup win since 1998": every occurrence in order, and the one before the subject's.
import type { RecordEntry } from '../records/engine/fact.js';
import type { Claim, Relation } from './claim.js';
import { isJudgement, lookupRecord, type CheckContext, type Judgement } from './context.js';
import { actionPhrase, matchOf, memberPhrase, scopePhrase } from './describe.js';
import type { RecordSpec } from './record-spec.js';
import { isSubject, subjectName, type ResolvedSubject } from './subjects.js';
import { entryProof, isFalse, isTrue, unverifiable } from './verdict.js';
import { editionStartYear, nameMatches } from './words.js';

type FirstSince = Extract<Relation, { kind: 'first-since' }>;

function year(entry: RecordEntry): number {
  return Number(entry.date.slice(0, 4));
}

/**
 * Judges "the first … since YEAR".
 *
 * @example evaluateFirstSince(ctx, parse("Morocco's first World Cup win since 1998 came at the 2022 World Cup"), morocco)
 */
export function evaluateFirstSince(ctx: CheckContext, claim: Claim, relation: FirstSince, subject: ResolvedSubject): Judgement {
  const team = relation.own ? subject.teams[0] : undefined;
  if (relation.own && !team) return unverifiable(`no team named "${subject.said}" in the data`);
  if (relation.own && subject.teams.length > 1) return unverifiable(`"${subject.said}" names ${subject.teams.length} teams: ${subject.teams.map((t) => t.name).join(', ')}`);
  const scope = claim.scope;
  const spec: RecordSpec = {
    unit: relation.action.unit,
    ...(relation.action.predicate ? { predicate: relation.action.predicate } : {}),
    measure: { kind: 'count' },
    produces: { kind: 'ordinal', distinct: 'occurrence' },
    ...(scope.stages ? { stages: scope.stages } : {}),
    ...(scope.venue ? { venue: scope.venue } : {}),
    ...(team ? { team: team.name } : {}),
    ...(relation.action.requires ? { requires: relation.action.requires } : {}),
  };
  const lookup = lookupRecord(ctx, { ...claim, scope: { ...scope, edition: undefined } }, spec, `${relation.own ? `${team?.name ?? ''} ` : ''}${actionPhrase(relation.action)} occurrences`);
  if (isJudgement(lookup)) return lookup;
  const { reader, book, found, record, coverage } = lookup;
  const occurrences = reader.get<RecordEntry[]>(book.key, 'members', '#list') ?? [];
  const name = subjectName(subject, relation.who);
  const action = actionPhrase(relation.action);
  const where = scopePhrase({ ...scope, edition: undefined }, book.label);
  const proofOf = (entries: readonly RecordEntry[]) => entries.map((e) => entryProof('occurrence', e, found.definition.id, book.key));
  const own = occurrences.map((e, i) => ({ e, i })).filter(({ e }) => (relation.own ? true : isSubject(subject, e.subject)));
  if (own.length === 0) return { ...isFalse(`${name} did not ${action} ${where} in the data (${reader.asOf}).`, [], coverage.notes), record };

  // Which of the subject's occurrences the claim is about: the one in the named edition, else the latest (own) or any (others').
  const inEdition = scope.edition ? own.filter(({ e }) => e.edition !== undefined && editionStartYear(e.edition) === scope.edition?.year) : own;
  if (inEdition.length === 0) return { ...isFalse(`${name} did not ${action} ${where} in ${scope.edition?.said ?? ''}.`, proofOf(own.map((o) => o.e).slice(-3)), coverage.notes), record };
  const candidates = relation.own ? [scope.edition ? inEdition[0]! : inEdition[inEdition.length - 1]!] : inEdition;
  const fits = candidates.find(({ i }) => {
    const previous = occurrences[i - 1];
    return previous !== undefined && year(previous) === relation.since && (!relation.sinceName || nameMatches(relation.sinceName, previous.subject.name));
  });
  const partial = coverage.partial && relation.since <= (book.coverage?.firstYear ?? relation.since) ? coverage.partial : undefined;
  if (fits) {
    const previous = occurrences[fits.i - 1]!;
    const statement = relation.own
      ? `${name}'s ${action === 'win' ? 'win' : action} on ${fits.e.date} (${matchOf(fits.e)}) was their first ${where} since ${previous.date.slice(0, 4)} (${matchOf(previous)}).`
      : `${name} (${fits.e.date}) was the first ${relation.who} to ${action} ${where} since ${memberPhrase(previous)}.`;
    if (partial) return { ...unverifiable(`${statement} But ${partial}.`, proofOf([previous, fits.e]), coverage.notes), record };
    return { ...isTrue(statement, proofOf([previous, fits.e]), coverage.notes), record };
  }
  const chosen = candidates[candidates.length - 1]!;
  const previous = occurrences[chosen.i - 1];
  const after = occurrences.findIndex((e, i) => i > 0 && year(occurrences[i - 1]!) === relation.since && year(e) > relation.since);
  const actual = after >= 0 ? ` The first after ${relation.since} was on ${occurrences[after]!.date} (${matchOf(occurrences[after]!)}).` : '';
  const statement = previous
    ? relation.own
      ? `Before ${name}'s ${action === 'win' ? 'win' : action} on ${chosen.e.date}, their previous one ${where} was on ${previous.date} (${matchOf(previous)}), not in ${relation.since}.${actual}`
      : `Before ${name}'s on ${chosen.e.date}, the previous ${relation.who} to ${action} ${where} was ${memberPhrase(previous)}${relation.sinceName ? '' : `, not in ${relation.since}`}.${actual}`
    : `${name}'s ${action === 'win' ? 'win' : action} on ${chosen.e.date} was the first ${where} in the data; nothing came before it.`;
  const proof = proofOf([...(previous ? [previous] : []), chosen.e, ...(after >= 0 ? [occurrences[after - 1]!, occurrences[after]!] : [])]);
  return { ...isFalse(statement, proof, coverage.notes), record };
}
