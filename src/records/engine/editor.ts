// What an editor would cut from a match's facts before anyone reads them: the same news told by two
// books (the most specific survives), a record equalled at the bottom of its scale by yet another of many, a run far short of
// the record. Everything else stays, however small: ranking, not cutting, decides what leads.
import type { RecordDefinition } from '../definitions/schema.js';
import type { Fact } from './fact.js';

/** A record shared by this many or more, at the value any row reaches, is no news to equal. */
const MANY_HOLDERS = 3;
/** A run is news beside the record when it reaches this share of it, or comes within `RUN_NEAR` matches. */
const RUN_SHARE = 0.75;
const RUN_NEAR = 3;

/** Whether an amount is the least a qualifying row can have: one goal, one hat-trick, the first minute. */
function bottomOfScale(definition: RecordDefinition, amount: number): boolean {
  switch (definition.measure.kind) {
    case 'count':
    case 'sum':
      return amount <= 1;
    case 'minute':
      return definition.produces.kind === 'extreme' && definition.produces.direction === 'fastest' && amount < 2;
    default:
      return false;
  }
}

/**
 * Noise, judged from what a fact is before it has words: the record book asks before writing a
 * fact's sentence (most runs of a season are far short of the record), and cuts it here again.
 */
export function isNoise(fact: Pick<Fact, 'kind' | 'amount' | 'previous'>, definition: RecordDefinition | undefined): boolean {
  if (!definition) return false;
  if (fact.kind === 'equals_record') return fact.previous.length >= MANY_HOLDERS && bottomOfScale(definition, fact.amount);
  if (fact.kind === 'streak') {
    const record = fact.previous[0]?.amount;
    return record !== undefined && fact.amount < record * RUN_SHARE && record - fact.amount > RUN_NEAR;
  }
  return false;
}

/**
 * What a record measures, scope aside: two definitions with the same signature tell the same news
 * about the same subject when both fire in one match (a first meeting ever, and at the World Cup).
 */
function signature(definition: RecordDefinition): string {
  const { unit, measure, predicate, produces, streak } = definition;
  const { stages, venue, sex } = definition.scope;
  return JSON.stringify([unit, streak, measure, predicate ?? null, produces.kind, 'direction' in produces ? produces.direction : null, 'per' in produces ? produces.per : null, stages ?? null, venue ?? null, sex]);
}

/** How wide a book is: every international contains the World Cup's matches. */
function breadth(definition: RecordDefinition): number {
  const scope = definition.scope;
  if (scope.family === 'international') return 3;
  if (scope.books === 'single') return 2;
  return 1;
}

/** Kinds whose news a wider book's fact implies for a narrower one. */
const IMPLIED_KINDS = new Set(['first', 'new_record', 'extends_own_record', 'milestone']);

/**
 * A match's facts with the noise an editor cuts dropped, each marked with the news it tells
 * (`news`) and how wide its book is (`breadth`), so that one fact per piece of news can be chosen
 * when the match's facts are read ({@link oneFactPerNews}). Choosing then, not when the book is
 * written, keeps the stored book independent of which books a correction replays.
 */
export function editorsCut(facts: readonly Fact[], definitions: ReadonlyMap<string, RecordDefinition>): Fact[] {
  const out: Fact[] = [];
  for (const fact of facts) {
    const definition = definitions.get(fact.definitionId);
    if (isNoise(fact, definition)) continue;
    if (!definition || !IMPLIED_KINDS.has(fact.kind)) {
      out.push(fact);
      continue;
    }
    out.push({ ...fact, news: `${fact.matchId}|${fact.kind}|${fact.subject.name}|${fact.amount}|${signature(definition)}`, breadth: breadth(definition) });
  }
  return out;
}

/**
 * Of a match's facts telling the same news, the most specific survives: "the first World Cup
 * meeting" over "met for the first time", the World Cup's biggest win over the same win as an
 * international record. The narrower book is the one whose data is complete more often, and the
 * one a desk names; among equals in breadth, the higher score. The survivor takes the highest
 * score of the facts it stands for. Order is kept.
 *
 * @example oneFactPerNews(readMatchFacts(store, id)) // one "first meeting", not two
 */
export function oneFactPerNews<F extends Fact>(facts: readonly F[]): F[] {
  const kept = new Map<string, F>();
  const order: string[] = [];
  let unique = 0;
  for (const fact of facts) {
    const key = fact.news ?? `#${unique++}`;
    const other = kept.get(key);
    if (!other) {
      kept.set(key, fact);
      order.push(key);
      continue;
    }
    const wo = other.breadth ?? 0;
    const wf = fact.breadth ?? 0;
    const chosen = wo !== wf ? (wo < wf ? other : fact) : fact.score > other.score ? fact : other;
    kept.set(key, { ...chosen, score: Math.max(other.score, fact.score) });
  }
  return order.map((key) => kept.get(key)).filter((f): f is F => f !== undefined);
}
