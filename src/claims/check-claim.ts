// Checking a claim, end to end:
//
//   sentence ─┬─ one of the engine's fact sentences? ── the stored fact (true) or the subject's real one (false)
//             └─ parseClaim ── Claim {subject, relation, scope, time} ── resolveSubject ── evaluator ── Verdict
//
// Evaluators read the record book: the stored one, or one replayed for a past date or for a
// definition built from the claim. Words the parser did not understand make a claim unverifiable,
// never true.
import { ensureRecordBook } from '../records/book/record-book-store.js';
import { loadBuiltInCatalogue } from '../records/definitions/load-definitions.js';
import type { RecordDefinition } from '../records/definitions/schema.js';
import type { Store } from '../store/open-store.js';
import type { Claim, ParsedClaim } from './claim.js';
import { competitionsOf } from './competitions.js';
import { CheckContext, withSubjectSex, type Judgement } from './context.js';
import { claimView } from './describe.js';
import { evaluateAggregate } from './evaluate-aggregate.js';
import { evaluateCount } from './evaluate-count.js';
import { evaluateFirstAppearance } from './evaluate-first-appearance.js';
import { evaluateFirstSince } from './evaluate-first-since.js';
import { evaluateTemplate, exactFact, judgeExactFact } from './evaluate-fact-sentence.js';
import { evaluateOrdinal } from './evaluate-ordinal.js';
import { evaluateResult } from './evaluate-result.js';
import { evaluateSuperlative } from './evaluate-superlative.js';
import { evaluateCompare, evaluateGoalsAgainst, evaluateOnly, evaluateTeamTally, evaluateTopScorer } from './evaluate-standing.js';
import { evaluateTeamResults } from './evaluate-team-results.js';
import { evaluateTeamResultsRank } from './evaluate-team-results-rank.js';
import { compileTemplates, matchTemplates, type FactTemplate } from './fact-templates.js';
import { parseClaim } from './parse-claim.js';
import { resolveSubject } from './subjects.js';
import { allOf, unverifiable, type ProofItem, type VerdictKind } from './verdict.js';
import { normaliseClaimText } from './words.js';

export interface CheckOptions {
  /** Record definitions (default: the built-in catalogue); the stored book is built from them when stale. */
  readonly definitions?: readonly RecordDefinition[];
}

/** The answer to one claim, as `matchfacts check --json` prints it. */
export interface CheckResult {
  readonly claim: string;
  readonly verdict: VerdictKind;
  readonly statement: string | null;
  readonly reason: string | null;
  readonly parsed: {
    readonly claim: Record<string, unknown> | null;
    readonly notUnderstood: readonly string[];
    /** The record definition and book it was judged by, and whether the definition is the catalogue's or built from the claim. */
    readonly record: Judgement['record'] | null;
  };
  readonly proof: readonly ProofItem[];
  readonly notes: readonly string[];
}

const templateCache = new WeakMap<readonly RecordDefinition[], FactTemplate[]>();

function templatesOf(definitions: readonly RecordDefinition[]): FactTemplate[] {
  let templates = templateCache.get(definitions);
  if (!templates) {
    templates = compileTemplates(definitions);
    templateCache.set(definitions, templates);
  }
  return templates;
}

async function evaluateClaim(ctx: CheckContext, claim: Claim): Promise<Judgement> {
  if (claim.relation.kind === 'nobody') return evaluateOnly(ctx, claim, claim.relation, undefined);
  const competitionIds = claim.scope.competition ? competitionsOf(ctx.store, claim.scope.competition).map((c) => c.id) : [];
  const subject = await resolveSubject(ctx.store, claim.subject.name, competitionIds);
  const scoped = withSubjectSex(claim, subject);
  const relation = scoped.relation;
  switch (relation.kind) {
    case 'superlative':
      return evaluateSuperlative(ctx, scoped, relation, subject);
    case 'count':
      return scoped.scope.opponent ? evaluateGoalsAgainst(ctx, scoped, relation, subject) : evaluateCount(ctx, scoped, relation, subject);
    case 'ordinal':
      return evaluateOrdinal(ctx, scoped, relation, subject);
    case 'first-since':
      return evaluateFirstSince(ctx, scoped, relation, subject);
    case 'first-appearance':
      return evaluateFirstAppearance(ctx, scoped, subject, {});
    case 'aggregate': {
      const opponent = relation.opponent ? await resolveSubject(ctx.store, relation.opponent, competitionIds) : undefined;
      return evaluateAggregate(ctx, scoped, relation, subject, opponent);
    }
    case 'result': {
      const opponent = await resolveSubject(ctx.store, relation.opponent, competitionIds);
      const result = evaluateResult(ctx, scoped, relation, subject, opponent);
      if (!scoped.also?.some((r) => r.kind === 'first-appearance')) return result.judgement;
      const first = evaluateFirstAppearance(ctx, scoped, subject, result.matchId !== undefined ? { matchId: result.matchId } : {});
      return allOf([result.judgement, first]);
    }
    case 'team-tally':
      return evaluateTeamTally(ctx, scoped, relation, subject);
    case 'team-results':
      return evaluateTeamResults(ctx, scoped, relation, subject);
    case 'team-results-rank':
      return evaluateTeamResultsRank(ctx, scoped, relation, subject);
    case 'only':
    case 'nobody':
      return evaluateOnly(ctx, scoped, relation, subject);
    case 'compare':
      return evaluateCompare(ctx, scoped, relation, subject);
    case 'top-scorer':
      return evaluateTopScorer(ctx, scoped, relation, subject);
    case 'fact':
      return unverifiable('fact sentences are checked against the stored facts');
  }
}

