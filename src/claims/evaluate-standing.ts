// Claims about where a player or team stands among all others in the scope: "Italy have won the
// World Cup four times", "X is the only player to score 13 goals at a single World Cup", "no team
// has won it more than five times", "Klose scored more World Cup goals than Ronaldo", "Kane was
// the top scorer at the 2018 World Cup with six goals".
import type { Claim, Relation, TeamTallyField } from './claim.js';
import { competitionsOf } from './competitions.js';
import type { CheckContext, Judgement } from './context.js';
import { joinWords } from './describe.js';
import { goalStandings, isStandings, teamStandings, type GoalLevel, type Standing, type Standings } from './standings.js';
import { resolveSubject, subjectKeys, subjectName, type ResolvedSubject } from './subjects.js';
import { isFalse, isTrue, unverifiable, type ProofItem } from './verdict.js';
import { EVERYONE_ELSE } from './words.js';

type Tally = Extract<Relation, { kind: 'team-tally' }>;
type Only = Extract<Relation, { kind: 'only' | 'nobody' }>;
type Compare = Extract<Relation, { kind: 'compare' }>;
type TopScorer = Extract<Relation, { kind: 'top-scorer' }>;

const FIELD_WORDS: Record<TeamTallyField, [string, string]> = {
  titles: ['title', 'titles'],
  finals: ['final', 'finals'],
  editions: ['tournament', 'tournaments'],
};

function counted(n: number, field: TeamTallyField): string {
  const [one, many] = FIELD_WORDS[field];
  return `${n} ${n === 1 ? one : many}`;
}

function proofOf(rows: readonly Standing[], role: string, label: string): ProofItem[] {
  return rows.slice(0, 5).map((r) => ({
    role,
    text: `${r.name} — ${r.amount} ${label}${r.where ? ` (${r.where})` : ''}`,
    ...(r.matchIds && r.matchIds.length === 1 ? { matchId: r.matchIds[0] } : r.matchIds ? { matchIds: r.matchIds } : {}),
  }));
}

function withRecord(judgement: Judgement, standings: Standings): Judgement {
  return { ...judgement, notes: [...judgement.notes, ...standings.notes], ...(standings.record ? { record: standings.record } : {}) };
}

/** The level a goals claim speaks of: one match, one edition, or a career. */
export function goalLevel(claim: Claim, perMatchAction: boolean): GoalLevel {
  if (claim.scope.per === 'match' || (perMatchAction && claim.scope.per !== 'edition')) return 'match';
  if (claim.scope.per === 'edition' || claim.scope.edition) return 'edition';
  return 'career';
}

function mine(rows: readonly Standing[], keys: ReadonlySet<string>): Standing[] {
  return rows.filter((r) => keys.has(r.key));
}

function one(subject: ResolvedSubject, who: 'player' | 'team'): Judgement | undefined {
  const n = who === 'player' ? subject.players.length : subject.teams.length;
  if (n === 0) return unverifiable(`no ${who} named "${subject.said}" in the data`);
  return undefined;
}

/** "Italy have won the World Cup four times", "Germany have played in eight World Cup finals". */
export function evaluateTeamTally(ctx: CheckContext, claim: Claim, relation: Tally, subject: ResolvedSubject): Judgement {
  const missing = one(subject, 'team');
  if (missing) return missing;
  const standings = teamStandings(ctx, claim, relation.field);
  if (!isStandings(standings)) return standings;
  const found = mine(standings.rows, subjectKeys(subject, 'team'));
  const name = subjectName(subject, 'team');
  const actual = found.reduce((sum, r) => sum + r.amount, 0);
  const most = found.reduce((sum, r) => sum + high(r), 0);
  const proof = proofOf(found.length > 0 ? found : [{ key: '', name, amount: 0 }], 'tally', standings.label);
  const where = standings.label.replace(/^.* at the /, '');
  if (relation.n < actual || relation.n > most) {
    const statement = most > actual ? `${name}: at least ${counted(actual, relation.field)} at the ${where}, at most ${most}` : `${name}: ${counted(actual, relation.field)} at the ${where}`;
    return withRecord(isFalse(`${statement}, not ${relation.n}.`, proof), standings);
  }
  if (most > actual) return withRecord(unverifiable(`${name} has ${counted(actual, relation.field)} at the ${where} in the data, and may have ${most}: ${found.find((r) => r.upTo !== undefined)?.where ?? 'some stages are missing'}`, proof), standings);
  return withRecord(isTrue(`${name}: ${counted(actual, relation.field)} at the ${where}.`, proof), standings);
}

