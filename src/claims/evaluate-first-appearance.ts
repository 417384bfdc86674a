// "… the club's first appearance in the competition": the team's first edition in the data, the
// edition the claim speaks of, and whether the data reaches back far enough to call it a first.
import { readMatchFacts } from '../records/book/record-book-store.js';
import { foundedIn } from '../records/engine/families.js';
import type { Claim } from './claim.js';
import { competitionsOf, editionsOf, missingSeasons } from './competitions.js';
import type { CheckContext, Judgement } from './context.js';
import { competitionPhrase } from './describe.js';
import { subjectName, type ResolvedSubject } from './subjects.js';
import { isFalse, isTrue, unverifiable, type ProofItem } from './verdict.js';

interface TeamMatch {
  readonly id: number;
  readonly date: string;
  readonly editionId: number;
  readonly edition: string;
  readonly startYear: number;
  readonly competition: string;
  readonly home: string;
  readonly away: string;
}

/** Where the claim places the appearance: a match it names, an edition, a time point, or now. */
export interface AppearanceAnchor {
  readonly matchId?: number;
}

/**
 * Judges a first-appearance claim.
 *
 * @example evaluateFirstAppearance(ctx, parse("Qatar's 2022 World Cup campaign was the country's first appearance at the tournament"), qatar, {})
 */
export function evaluateFirstAppearance(ctx: CheckContext, claim: Claim, subject: ResolvedSubject, anchor: AppearanceAnchor): Judgement {
  const competition = claim.scope.competition;
  if (!competition) return unverifiable('the claim does not say which competition "the competition" is');
  if (subject.teams.length === 0) return unverifiable(`no team named "${subject.said}" in the data`);
  const competitions = competitionsOf(ctx.store, competition);
  if (competitions.length === 0) return unverifiable(`no ${competition.said} matches in the data`);
  const teamIds = subject.teams.map((t) => t.id);
  const cids = competitions.map((c) => c.id);
  const matches = ctx.store.sql
    .prepare(
      `SELECT m.id, m.date, m.edition_id AS "editionId", e.name AS edition, e.start_year AS "startYear", c.name AS competition, m.home_name AS home, m.away_name AS away
       FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
       WHERE m.status = 'played' AND e.competition_id IN (${cids.map(() => '?').join(', ')})
         AND (m.home_team_id IN (${teamIds.map(() => '?').join(', ')}) OR m.away_team_id IN (${teamIds.map(() => '?').join(', ')}))
       ORDER BY m.date, m.id`,
    )
    .all(...cids, ...teamIds, ...teamIds) as TeamMatch[];
  const name = subjectName(subject, 'team');
  const label = competitions.length === 1 ? competitions[0]!.name : competition.said;
  const where = competitionPhrase(label);
  const first = matches[0];
  if (!first) return isFalse(`${name} have not played ${where} in the data.`, []);

  const before = claim.time.kind === 'before' ? claim.time.date : undefined;
  const inTime = before ? matches.filter((m) => m.date < before) : matches;
  const anchored = anchor.matchId !== undefined ? matches.find((m) => m.id === anchor.matchId) : undefined;
  const target = anchored ?? (claim.scope.edition ? matches.find((m) => m.startYear === claim.scope.edition?.year) : inTime[inTime.length - 1]);
  const facts = readMatchFacts(ctx.store, first.id).filter((f) => f.definitionId.endsWith('first-appearance') && teamIds.some((id) => f.subject.key === `t${id}`));
  const proof: ProofItem[] = [
    { role: 'first match', text: `${first.date}: ${first.home} v ${first.away} (${first.competition} ${first.edition}, match ${first.id})`, matchId: first.id, date: first.date },
    ...facts.map((f) => ({ role: 'fact', text: f.text, factId: f.id, definitionId: f.definitionId, matchId: f.matchId, date: f.date })),
  ];
  if (!target) {
    const said = claim.scope.edition ? `in ${claim.scope.edition.said}` : `before ${before ?? ''}`;
    return isFalse(`${name} did not play ${where} ${said}; their first appearance in the data was ${first.edition} (${first.date}).`, proof);
  }
  if (target !== anchored && anchored === undefined && !claim.scope.edition && target.editionId !== first.editionId) {
    const editions = new Set(inTime.map((m) => m.editionId)).size;
    return isFalse(`${name}'s first appearance ${where} in the data was ${first.edition} (${first.date}); they have played ${editions} editions since, the latest ${target.edition}.`, proof);
  }
  if (target.editionId !== first.editionId) {
    return isFalse(`${name} had already played ${where} before ${target.edition}: their first appearance in the data was ${first.edition} (${first.date}, ${first.home} v ${first.away}).`, proof);
  }
  // The data shows no earlier appearance: a first only if the data reaches back to the competition's beginning.
  const gaps: string[] = [];
  for (const c of competitions) {
    const founded = foundedIn(c.name);
    const editions = editionsOf(ctx.store, [c.id]);
    const firstYear = editions[0]?.startYear;
    if (founded !== undefined && firstYear !== undefined && firstYear > founded) gaps.push(`this database's ${c.name} begins with ${editions[0]?.name ?? firstYear}; the competition began in ${founded}`);
    const missing = missingSeasons(ctx.store, c).filter((s) => Number(s.slice(0, 4)) < target.startYear);
    if (missing.length > 0) gaps.push(`it has no ${missing.join(', ')} season${missing.length === 1 ? '' : 's'}`);
  }
  const statement = `${name}'s first appearance ${where} in the data is ${first.edition}: ${first.date}, ${first.home} v ${first.away}.`;
  if (gaps.length > 0 && !claim.withinData) return unverifiable(`${statement} But ${gaps.join(', and ')}, so an earlier appearance cannot be ruled out`, proof);
  return isTrue(statement, proof);
}
