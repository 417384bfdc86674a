// "X scored 13 goals at the 1958 World Cup[, a record for a single tournament]", "Ronaldo scored 16
// World Cup goals": the subject's tally in the record book — per match, per edition or per career —
// and, when claimed, whether it was the record.
import type { RecordEntry } from '../records/engine/fact.js';
import { tallyBookOf } from '../records/engine/units.js';
import type { Claim, Relation } from './claim.js';
import { competitionIdOfBook, editionEnd, editionIn } from './competitions.js';
import { isJudgement, lookupRecord, type CheckContext, type Judgement, type RecordLookup } from './context.js';
import { entryPhrase, joinWords, scopePhrase } from './describe.js';
import type { RecordSpec } from './record-spec.js';
import { subjectName, type ResolvedSubject } from './subjects.js';
import { allOf, entryProof, isFalse, isTrue, unverifiable, type ProofItem } from './verdict.js';
import { COUNTED } from '../store/record-book/counted-matches-sql.js';

type Count = Extract<Relation, { kind: 'count' }>;
type Level = 'match' | 'edition' | 'career';

const SINGLE_MATCH_STAGES = new Set(['final', 'third_place']);

function levelOf(claim: Claim, relation: Count): Level {
  const scope = claim.scope;
  if (relation.atLeast || scope.per === 'match' || (scope.stages?.length === 1 && SINGLE_MATCH_STAGES.has(scope.stages[0] ?? ''))) return 'match';
  if (scope.edition || scope.per === 'edition') return 'edition';
  return 'career';
}

function specOf(claim: Claim, level: Level, who: 'player' | 'team', withEditions: boolean): RecordSpec {
  const scope = claim.scope;
  const unit = who === 'player' ? (`player-${level}` as const) : (`team-${level}` as const);
  return {
    unit,
    measure: { kind: 'sum', field: who === 'player' ? 'goals' : 'goalsFor' },
    produces: { kind: 'extreme', direction: 'most' },
    ...(scope.stages ? { stages: scope.stages } : {}),
    ...(scope.venue ? { venue: scope.venue } : {}),
    ...(withEditions && scope.edition ? { editions: { from: scope.edition.year, to: scope.edition.year } } : {}),
  };
}

interface Tally {
  readonly key: string;
  readonly goals: number;
  readonly edition?: string;
}

function goalsOf(value: unknown, who: 'player' | 'team'): number {
  if (value === null || typeof value !== 'object') return 0;
  const goals = (value as Record<string, unknown>)[who === 'player' ? 'goals' : 'goalsFor'];
  return typeof goals === 'number' ? goals : 0;
}