/** The most a standing can be: its amount, or more where the data is incomplete. */
function high(r: Standing): number {
  return r.upTo ?? r.amount;
}

function standingsFor(ctx: CheckContext, claim: Claim, measure: Only['measure'], perMatchAction: boolean): Standings | Judgement {
  return measure === 'goals' ? goalStandings(ctx, claim, goalLevel(claim, perMatchAction)) : teamStandings(ctx, claim, measure);
}

/** "X is the only player to …" and "no player has …": who reached the value. */
export function evaluateOnly(ctx: CheckContext, claim: Claim, relation: Only, subject: ResolvedSubject | undefined): Judgement {
  if (subject) {
    const missing = one(subject, relation.who);
    if (missing) return missing;
  }
  const finalOnly = claim.scope.stages?.length === 1 && (claim.scope.stages[0] === 'final' || claim.scope.stages[0] === 'third_place');
  const standings = standingsFor(ctx, claim, relation.measure, relation.perMatch === true || finalOnly);
  if (!isStandings(standings)) return standings;
  const reached = standings.rows.filter((r) => r.amount >= relation.atLeast);
  const maybe = standings.rows.filter((r) => r.amount < relation.atLeast && high(r) >= relation.atLeast);
  const who = [...new Map(reached.map((r) => [r.key, r.name])).values()];
  const proof = proofOf(reached.length > 0 ? reached : standings.rows.slice(0, 3), reached.length > 0 ? 'reached it' : 'best', standings.label);
  const what = `${relation.atLeast} or more ${standings.label}`;
  const doubt = (names: readonly Standing[]) => `${joinWords(names.slice(0, 4).map((r) => r.name))} may have reached ${what}: ${names[0]?.where ?? 'the data is incomplete'}`;
  const list = (names: readonly string[]) => `${joinWords(names.slice(0, 4))}${names.length > 4 ? ` and ${names.length - 4} more` : ''}`;
  if (relation.kind === 'nobody') {
    if (who.length > 0) return withRecord(isFalse(`${list(who)} reached ${what}.`, proof), standings);
    if (maybe.length > 0) return withRecord(unverifiable(doubt(maybe), proof), standings);
    return withRecord(isTrue(`No ${relation.who} has ${what}; the most is ${standings.rows[0]?.amount ?? 0}.`, proof), standings);
  }
  const keys = subject ? subjectKeys(subject, relation.who) : new Set<string>();
  const theirs = reached.filter((r) => keys.has(r.key));
  const others = [...new Map(reached.filter((r) => !keys.has(r.key)).map((r) => [r.key, r.name])).values()];
  const name = subject ? subjectName(subject, relation.who) : '';
  if (others.length > 0) return withRecord(isFalse(`${name} is not the only one with ${what}: ${list(others)} too.`, proof), standings);
  const ownBest = mine(standings.rows, keys)[0];
  if (theirs.length === 0 && (!ownBest || high(ownBest) < relation.atLeast)) {
    return withRecord(isFalse(`${name} never reached ${what} (best: ${ownBest?.amount ?? 0}).`, proof), standings);
  }
  const uncertain = maybe.filter((r) => theirs.length === 0 || !keys.has(r.key));
  if (theirs.length === 0 || uncertain.length > 0) return withRecord(unverifiable(doubt(uncertain.length > 0 ? uncertain : maybe), proof), standings);
  return withRecord(isTrue(`${name} is the only ${relation.who} with ${what}.`, proof), standings);
}

/** What a comparison compares: players' goals (in one edition, where the claim names one), or a team tally. */
function comparedStandings(ctx: CheckContext, claim: Claim, relation: Compare): Standings | Judgement {
  const level = relation.measure === 'goals' ? (claim.scope.edition || claim.scope.per === 'edition' ? 'edition' : 'career') : 'career';
  const standings = relation.measure === 'goals' ? goalStandings(ctx, claim, level) : teamStandings(ctx, claim, relation.measure);
  if (isStandings(standings) && relation.measure === 'goals' && level === 'edition' && !claim.scope.edition) return unverifiable('which tournament is compared is not said');
  return standings;
}

