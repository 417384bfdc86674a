// Who stands where in a claim's scope: players by goals (in a match, an edition or a career, asked
// of the stored goals in plain SQL), teams by titles, finals and tournaments (read from the record
// book's all-time tallies, where the champion of each edition is decided). The evaluators of
// "the only …", "no player has …", "more … than" and "the top scorer with N goals" read these.
import { thousands } from '../domain/thousands.js';
import { KNOCKOUT_STAGE_KINDS } from '../records/definitions/vocabulary.js';
import type { Claim, TeamTallyField } from './claim.js';
import { competitionsOf } from './competitions.js';
import { pickBook, type CheckContext, type Judgement } from './context.js';
import { definitionFor } from './record-spec.js';
import { unverifiable } from './verdict.js';
import { distinctList } from '../store/sql-reader.js';
import { tallyBookOf } from '../records/engine/units.js';

export interface Standing {
  /** `p12` for a player, `t7` for a team. */
  readonly key: string;
  readonly name: string;
  readonly amount: number;
  /** Where the amount was reached: a match, an edition, or nothing for a career. */
  readonly where?: string;
  readonly matchIds?: readonly number[];
  /** The most it can be where the data is incomplete; absent when `amount` is exact. */
  readonly upTo?: number;
}

export interface Standings {
  /** Best first. */
  readonly rows: readonly Standing[];
  /** "goals in one match of the FIFA World Cup 1958"… for statements. */
  readonly label: string;
  readonly record?: Judgement['record'];
  readonly notes: readonly string[];
}

/** A share of matches without their scorers above which goal standings are not given. */
const GAP_SHARE = 0.05;

export type GoalLevel = 'match' | 'edition' | 'career';

