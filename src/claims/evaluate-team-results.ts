// "Brazil have played 114 World Cup matches", "Germany have lost 22", "England have won 13 matches
// against Germany": a team's results counted over the stored matches of the claim's scope (its
// competition, edition, stages, opponent and time), each match listed in the proof. A match decided
// on penalties is a draw, as FIFA counts it and as the record book does.
import { foundedIn } from '../records/engine/families.js';
import type { Claim, Relation, TeamResultField } from './claim.js';
import { competitionsOf, editionsOf, missingSeasons } from './competitions.js';
import type { CheckContext, Judgement } from './context.js';
import { matchScopeWhere } from './standings.js';
import { resolveSubject, subjectName, type ResolvedSubject } from './subjects.js';
import { isFalse, isTrue, unverifiable, type ProofItem } from './verdict.js';

type TeamResults = Extract<Relation, { kind: 'team-results' }>;

const WORDS: Record<TeamResultField, [one: string, many: string]> = {
  matches: ['match', 'matches'],
  wins: ['win', 'wins'],
  draws: ['draw', 'draws'],
  losses: ['defeat', 'defeats'],
};

export const counted = (n: number, field: TeamResultField): string => `${n} ${n === 1 ? WORDS[field][0] : WORDS[field][1]}`;

/** Proof lines listed one by one up to this many matches; beyond it, one line with them all. */
const LISTED = 12;

