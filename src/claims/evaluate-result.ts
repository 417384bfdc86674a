// "Brest beat Sturm Graz 2-1": the meetings of two teams in the data, within the claim's scope.
import type { Claim, Relation } from './claim.js';
import { competitionsOf } from './competitions.js';
import type { CheckContext, Judgement } from './context.js';
import { joinWords } from './describe.js';
import { subjectName, type ResolvedSubject } from './subjects.js';
import { isFalse, isTrue, unverifiable, type ProofItem } from './verdict.js';

type Result = Extract<Relation, { kind: 'result' }>;

interface Meeting {
  readonly id: number;
  readonly date: string;
  readonly home: string;
  readonly away: string;
  readonly homeTeamId: number;
  readonly homeGoals: number;
  readonly awayGoals: number;
  readonly extraTime: number;
  readonly penHome: number | null;
  readonly penAway: number | null;
  readonly competition: string;
  readonly edition: string;
  readonly startYear: number;
}

export interface ResultJudgement {
  readonly judgement: Judgement;
  /** The match the claim describes, when the data has it. */
  readonly matchId?: number;
}

function line(m: Meeting): string {
  const pens = m.penHome !== null && m.penAway !== null ? `, ${m.penHome}-${m.penAway} pen.` : '';
  return `${m.date}: ${m.home} ${m.homeGoals}-${m.awayGoals}${m.extraTime ? ' a.e.t.' : ''}${pens} ${m.away} (${m.competition} ${m.edition}, match ${m.id})`;
}

/** The subject's result in a meeting: after extra time, and who won a shoot-out. */
function outcomeOf(m: Meeting, subjectHome: boolean): { goals: [number, number]; outcome: 'win' | 'draw' | 'loss'; shootout: 'won' | 'lost' | null } {
  const mine = subjectHome ? m.homeGoals : m.awayGoals;
  const theirs = subjectHome ? m.awayGoals : m.homeGoals;
  const outcome = mine > theirs ? 'win' : mine < theirs ? 'loss' : 'draw';
  const pens = m.penHome !== null && m.penAway !== null ? (subjectHome ? m.penHome - m.penAway : m.penAway - m.penHome) : null;
  return { goals: [mine, theirs], outcome, shootout: pens === null || pens === 0 ? null : pens > 0 ? 'won' : 'lost' };
}

/**
 * Whether a meeting is the claimed result. "Beat … on penalties" is a shoot-out won (a draw in the
 * score); "after extra time" needs extra time; "in normal time" forbids it; a win without a score
 * in a match decided on penalties is the shoot-out's winner.
 */
function fitsClaim(m: Meeting, subjectHome: boolean, relation: Result): boolean {
  const played = outcomeOf(m, subjectHome);
  if (relation.date !== undefined && m.date !== relation.date) return false;
  if (relation.decided === 'extra-time' && !m.extraTime) return false;
  if (relation.decided === 'normal-time' && m.extraTime) return false;
  if (relation.decided === 'penalties') {
    if (played.shootout === null) return false;
    if (relation.outcome === 'win' && played.shootout !== 'won') return false;
    if (relation.outcome === 'loss' && played.shootout !== 'lost') return false;
    // "won 4-2 on penalties": the score is the shoot-out's.
    if (relation.goals !== undefined && m.penHome !== null && m.penAway !== null) {
      const [hi, lo] = [Math.max(...relation.goals), Math.min(...relation.goals)];
      return Math.max(m.penHome, m.penAway) === hi && Math.min(m.penHome, m.penAway) === lo;
    }
  } else if (played.shootout === null || relation.goals !== undefined) {
    if (played.outcome !== relation.outcome) return false;
  } else if (relation.outcome !== 'draw' && (relation.outcome === 'win') !== (played.shootout === 'won')) {
    return false;
  }
  if (relation.goals === undefined) return true;
  const [x, y] = relation.goals;
  const mine = relation.outcome === 'win' ? Math.max(x, y) : relation.outcome === 'loss' ? Math.min(x, y) : x;
  const theirs = relation.outcome === 'win' ? Math.min(x, y) : relation.outcome === 'loss' ? Math.max(x, y) : y;
  return played.goals[0] === mine && played.goals[1] === theirs;
}

