// "Brazil have played more World Cup matches than Germany", "… won more matches than any other
// team", "Brazil have played the most World Cup matches": every team's results counted over the
// stored matches of the claim's scope (its competition, edition, stages and time) and compared, the
// matches of the teams compared listed in the proof. A match decided on penalties is a draw.
import type { Claim, Relation } from './claim.js';
import { competitionsOf } from './competitions.js';
import type { CheckContext, Judgement } from './context.js';
import { counted, countedResults, missingHistory, placeOf, teamResultsRefusal } from './evaluate-team-results.js';
import { matchScopeWhere } from './standings.js';
import { resolveSubject, subjectName, type ResolvedSubject } from './subjects.js';
import { isFalse, isTrue, unverifiable, type ProofItem } from './verdict.js';

type TeamResultsRank = Extract<Relation, { kind: 'team-results-rank' }>;

interface TeamCount {
  readonly name: string;
  readonly n: number;
  readonly matchIds: number[];
}

export async function evaluateTeamResultsRank(ctx: CheckContext, claim: Claim, relation: TeamResultsRank, subject: ResolvedSubject): Promise<Judgement> {
  const refusal = teamResultsRefusal(claim, subject, 'matches');
  if (refusal) return refusal;
  const competition = claim.scope.competition!;
  if (claim.scope.venue || claim.scope.per || claim.scope.opponent) return unverifiable('the checker compares teams over all their matches in a competition or an edition, not at a venue, against one opponent or in a single match');
  const competitions = competitionsOf(ctx.store, competition);
  if (competitions.length === 0) return unverifiable(`the data holds no ${competition.said} matches`);
  const competitionIds = competitions.map((c) => c.id);
  let other: ResolvedSubject | undefined;
  if (relation.other !== undefined) {
    other = await resolveSubject(ctx.store, relation.other, competitionIds);
    if (other.teams.length === 0) return unverifiable(`no team named "${relation.other}" in the data`);
  }

  const { where, params } = matchScopeWhere(claim, competitionIds);
  const byTeam = countedResults(ctx, where, params, relation.field);
  const ids = new Set(subject.teams.map((t) => t.id));
  const sum = (teamIds: ReadonlySet<number>, name: string): TeamCount => {
    const found = [...byTeam].filter(([id]) => teamIds.has(id)).map(([, c]) => c);
    return { name, n: found.reduce((n, c) => n + c.n, 0), matchIds: found.flatMap((c) => c.matchIds) };
  };
  const own = sum(ids, subjectName(subject, 'team'));
  const rivals = other
    ? [sum(new Set(other.teams.map((t) => t.id)), subjectName(other, 'team'))]
    : [...byTeam].filter(([id]) => !ids.has(id)).map(([, c]) => c);
  const better = (a: number, b: number): boolean => (relation.direction === 'more' ? a > b : a < b);
  // The rival that decides it: the one named, else the best of the others (fewest: among teams that played).
  const rival = rivals.reduce<TeamCount | undefined>((best, c) => (best === undefined || better(c.n, best.n) ? c : best), undefined);

  const place = placeOf(claim, competitions);
  const level = rival ? rivals.filter((c) => c.n === rival.n).map((c) => c.name) : [];
  const rivalSaid = rival === undefined ? 'no other team in the data' : other ? `${rival.name}: ${counted(rival.n, relation.field)}` : `the ${relation.direction === 'more' ? 'most' : 'fewest'} of any other team: ${level.slice(0, 3).join(', ')}${level.length > 3 ? ` and ${level.length - 3} more` : ''}, ${counted(rival.n, relation.field)}`;
  const statement = `${own.name}: ${counted(own.n, relation.field)} at ${place}${claim.time.kind === 'before' ? ` (its matches before ${claim.time.date})` : ''}; ${rivalSaid}`;
  const proof: ProofItem[] = [own, ...(rival ? [rival] : [])].map((c) => ({ role: c === own ? 'subject' : 'compared', text: `${c.name}: ${counted(c.n, relation.field)} at ${place}`, matchIds: c.matchIds }));
  const notes = relation.field === 'matches' ? [] : ['A match decided on penalties counts as a draw.'];

  const holds = rival === undefined || better(own.n, rival.n) || (relation.orLevel === true && own.n === rival.n);
  // Matches the data lacks could change either count: an all-time comparison is judged only where every edition is loaded.
  const partial = claim.scope.edition ? undefined : missingHistory(ctx, competitions);
  if (partial) return unverifiable(`${statement} in the data, but ${partial}`, proof, notes);
  if (!holds) return isFalse(`${statement}.`, proof, notes);
  const shared = relation.orLevel && rival !== undefined && own.n === rival.n ? ` (level with ${level.join(', ')})` : '';
  return isTrue(`${statement}${shared}.`, proof, notes);
}