/** The match ids of the player's goals in the book's competition: the rows behind a tally (the matches the book counts, one in progress too). */
function goalMatches(ctx: CheckContext, playerIds: readonly number[], competitionId: number | undefined, editionId: number | undefined, before: string | undefined): number[] {
  if (playerIds.length === 0 || competitionId === undefined) return [];
  const rows = ctx.store.sql
    .prepare(
      `SELECT m.id FROM goal g JOIN match m ON m.id = g.match_id JOIN edition e ON e.id = m.edition_id
       WHERE g.player_id IN (${playerIds.map(() => '?').join(', ')}) AND g.own_goal = 0 AND ${COUNTED} AND e.competition_id = ?
       ${editionId !== undefined ? 'AND m.edition_id = ?' : ''} ${before ? 'AND m.date < ?' : ''} ORDER BY m.date, m.id`,
    )
    .all(...playerIds, competitionId, ...(editionId !== undefined ? [editionId] : []), ...(before ? [before] : [])) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Whether the count was the record: at the end of its edition for a tournament record, now for a career. */
function recordPart(ctx: CheckContext, claim: Claim, relation: Count, level: Level, who: 'player' | 'team', tally: Tally, name: string): Judgement {
  const recordLevel: Level = relation.record === 'edition' ? 'edition' : relation.record === 'match' ? 'match' : relation.record === 'career' ? 'career' : level;
  const plain: Claim = { ...claim, scope: { ...claim.scope, ...(recordLevel === 'edition' ? { per: 'edition' as const } : {}) } };
  const lookup = lookupRecord(ctx, plain, specOf(plain, recordLevel, who, false), `most goals ${recordLevel}`);
  if (isJudgement(lookup)) return lookup;
  const list = lookup.reader.get<RecordEntry[]>(lookup.book.key, 'top', 'list') ?? [];
  const competitionId = competitionIdOfBook(lookup.book.key);
  const edition = claim.scope.edition && competitionId !== undefined ? editionIn(ctx.store, competitionId, claim.scope.edition.year) : undefined;
  const end = recordLevel === 'edition' && edition ? editionEnd(ctx.store, edition.id) : undefined;
  const standing = end ? list.filter((e) => e.date <= end) : list;
  const best = standing[0];
  const per = recordLevel === 'edition' ? 'one tournament' : recordLevel === 'match' ? 'one match' : 'a career';
  const proof = standing.slice(0, 3).map((e, i) => entryProof(i === 0 ? 'record holder' : `place ${i + 1}`, e, lookup.found.definition.id, lookup.book.key));
  const when = end ? ` after the ${edition?.name ?? ''} tournament` : '';
  if (!best) return { ...unverifiable(`the record book holds no record for goals in ${per}`), record: lookup.record };
  if (best.amount > tally.goals) return { ...isFalse(`The record for goals in ${per}${when} ${end ? 'was' : 'is'} ${entryPhrase(best)}, more than ${name}'s ${tally.goals}.`, proof, lookup.coverage.notes), record: lookup.record };
  const later = list.find((e) => e.amount > tally.goals && (!end || e.date > end));
  const stood = later ? ` It stood until ${entryPhrase(later)}.` : ' It still stands.';
  const holders = standing.filter((e) => e.amount === best.amount).map((e) => e.subject.name);
  const joint = holders.length > 1 ? ` (shared by ${joinWords(holders)})` : '';
  if (lookup.coverage.partial && recordLevel !== 'edition') return { ...unverifiable(`the record cannot be confirmed: ${lookup.coverage.partial}`, proof, lookup.coverage.notes), record: lookup.record };
  return { ...isTrue(`${tally.goals} goals was the record for ${per}${when}${joint}.${stood}`, proof, lookup.coverage.notes), record: lookup.record };
}

function readTallies(lookup: RecordLookup, ctx: CheckContext, claim: Claim, level: Level, keys: ReadonlySet<string>): Tally[] | Judgement {
  const { reader, book } = lookup;
  const tallies = tallyBookOf(lookup.found.definition, book.key);
  if (level === 'career') {
    return [...keys].flatMap((key) => {
      const value = reader.get<unknown>(tallies, 'tally', key);
      return value === undefined ? [] : [{ key, goals: goalsOf(value, key.startsWith('p') ? 'player' : 'team') }];
    });
  }
  if (level === 'edition') {
    const competitionId = competitionIdOfBook(book.key);
    if (claim.scope.edition) {
      const year = claim.scope.edition.year;
      const edition = competitionId !== undefined ? editionIn(ctx.store, competitionId, year) : undefined;
      const suffix = competitionId !== undefined ? (edition ? String(edition.id) : undefined) : String(year);
      if (suffix === undefined) return unverifiable(`the data has no ${book.label} edition starting in ${year}`);
      return [...keys].flatMap((key) => {
        const value = reader.get<unknown>(tallies, 'tally', `${key}@${suffix}`);
        return value === undefined ? [] : [{ key, goals: goalsOf(value, key.startsWith('p') ? 'player' : 'team'), edition: edition?.name ?? String(year) }];
      });
    }
    return reader
      .keys(tallies, 'tally')
      .filter((k) => keys.has(k.split('@')[0] ?? ''))
      .map((k) => ({ key: k.split('@')[0] ?? k, goals: goalsOf(reader.get<unknown>(tallies, 'tally', k), k.startsWith('p') ? 'player' : 'team'), edition: k.split('@')[1] ?? '' }));
  }
  const list = reader.get<RecordEntry[]>(book.key, 'top', 'list') ?? [];
  return list.filter((e) => keys.has(e.subject.key)).map((e) => ({ key: e.subject.key, goals: e.amount, edition: e.edition ?? '' }));
}

/**
 * Judges "X scored N goals …".
 *
 * @example evaluateCount(ctx, parse('Ronaldo scored 16 World Cup goals'), ronaldo) // false: 15
 */
export function evaluateCount(ctx: CheckContext, claim: Claim, relation: Count, subject: ResolvedSubject): Judgement {
  const who = subject.players.length > 0 ? 'player' : subject.teams.length > 0 ? 'team' : undefined;
  if (!who) return unverifiable(`no player or team named "${subject.said}" in the data`);
  const level = levelOf(claim, relation);
  const lookup = lookupRecord(ctx, claim, specOf(claim, level, who, level === 'match'), `goals ${level}`);
  if (isJudgement(lookup)) return lookup;
  const keys = new Set(who === 'player' ? subject.players.map((p) => `p${p.id}`) : subject.teams.map((t) => `t${t.id}`));
  const tallies = readTallies(lookup, ctx, claim, level, keys);
  if (!Array.isArray(tallies)) return { ...tallies, record: lookup.record };
  const name = subjectName(subject, who);
  const people = new Set(tallies.map((t) => t.key));
  if (people.size > 1) {
    const names = who === 'player' ? subject.players.filter((p) => people.has(`p${p.id}`)).map((p) => `${p.name}${p.birthDate ? ` (born ${p.birthDate})` : ''}`) : [...people];
    return { ...unverifiable(`"${subject.said}" names ${people.size} ${who}s with goals here: ${joinWords(names)}`), record: lookup.record };
  }
  const where = scopePhrase({ ...claim.scope, per: undefined }, lookup.book.label, claim.scope.edition ? tallies[0]?.edition : undefined);
  const competitionId = competitionIdOfBook(lookup.book.key);
  const before = claim.time.kind === 'before' ? claim.time.date : undefined;
  const playerIds = who === 'player' ? subject.players.filter((p) => people.size === 0 || people.has(`p${p.id}`)).map((p) => p.id) : [];
  const editionId = level === 'edition' && claim.scope.edition && competitionId !== undefined ? editionIn(ctx.store, competitionId, claim.scope.edition.year)?.id : undefined;
  const plainScope = !claim.scope.stages && !claim.scope.venue;
  const matchIds = plainScope && level !== 'match' && (level === 'career' || editionId !== undefined) ? goalMatches(ctx, playerIds, competitionId, editionId, before) : [];
  const when = lookup.reader.asOf === 'all the data' ? '' : ` (${lookup.reader.asOf})`;
  const proof = (t: Tally): ProofItem[] => [
    { role: 'tally', text: `${name}: ${t.goals} goals ${where}${t.edition && !claim.scope.edition && level === 'edition' ? ` (edition ${t.edition})` : ''}${when}`, definitionId: lookup.found.definition.id, book: lookup.book.key },
    ...(matchIds.length > 0 ? [{ role: 'goals', text: `the match of each of ${name}'s goals`, matchIds }] : []),
  ];
  const notes = lookup.coverage.notes;
  const lowerBound = lookup.coverage.partial !== undefined && level === 'career';

  let countPart: Judgement;
  let counted: Tally | undefined;
  if (level === 'edition' && !claim.scope.edition) {
    counted = tallies.find((t) => t.goals === relation.n);
    const best = [...tallies].sort((a, b) => b.goals - a.goals)[0];
    countPart = counted
      ? isTrue(`${name} scored ${relation.n} goals in one edition ${where}.`, proof(counted), notes)
      : isFalse(`${name} never scored ${relation.n} goals in one edition ${where}; the most was ${best?.goals ?? 0}.`, best ? proof(best) : [], notes);
  } else if (level === 'match' && relation.atLeast) {
    counted = tallies[0];
    const most = counted?.goals ?? 0;
    countPart =
      most >= relation.n
        ? isTrue(`${name} scored ${most} goals in one match ${where}.`, counted ? proof(counted) : [], notes)
        : isFalse(`${name} never scored ${relation.n} or more in one match ${where}; the most was ${most}.`, counted ? proof(counted) : [], notes);
  } else if (level === 'match' && !(claim.scope.edition && claim.scope.stages)) {
    counted = tallies[0];
    const most = counted?.goals ?? 0;
    countPart =
      most === relation.n
        ? isTrue(`${name}'s most goals in one match ${where} is ${most}.`, counted ? proof(counted) : [], notes)
        : most < relation.n
          ? isFalse(`${name} never scored ${relation.n} goals in one match ${where}; the most was ${most}.`, counted ? proof(counted) : [], notes)
          : unverifiable(`${name} scored ${most} in one match ${where}; whether he or she also scored exactly ${relation.n} in another is not checked`, counted ? proof(counted) : [], notes);
  } else {
    counted = tallies[0] ?? { key: [...keys][0] ?? '', goals: 0 };
    const actual = counted.goals;
    const statement = `${name} scored ${actual} ${actual === 1 ? 'goal' : 'goals'} ${where}${when}`;
    if (actual === relation.n) {
      countPart = lowerBound ? unverifiable(`${statement} in this data, but ${lookup.coverage.partial ?? ''}`, proof(counted), notes) : isTrue(`${statement}.`, proof(counted), notes);
    } else if (lowerBound && actual < relation.n) {
      countPart = unverifiable(`${statement} in this data, but ${lookup.coverage.partial ?? ''}: more may be missing`, proof(counted), notes);
    } else countPart = isFalse(`${statement}, not ${relation.n}.`, proof(counted), notes);
  }
  countPart = { ...countPart, record: lookup.record };
  if (!relation.record || countPart.verdict !== 'true' || !counted) return countPart;
  return { ...allOf([countPart, recordPart(ctx, claim, relation, level, who, counted, name)]), record: lookup.record };
}