function result(ctx: CheckContext, text: string, judgement: Judgement, parsed: { claim: Record<string, unknown> | null; notUnderstood: readonly string[] }): CheckResult {
  return {
    claim: text,
    verdict: judgement.verdict,
    statement: judgement.statement,
    reason: judgement.reason,
    parsed: { ...parsed, record: judgement.record ?? null },
    proof: judgement.proof,
    notes: [...liveNotes(ctx, judgement.proof), ...judgement.notes],
  };
}

/**
 * The matches in progress an answer rests on (`status: live`, the score so far): it holds only if
 * their scores stand, as their facts are provisional.
 */
function liveNotes(ctx: CheckContext, proof: readonly ProofItem[]): string[] {
  const ids = [...new Set(proof.flatMap((p) => [p.matchId, p.entry?.matchId, ...(p.matchIds ?? [])]).filter((id): id is number => id !== undefined))];
  if (ids.length === 0) return [];
  const live: { date: string; home: string; away: string }[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    live.push(
      ...(ctx.store.sql
        .prepare(
          `SELECT m.date, h.name AS home, a.name AS away FROM match m JOIN team h ON h.id = m.home_team_id JOIN team a ON a.id = m.away_team_id
           WHERE m.status = 'live' AND m.id IN (${chunk.map(() => '?').join(', ')}) ORDER BY m.date`,
        )
        .all(...chunk) as { date: string; home: string; away: string }[]),
    );
  }
  return live.map((m) => `provisional: this rests on ${m.home} v ${m.away} (${m.date}), still in progress; it holds only if the score stands`);
}

/** A claim with words the parser skipped is never true: the skipped words are named. */
function withLeftovers(judgement: Judgement, parsed: ParsedClaim): Judgement {
  if (parsed.notUnderstood.length === 0) return judgement;
  const words = parsed.notUnderstood.map((w) => `"${w}"`).join(', ');
  const understood = judgement.statement ? ` (the part understood is ${judgement.verdict}: ${judgement.statement})` : judgement.reason ? ` (the part understood is unverifiable: ${judgement.reason})` : '';
  return { ...judgement, verdict: 'unverifiable', reason: `the claim has parts it does not understand: ${words}${understood}` };
}

/**
 * Checks an English claim against the record book and the matches of the store.
 *
 * @example
 * const result = await checkClaim(store, 'Miroslav Klose is the oldest player to score at a World Cup');
 * result.verdict   // 'false'
 * result.statement // 'The oldest scorer at the FIFA World Cup is Roger Milla, 42 years 39 days (Cameroon v Russia, 1994-06-28), not Miroslav Klose. …'
 */
export async function checkClaim(store: Store, text: string, options: CheckOptions = {}): Promise<CheckResult> {
  const definitions = options.definitions ?? loadBuiltInCatalogue().map((l) => l.definition);
  ensureRecordBook(store, definitions);
  const ctx = new CheckContext(store, definitions);
  const normal = normaliseClaimText(text);

  const exact = normal.length > 0 ? exactFact(ctx, normal) : undefined;
  if (exact) {
    return result(ctx, text, judgeExactFact(ctx, exact, normal), { claim: { subject: exact.subject.name, relation: { kind: `fact sentence (${exact.kind})`, definition: exact.definitionId } }, notUnderstood: [] });
  }
  for (const match of matchTemplates(normal, templatesOf(definitions))) {
    const judgement = evaluateTemplate(ctx, match);
    if (judgement) {
      const view = { subject: match.slots.subject ?? match.slots.team ?? '', relation: { kind: `fact sentence (${match.template.kind})`, definition: match.template.definition.id, slots: match.slots } };
      return result(ctx, text, judgement, { claim: view, notUnderstood: [] });
    }
  }

  const parsed = parseClaim(text);
  if (!parsed.claim) {
    const words = parsed.notUnderstood.map((w) => `"${w}"`).join(', ');
    return result(ctx, text, unverifiable(`the claim is outside what the checker understands: ${words}`), { claim: null, notUnderstood: parsed.notUnderstood });
  }
  const understoodOpponent = !parsed.claim.scope.opponent || parsed.claim.relation.kind === 'count' || parsed.claim.relation.kind === 'team-results';
  const read = understoodOpponent ? parsed : { ...parsed, notUnderstood: [...parsed.notUnderstood, `against ${parsed.claim.scope.opponent}`] };
  const judgement = withLeftovers(await evaluateClaim(ctx, parsed.claim), read);
  return result(ctx, text, judgement, { claim: claimView(parsed.claim), notUnderstood: parsed.notUnderstood });
}