/** An amount, with the most it can be where the data is incomplete: "13 (up to 15)". */
const amountSaid = (amount: number, most: number): string => `${amount}${most > amount ? ` (up to ${most})` : ''}`;

/** "Klose scored more World Cup goals than Ronaldo", "Brazil have won more World Cups than Germany". */
export async function evaluateCompare(ctx: CheckContext, claim: Claim, relation: Compare, subject: ResolvedSubject): Promise<Judgement> {
  if (EVERYONE_ELSE.test(relation.other.trim())) return compareWithEveryone(ctx, claim, relation, subject);
  const competitionIds = claim.scope.competition ? competitionsOf(ctx.store, claim.scope.competition).map((c) => c.id) : [];
  const other = await resolveSubject(ctx.store, relation.other, competitionIds);
  const who = relation.measure === 'goals' ? 'player' : 'team';
  const missing = one(subject, who) ?? one(other, who);
  if (missing) return missing;
  if (subject.players.length > 1 || other.players.length > 1) {
    const many = subject.players.length > 1 ? subject : other;
    return unverifiable(`"${many.said}" names ${many.players.length} players: ${joinWords(many.players.map((p) => p.name))}`);
  }
  const standings = comparedStandings(ctx, claim, relation);
  if (!isStandings(standings)) return standings;
  const total = (s: ResolvedSubject, of: (r: Standing) => number) => mine(standings.rows, subjectKeys(s, who)).reduce((sum, r) => sum + of(r), 0);
  const a = total(subject, (r) => r.amount);
  const b = total(other, (r) => r.amount);
  const aHigh = total(subject, high);
  const bHigh = total(other, high);
  const nameA = subjectName(subject, who);
  const nameB = subjectName(other, who);
  const proof = [...proofOf(mine(standings.rows, subjectKeys(subject, who)), 'subject', standings.label), ...proofOf(mine(standings.rows, subjectKeys(other, who)), 'other', standings.label)];
  const [low, highest, otherLow, otherHigh] = relation.direction === 'more' ? [a, aHigh, b, bHigh] : [b, bHigh, a, aHigh];
  const statement = `${nameA}: ${amountSaid(a, aHigh)} ${standings.label}; ${nameB}: ${amountSaid(b, bHigh)}.`;
  if (low > otherHigh) return withRecord(isTrue(statement, proof), standings);
  if (highest <= otherLow) return withRecord(isFalse(statement, proof), standings);
  return withRecord(unverifiable(`the data is incomplete: ${statement}`, proof), standings);
}

/**
 * "Miroslav Klose has scored more World Cup goals than anyone", "Brazil have won the World Cup more
 * times than any other team": the subject against the best of everyone else in the same standings.
 * True when its total beats the most anyone else can have; false when someone else has at least
 * the most it can have.
 */
function compareWithEveryone(ctx: CheckContext, claim: Claim, relation: Compare, subject: ResolvedSubject): Judgement {
  if (relation.direction !== 'more') return unverifiable(`"${relation.direction} … than ${relation.other}" compares with nobody in particular: name whom`);
  const who = relation.measure === 'goals' ? 'player' : 'team';
  const missing = one(subject, who);
  if (missing) return missing;
  const standings = comparedStandings(ctx, claim, relation);
  if (!isStandings(standings)) return standings;
  const keys = subjectKeys(subject, who);
  const own = mine(standings.rows, keys);
  const rival = standings.rows.filter((r) => !keys.has(r.key)).reduce<Standing | undefined>((best, r) => (best === undefined || high(r) > high(best) ? r : best), undefined);
  const a = own.reduce((sum, r) => sum + r.amount, 0);
  const aHigh = own.reduce((sum, r) => sum + high(r), 0);
  const name = subjectName(subject, who);
  const rivalSaid = rival ? `the most of anyone else: ${rival.name}, ${amountSaid(rival.amount, high(rival))}` : 'nobody else in the data';
  const statement = `${name}: ${amountSaid(a, aHigh)} ${standings.label}; ${rivalSaid}.`;
  const proof = [...proofOf(own, 'subject', standings.label), ...(rival ? proofOf([rival], 'other', standings.label) : [])];
  if (rival === undefined || a > high(rival)) return withRecord(isTrue(statement, proof), standings);
  if (rival.amount >= aHigh) return withRecord(isFalse(statement, proof), standings);
  return withRecord(unverifiable(`the data is incomplete: ${statement}`, proof), standings);
}