interface TeamMatch {
  readonly id: number;
  readonly date: string;
  readonly home: string;
  readonly away: string;
  readonly score: string;
  readonly result: 'win' | 'draw' | 'loss';
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Why a claim about a team's results cannot be counted at all: a player for subject, no such team, or no competition named. */
export function teamResultsRefusal(claim: Claim, subject: ResolvedSubject, counted: 'matches' | 'results'): Judgement | undefined {
  if (subject.teams.length === 0 && subject.players.length > 0) {
    return unverifiable(`the data loaded has no line-ups, so a player's ${counted} cannot be counted: only the scorers and the booked of each match are known`);
  }
  if (subject.teams.length === 0) return unverifiable(`no team named "${subject.said}" in the data`);
  if (!claim.scope.competition) return unverifiable('the claim names no competition (say "at a World Cup", "in the Champions League"…)');
  return undefined;
}

/** Where the matches counted were played, as a statement says it: "the 2002 FIFA World Cup", "the FIFA World Cup". */
export function placeOf(claim: Claim, competitions: ReturnType<typeof competitionsOf>): string {
  const said = claim.scope.competition?.said ?? '';
  return claim.scope.edition ? `the ${claim.scope.edition.said} ${competitions[0]?.name ?? said}` : `the ${competitions.length === 1 ? competitions[0]!.name : said}`;
}

export async function evaluateTeamResults(ctx: CheckContext, claim: Claim, relation: TeamResults, subject: ResolvedSubject): Promise<Judgement> {
  const refusal = teamResultsRefusal(claim, subject, relation.field === 'matches' ? 'matches' : 'results');
  if (refusal) return refusal;
  const competition = claim.scope.competition!;
  if (claim.scope.venue) return unverifiable(`results ${claim.scope.venue === 'neutral' ? 'at neutral venues' : `at ${claim.scope.venue}`} are not counted by the checker: ask about all of a team's matches in the competition`);
  if (claim.scope.per) return unverifiable('a count of matches "in a single" match or tournament is not a team result: ask about an edition ("at the 2002 World Cup") or all of them');
  const competitions = competitionsOf(ctx.store, competition);
  if (competitions.length === 0) return unverifiable(`the data holds no ${competition.said} matches`);
  const competitionIds = competitions.map((c) => c.id);
  let opponent: ResolvedSubject | undefined;
  if (claim.scope.opponent) {
    opponent = await resolveSubject(ctx.store, claim.scope.opponent, competitionIds);
    if (opponent.teams.length === 0) return unverifiable(`no team named "${claim.scope.opponent}" in the data`);
  }

  const { where, params } = matchScopeWhere(claim, competitionIds);
  const matches = teamMatches(ctx, where, params, subject.teams.map((t) => t.id), opponent?.teams.map((t) => t.id));
  const field = relation.field;
  const wanted = field === 'matches' ? matches : matches.filter((m) => m.result === RESULT_OF[field]);
  const actual = wanted.length;

  const name = subjectName(subject, 'team');
  const against = opponent ? ` against ${subjectName(opponent, 'team')}` : '';
  const place = placeOf(claim, competitions);
  const outOf = relation.field === 'matches' ? '' : ` in ${counted(matches.length, 'matches')}`;
  const statement = `${name}: ${counted(actual, relation.field)}${outOf}${against} at ${place}${claim.time.kind === 'before' ? ` (its matches before ${claim.time.date})` : ''}`;
  const proof = proofOf(wanted, relation.field);
  const notes = relation.field === 'matches' ? [] : ['A match decided on penalties counts as a draw.'];

  // The count can only grow with matches the data lacks: it refutes a smaller number, and a larger
  // or equal one only where the competition's every edition in scope is loaded.
  const partial = claim.scope.edition ? undefined : missingHistory(ctx, competitions);
  if (relation.all) return judgeAll(relation, matches, `${name}: ${counted(actual, relation.field)} in ${counted(matches.length, 'matches')}${against} at ${place}`, partial, notes);
  if (relation.n === undefined) return unverifiable('the claim gives no number of matches to count');
  if (relation.n < actual) return isFalse(`${statement}, not ${relation.n}.`, proof, notes);
  if (partial) return unverifiable(`${statement} in the data, but ${partial}`, proof, notes);
  if (relation.n > actual) return isFalse(`${statement}, not ${relation.n}.`, proof, notes);
  return isTrue(`${statement}.`, proof, notes);
}

/**
 * "Won all seven of their matches": every match of the scope ended so, and as many as said. A match
 * that did not refutes it whatever the data lacks; all of them agreeing confirms it only where the
 * data holds every edition in scope (a missing one may hold a draw).
 */
function judgeAll(relation: TeamResults, matches: readonly TeamMatch[], statement: string, partial: string | undefined, notes: string[]): Judgement {
  const others = matches.filter((m) => relation.field === 'matches' || m.result !== RESULT_OF[relation.field]);
  const proof = proofOf(matches, 'matches');
  if (matches.length === 0) return isFalse(`${statement}: no match in the data.`, [], notes);
  const listed = others.slice(0, 3).map((m) => `${m.date} ${m.home} v ${m.away} ${m.score} (${m.result})`);
  if (others.length > 3) listed.push(`${others.length - 3} more`);
  if (others.length > 0) return isFalse(`${statement}, not all: ${listed.join('; ')}.`, proof, notes);
  if (relation.n !== undefined && relation.n !== matches.length) return isFalse(`${statement}, not ${relation.n}.`, proof, notes);
  if (partial) return unverifiable(`${statement} in the data, but ${partial}`, proof, notes);
  return isTrue(`${statement}: all of them.`, proof, notes);
}

const RESULT_OF: Record<Exclude<TeamResultField, 'matches'>, TeamMatch['result']> = { wins: 'win', draws: 'draw', losses: 'loss' };

function proofOf(matches: readonly TeamMatch[], field: TeamResultField): ProofItem[] {
  const role = field === 'matches' ? 'match' : WORDS[field][0];
  if (matches.length === 0) return [];
  if (matches.length > LISTED) {
    const first = matches[0]!;
    const last = matches[matches.length - 1]!;
    return [{ role, text: `${counted(matches.length, field)}, from ${first.date} (${first.home} v ${first.away}) to ${last.date} (${last.home} v ${last.away})`, matchIds: matches.map((m) => m.id) }];
  }
  return matches.map((m) => ({ role, text: `${m.date}: ${m.home} v ${m.away}, ${m.score} (${m.result})`, matchId: m.id }));
}

/** Why the data may lack some of the competition's matches: it begins after the competition did, or seasons are missing. */
export function missingHistory(ctx: CheckContext, competitions: ReturnType<typeof competitionsOf>): string | undefined {
  const reasons: string[] = [];
  for (const competition of competitions) {
    const first = editionsOf(ctx.store, [competition.id])[0];
    const founded = foundedIn(competition.name);
    if (first && founded !== undefined && first.startYear > founded) reasons.push(`the data's ${competition.name} begins with ${first.name}; the competition began in ${founded}`);
    const missing = missingSeasons(ctx.store, competition);
    if (missing.length > 0) reasons.push(`the data has no ${competition.name} ${missing.join(', ')} season${missing.length === 1 ? '' : 's'}`);
  }
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/** A team's match, from its side: the team, its name, and how the match ended for it. */
interface SideMatch extends TeamMatch {
  readonly team: number;
  readonly name: string;
}

/**
 * The stored matches `where` selects (built by `matchScopeWhere`), once per side that played: the
 * sides of `teamIds` only where given (and against `opponentIds` where given), else both. In date order.
 */
function teamMatches(ctx: CheckContext, where: readonly string[], params: readonly (string | number)[], teamIds?: readonly number[], opponentIds?: readonly number[]): SideMatch[] {
  const scope = [...where, 'm.ft_away IS NOT NULL'];
  const side = (own: 'home' | 'away') => {
    const other = own === 'home' ? 'away' : 'home';
    const filters = [...scope, ...(teamIds ? [`m.${own}_team_id IN (${marks(teamIds.length)})`] : []), ...(opponentIds?.length ? [`m.${other}_team_id IN (${marks(opponentIds.length)})`] : [])];
    return `SELECT m.id, m.date, m.home_name AS home, m.away_name AS away, coalesce(m.et_home, m.ft_home) AS hg, coalesce(m.et_away, m.ft_away) AS ag, '${own}' AS side, m.${own}_team_id AS team
       FROM match m JOIN edition e ON e.id = m.edition_id WHERE ${filters.join(' AND ')}`;
  };
  const sideParams = [...params, ...(teamIds ?? []), ...(opponentIds?.length ? opponentIds : [])];
  const rows = ctx.store.sql
    .prepare(`SELECT id, date, home, away, hg, ag, side, team FROM (${side('home')} UNION ALL ${side('away')}) AS played ORDER BY date, id`)
    .all(...sideParams, ...sideParams) as { id: number; date: string; home: string; away: string; hg: number; ag: number; side: 'home' | 'away'; team: number }[];
  return rows.map((r) => {
    const [scored, conceded] = r.side === 'home' ? [r.hg, r.ag] : [r.ag, r.hg];
    const result = scored > conceded ? 'win' : scored < conceded ? 'loss' : 'draw';
    return { id: r.id, date: r.date, home: r.home, away: r.away, score: `${r.hg}-${r.ag}`, result, team: r.team, name: r.side === 'home' ? r.home : r.away };
  });
}

/** Every team's matches (or wins, draws, defeats) among the stored matches `where` selects, by team id: its name and the matches counted. */
export function countedResults(ctx: CheckContext, where: readonly string[], params: readonly (string | number)[], field: TeamResultField): Map<number, { name: string; n: number; matchIds: number[] }> {
  const byTeam = new Map<number, { name: string; n: number; matchIds: number[] }>();
  for (const m of teamMatches(ctx, where, params)) {
    let team = byTeam.get(m.team);
    if (!team) byTeam.set(m.team, (team = { name: m.name, n: 0, matchIds: [] }));
    if (field !== 'matches' && m.result !== RESULT_OF[field]) continue;
    team.n += 1;
    team.matchIds.push(m.id);
  }
  return byTeam;
}