/**
 * Judges "X beat/drew with/lost to Y A-B" within the claim's competition, edition and time.
 *
 * @example evaluateResult(ctx, parse('Germany beat Brazil 7-1 at the 2014 World Cup'), germany, brazil).judgement.verdict // 'true'
 */
export function evaluateResult(ctx: CheckContext, claim: Claim, relation: Result, subject: ResolvedSubject, opponent: ResolvedSubject): ResultJudgement {
  if (subject.teams.length === 0) return { judgement: unverifiable(`no team named "${subject.said}" in the data`) };
  if (opponent.teams.length === 0) return { judgement: unverifiable(`no team named "${opponent.said}" in the data`) };
  const a = subject.teams.map((t) => t.id);
  const b = opponent.teams.map((t) => t.id);
  const competitions = claim.scope.competition ? competitionsOf(ctx.store, claim.scope.competition).map((c) => c.id) : undefined;
  const marks = (ids: readonly number[]) => ids.map(() => '?').join(', ');
  const before = claim.time.kind === 'before' ? claim.time.date : undefined;
  const meetings = ctx.store.sql
    .prepare(
      `SELECT m.id, m.date, m.home_name AS home, m.away_name AS away, m.home_team_id AS "homeTeamId",
              coalesce(m.et_home, m.ft_home) AS "homeGoals", coalesce(m.et_away, m.ft_away) AS "awayGoals", m.et_home IS NOT NULL AS "extraTime",
              m.pen_home AS "penHome", m.pen_away AS "penAway",
              c.name AS competition, e.name AS edition, e.start_year AS "startYear"
       FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
       WHERE m.status = 'played' AND m.ft_home IS NOT NULL
         AND ((m.home_team_id IN (${marks(a)}) AND m.away_team_id IN (${marks(b)})) OR (m.home_team_id IN (${marks(b)}) AND m.away_team_id IN (${marks(a)})))
         ${competitions ? `AND e.competition_id IN (${marks(competitions)})` : ''} ${claim.scope.edition ? 'AND e.start_year = ?' : ''} ${before ? 'AND m.date < ?' : ''}
       ORDER BY m.date, m.id`,
    )
    .all(...a, ...b, ...b, ...a, ...(competitions ?? []), ...(claim.scope.edition ? [claim.scope.edition.year] : []), ...(before ? [before] : [])) as Meeting[];
  const name = subjectName(subject, 'team');
  const other = subjectName(opponent, 'team');
  const fits = meetings.find((m) => fitsClaim(m, a.includes(m.homeTeamId), relation));
  const proof: ProofItem[] = (fits ? [fits] : meetings.slice(-5)).map((m) => ({ role: 'match', text: line(m), matchId: m.id, date: m.date }));
  if (fits) return { judgement: isTrue(`${line(fits)}.`, proof), matchId: fits.id };
  const pinned = claim.scope.edition !== undefined || claim.scope.competition?.family === 'fifa-world-cup';
  if (meetings.length > 0 && pinned) {
    const claimed = `${relation.goals ? `${relation.goals.join('-')} ` : ''}${relation.outcome === 'draw' ? 'draw' : `${relation.outcome === 'win' ? 'win' : 'defeat'} for ${name}`}${relation.decided ? ` (${relation.decided.replace('-', ' ')})` : ''}${relation.date ? ` on ${relation.date}` : ''}`;
    return { judgement: isFalse(`The data has no ${claimed} against ${other} there; their meetings: ${joinWords(meetings.slice(-5).map(line))}.`, proof) };
  }
  if (meetings.length === 0 && pinned) return { judgement: isFalse(`${name} and ${other} did not meet in that scope in the data.`, []) };
  return {
    judgement: unverifiable(
      meetings.length > 0
        ? `no such match in the data, which does not hold every season of every competition; their meetings here: ${joinWords(meetings.slice(-5).map(line))}`
        : `${name} and ${other} never meet in the data, which does not hold every season of every competition`,
      proof,
    ),
  };
}