/** "X was the top scorer at the 1958 World Cup with 13 goals". */
export function evaluateTopScorer(ctx: CheckContext, claim: Claim, relation: TopScorer, subject: ResolvedSubject): Judgement {
  const missing = one(subject, 'player');
  if (missing) return missing;
  if (!claim.scope.edition) return unverifiable('the top scorer of which tournament is not said (name its year)');
  const standings = goalStandings(ctx, claim, 'edition');
  if (!isStandings(standings)) return standings;
  const best = standings.rows[0];
  const keys = subjectKeys(subject, 'player');
  const theirs = mine(standings.rows, keys)[0];
  const name = subjectName(subject, 'player');
  const top = standings.rows.filter((r) => r.amount === best?.amount);
  const proof = proofOf(top.length > 0 ? top : standings.rows.slice(0, 3), 'top scorer', standings.label);
  if (!best) return unverifiable('no goals in that tournament in the data');
  const amount = theirs?.amount ?? 0;
  if (amount < best.amount) return isFalse(`The top scorer was ${joinWords(top.map((r) => r.name))} with ${best.amount}; ${name} scored ${amount}.`, proof);
  if (relation.n !== undefined && relation.n !== amount) return isFalse(`${name} was the top scorer with ${amount} goals, not ${relation.n}.`, proof);
  if (top.length > 1) return unverifiable(`${name} shared the top of the scorers' list with ${joinWords(top.filter((r) => !keys.has(r.key)).map((r) => r.name))} (${amount} each); the claim does not say joint`, proof);
  return isTrue(`${name} was the top scorer with ${amount} goals.`, proof);
}

type Count = Extract<Relation, { kind: 'count' }>;

/** "Salenko scored five goals against Cameroon in 1994": the subject's goals in matches against that team. */
export async function evaluateGoalsAgainst(ctx: CheckContext, claim: Claim, relation: Count, subject: ResolvedSubject): Promise<Judgement> {
  const missing = one(subject, 'player');
  if (missing) return missing;
  const competitionIds = claim.scope.competition ? competitionsOf(ctx.store, claim.scope.competition).map((c) => c.id) : [];
  const opponent = await resolveSubject(ctx.store, claim.scope.opponent ?? '', competitionIds);
  if (opponent.teams.length === 0) return unverifiable(`no team named "${claim.scope.opponent ?? ''}" in the data`);
  const level = claim.scope.per === 'edition' ? 'edition' : claim.scope.per === 'match' || relation.atLeast || relation.n >= 2 ? 'match' : 'career';
  const standings = goalStandings(ctx, claim, level, opponent.teams.map((t) => t.id), subject.players.map((p) => p.id));
  if (!isStandings(standings)) return standings;
  const keys = subjectKeys(subject, 'player');
  const theirs = mine(standings.rows, keys);
  const name = subjectName(subject, 'player');
  const against = subjectName(opponent, 'team');
  const proof = proofOf(theirs, 'tally', `${standings.label} against ${against}`);
  const people = new Set(theirs.map((r) => r.key));
  if (people.size > 1) return unverifiable(`"${subject.said}" names ${people.size} players with goals against ${against}`);
  const amounts = theirs.map((r) => r.amount);
  const fits = relation.atLeast ? amounts.some((a) => a >= relation.n) : level === 'career' ? (amounts[0] ?? 0) === relation.n : amounts.includes(relation.n);
  const best = Math.max(0, ...amounts);
  const statement = level === 'career' ? `${name} scored ${best} goals against ${against} in that scope` : `${name}'s most ${standings.label} against ${against}: ${best}`;
  return fits ? isTrue(`${statement}.`, proof) : isFalse(`${statement}; never ${relation.n}.`, proof);
}