function stageKinds(claim: Claim): string[] | undefined {
  const stages = claim.scope.stages;
  if (!stages) return undefined;
  return stages.flatMap((s) => (s === 'knockout' ? [...KNOCKOUT_STAGE_KINDS] : [s]));
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/**
 * The played matches of a claim's scope, as conditions on `match m JOIN edition e` and their
 * parameters: its competitions (where given), edition, stages and time.
 */
export function matchScopeWhere(claim: Claim, competitionIds: readonly number[] | undefined): { where: string[]; params: (string | number)[] } {
  const where: string[] = [`m.status = 'played'`, 'm.ft_home IS NOT NULL'];
  const params: (string | number)[] = [];
  if (competitionIds) {
    where.push(`e.competition_id IN (${marks(competitionIds.length)})`);
    params.push(...competitionIds);
  }
  if (claim.scope.edition) {
    where.push('e.start_year = ?');
    params.push(claim.scope.edition.year);
  }
  const stages = stageKinds(claim);
  if (stages) {
    where.push(`m.stage_id IN (SELECT id FROM stage WHERE kind IN (${marks(stages.length)}))`);
    params.push(...stages);
  }
  if (claim.time.kind === 'before') {
    where.push('m.date < ?');
    params.push(claim.time.date);
  }
  return { where, params };
}

/**
 * Players by goals at a level, within the claim's competition, edition, stages, opponent and time.
 * Unverifiable when more than 5% of the matches in scope lack their scorers.
 */
export function goalStandings(ctx: CheckContext, claim: Claim, level: GoalLevel, opponentTeamIds?: readonly number[], forPlayerIds?: readonly number[]): Standings | Judgement {
  const competition = claim.scope.competition;
  if (!competition && !opponentTeamIds) return unverifiable('the claim names no competition (say "at a World Cup", "in the Champions League"…)');
  const competitionIds = competition ? competitionsOf(ctx.store, competition).map((c) => c.id) : undefined;
  if (competitionIds && competitionIds.length === 0) return unverifiable(`the data holds no ${competition?.said ?? ''} matches`);
  const { where, params } = matchScopeWhere(claim, competitionIds);
  if (opponentTeamIds) {
    // Only the matches against that team need their scorers — of the subject's own teams, when one player is asked about.
    const own = forPlayerIds && forPlayerIds.length > 0
      ? (ctx.store.sql.prepare(`SELECT DISTINCT team_id AS id FROM goal WHERE own_goal = 0 AND player_id IN (${marks(forPlayerIds.length)})`).all(...forPlayerIds) as { id: number }[]).map((r) => r.id)
      : [];
    if (own.length > 0) {
      where.push(`((m.home_team_id IN (${marks(opponentTeamIds.length)}) AND m.away_team_id IN (${marks(own.length)})) OR (m.away_team_id IN (${marks(opponentTeamIds.length)}) AND m.home_team_id IN (${marks(own.length)})))`);
      params.push(...opponentTeamIds, ...own, ...opponentTeamIds, ...own);
    } else {
      where.push(`(m.home_team_id IN (${marks(opponentTeamIds.length)}) OR m.away_team_id IN (${marks(opponentTeamIds.length)}))`);
      params.push(...opponentTeamIds, ...opponentTeamIds);
    }
  }
  const scopeParams = [...params];
  let opponentClause = '';
  if (opponentTeamIds) {
    opponentClause = ` AND ((g.team_id = m.home_team_id AND m.away_team_id IN (${marks(opponentTeamIds.length)})) OR (g.team_id = m.away_team_id AND m.home_team_id IN (${marks(opponentTeamIds.length)})))`;
  }
  const from = 'FROM match m JOIN edition e ON e.id = m.edition_id';
  const gaps = ctx.store.sql
    .prepare(`SELECT count(*) AS total, sum(CASE WHEN m.goals_known = 0 AND coalesce(m.et_home, m.ft_home) + coalesce(m.et_away, m.ft_away) > 0 THEN 1 ELSE 0 END) AS lacking ${from} WHERE ${where.join(' AND ')}`)
    .get(...scopeParams) as { total: number; lacking: number | null };
  if (gaps.total === 0) return unverifiable('the data holds no match in that scope');
  const lacking = gaps.lacking ?? 0;
  if (lacking / gaps.total > GAP_SHARE) return unverifiable(`${thousands(lacking)} of the ${thousands(gaps.total)} matches in that scope lack their scorers`);
  // Grouping by the player alone groups by his id twice: PostgreSQL refuses a constant there.
  const unit = level === 'match' ? 'm.id' : level === 'edition' ? 'e.id' : 'p.id';
  const rows = ctx.store.sql
    .prepare(
      `SELECT p.id AS id, p.name AS name, ${unit} AS unit, max(e.name) AS edition, max(m.date) AS date, count(*) AS goals, ${distinctList(ctx.store.sql, 'm.id')} AS "matchIds"
       FROM goal g JOIN match m ON m.id = g.match_id JOIN edition e ON e.id = m.edition_id JOIN player p ON p.id = g.player_id
       WHERE g.own_goal = 0 AND ${where.join(' AND ')}${opponentClause}
       GROUP BY p.id, ${unit} ORDER BY goals DESC, date`,
    )
    .all(...params, ...(opponentTeamIds ? [...opponentTeamIds, ...opponentTeamIds] : [])) as { id: number; name: string; edition: string; date: string; goals: number; matchIds: string }[];
  const label = level === 'match' ? 'goals in one match' : level === 'edition' ? 'goals in one edition' : 'goals';
  return {
    rows: rows.map((r) => ({
      key: `p${r.id}`,
      name: r.name,
      amount: r.goals,
      ...(level === 'match' ? { where: r.date } : level === 'edition' ? { where: r.edition } : {}),
      matchIds: r.matchIds.split(',').map(Number),
    })),
    label,
    notes: [],
  };
}

interface TeamTally {
  readonly titles?: number;
  readonly finals?: number;
  readonly editions?: number;
}

/**
 * Teams by titles, finals or tournaments, from the record book's all-time tallies of the claim's
 * competition. Where an edition's matches lack their stages, its final and champion are unknown:
 * each team that played in it may have one more title or final than the book counts (`upTo`).
 */
export function teamStandings(ctx: CheckContext, claim: Claim, field: TeamTallyField): Standings | Judgement {
  const competition = claim.scope.competition;
  if (!competition) return unverifiable('the claim names no competition (say "at a World Cup", "in the Champions League"…)');
  const spec = { unit: 'team-career', measure: { kind: 'sum', field: 'titles' }, produces: { kind: 'extreme', direction: 'most' }, requires: ['stages'] } as const;
  const found = definitionFor(spec, competition, ctx.definitions, 'most titles');
  if ('problems' in found) return unverifiable(`no record can be defined for it: ${found.problems.join('; ')}`);
  const reader = ctx.bookFor(found, claim.time);
  const book = pickBook(reader, found.definition.id, competition);
  const record = { definitionId: found.definition.id, asOf: reader.asOf, definedBy: found.stored ? ('catalogue' as const) : ('claim' as const) };
  if (!book) return { ...unverifiable(`the data holds no ${competition.name ?? competition.said} matches (${reader.asOf})`), record };
  const competitionIds = competitionsOf(ctx.store, competition).map((c) => c.id);
  const before = claim.time.kind === 'before' ? claim.time.date : '9999-12-31';
  const marks = competitionIds.map(() => '?').join(', ');
  // Editions with matches whose stage is unknown, and the teams that played in them.
  const unknown = ctx.store.sql
    .prepare(
      `SELECT team, count(DISTINCT edition) AS editions, ${distinctList(ctx.store.sql, 'name')} AS names FROM (
         SELECT m.home_team_id AS team, e.id AS edition, e.name AS name FROM match m JOIN edition e ON e.id = m.edition_id
         WHERE e.competition_id IN (${marks}) AND m.status = 'played' AND m.stage_id IS NULL AND m.date < ?
         UNION ALL
         SELECT m.away_team_id, e.id, e.name FROM match m JOIN edition e ON e.id = m.edition_id
         WHERE e.competition_id IN (${marks}) AND m.status = 'played' AND m.stage_id IS NULL AND m.date < ?) AS played
       GROUP BY team`,
    )
    .all(...competitionIds, before, ...competitionIds, before) as { team: number; editions: number; names: string }[];
  const open = new Map(unknown.map((u) => [u.team, u]));
  const names = new Map<number, string>((ctx.store.sql.prepare('SELECT id, name FROM team').all() as { id: number; name: string }[]).map((t) => [t.id, t.name]));
  const tallies = tallyBookOf(found.definition, book.key);
  const rows: Standing[] = reader
    .keys(tallies, 'tally')
    .filter((key) => /^t\d+$/.test(key))
    .map((key) => {
      const tally = reader.get<TeamTally>(tallies, 'tally', key);
      const amount = tally?.[field] ?? 0;
      const gap = field === 'editions' ? undefined : open.get(Number(key.slice(1)));
      return { key, name: names.get(Number(key.slice(1))) ?? key, amount, ...(gap ? { upTo: amount + gap.editions, where: `the data lacks the stages of ${gap.names}` } : {}) };
    })
    .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name));
  const label = field === 'titles' ? 'titles' : field === 'finals' ? 'finals played' : 'tournaments played';
  const notes = unknown.length > 0 && field !== 'editions' ? [`The stages of ${[...new Set(unknown.flatMap((u) => u.names.split(',')))].join(', ')} are not in the data: its final and champion are unknown.`] : [];
  return { rows, label: `${label} at the ${book.label}`, record: { ...record, book: book.key }, notes };
}

export function isStandings(value: Standings | Judgement): value is Standings {
  return 'rows' in value;
}
