// What the record book puts within reach of a match still to be played: players and teams a few
// goals (or one match) from equalling or breaking a record, or from a milestone — read from the
// book's running tallies and top lists as they stood before the match.
import type { RecordDefinition } from '../records/definitions/schema.js';
import { compileScope } from '../records/engine/compile.js';
import { judgeCoverage, type BookCoverage } from '../records/engine/coverage.js';
import type { RecordEntry } from '../records/engine/fact.js';
import type { RecordMatch } from '../records/engine/record-match.js';
import { tallyBookOf } from '../records/engine/units.js';

/** Reads the book's state: `definition-id|book-key`, part, key. */
export interface StateReader {
  get<T>(book: string, part: string, key: string): T | undefined;
}

export type ReachKind = 'equal' | 'break' | 'holds' | 'milestone_goals' | 'milestone_match' | 'milestone_competition';

/** One thing within reach, with the numbers it rests on. */
export interface WithinReach {
  /** `reach:<definition>|<book>|<key>`: its source id. */
  readonly id: string;
  readonly kind: ReachKind;
  readonly definitionId: string;
  /** The record's title as a sentence uses it: "most men's World Cup goals in a career". */
  readonly title: string;
  /** The record book: "FIFA World Cup", "men's international football". */
  readonly book: string;
  readonly subject: { readonly kind: 'player' | 'team' | 'competition'; readonly key: string; readonly name: string; readonly team?: string };
  /** Where the subject stands before the match. */
  readonly current: number;
  /** The record, or the milestone. */
  readonly target: number;
  /** How many more (goals, matches…) to equal the record or reach the milestone; to break it for `break`. */
  readonly need: number;
  /** What is counted: goal, match, win… */
  readonly unit: string;
  /** The record's holders before the match. */
  readonly holders: readonly { readonly name: string; readonly value: string; readonly date: string; readonly team: string | null }[];
  /** The book as it stood before this day. */
  readonly asOf: string;
}

/** Players and teams that may play in the match. */
export interface ReachCandidates {
  readonly players: readonly { readonly key: string; readonly name: string; readonly team: string }[];
  readonly teams: readonly { readonly key: string; readonly name: string }[];
}

/** Tally fields a record can count, with their noun and how far away still counts as within reach. */
const FIELDS: Readonly<Record<string, { unit: string; reach: number }>> = {
  goals: { unit: 'goal', reach: 3 },
  goalsFor: { unit: 'goal', reach: 3 },
  matches: { unit: 'match', reach: 1 },
  wins: { unit: 'win', reach: 1 },
};

function lowerFirst(text: string): string {
  return text.length > 1 && text[1] !== text[1]?.toUpperCase() ? (text[0]?.toLowerCase() ?? '') + text.slice(1) : text;
}

function titleOf(definition: RecordDefinition, label: string): string {
  return lowerFirst(definition.title.replaceAll('{competition}', label));
}

function nextMilestone(current: number, every: number | undefined, at: readonly number[] | undefined): number | undefined {
  const options = (at ?? []).filter((m) => m > current);
  if (every !== undefined && every > 0) options.push((Math.floor(current / every) + 1) * every);
  return options.length > 0 ? Math.min(...options) : undefined;
}

function valueOf(tally: unknown, field: string): number {
  if (typeof tally === 'number') return tally;
  if (tally !== null && typeof tally === 'object') {
    const value = (tally as Record<string, unknown>)[field];
    return typeof value === 'number' ? value : 0;
  }
  return 0;
}

function holdersOf(list: readonly RecordEntry[]): WithinReach['holders'] {
  const top = list[0];
  if (!top) return [];
  return list.filter((e) => e.amount === top.amount).map((e) => ({ name: e.subject.name, value: e.value, date: e.date, team: e.team ?? null }));
}

/** Records (most … in a career or an edition) the match's players and teams can equal or break. */
function recordsWithinReach(definition: RecordDefinition, state: StateReader, match: RecordMatch, candidates: ReachCandidates, asOf: string): WithinReach[] {
  const { unit, produces, measure, scope } = definition;
  if (produces.kind !== 'extreme' || produces.direction !== 'most' || measure.kind !== 'sum' || definition.predicate !== undefined) return [];
  if (scope.venue !== undefined || scope.team !== undefined) return [];
  const field = FIELDS[measure.field];
  if (!field) return [];
  const players = unit === 'player-career' || unit === 'player-edition';
  const teams = unit === 'team-career' || unit === 'team-edition';
  if (!players && !teams) return [];
  const compiled = compileScope(definition);
  const book = compiled.bookOf(match);
  if (!book) return [];
  const stateKey = `${definition.id}|${book.key}`;
  // A record the data cannot vouch for (earlier matches without scorers, a book that starts late) is
  // no target to name: "level with Ali Daei's 49" would be false with complete data.
  const coverage = judgeCoverage(definition, match, state.get<BookCoverage>(stateKey, 'coverage', 'book'));
  if (!coverage.complete) return [];
  const list = state.get<RecordEntry[]>(stateKey, 'top', 'list') ?? [];
  const record = list[0];
  if (!record) return [];
  const holders = holdersOf(list);
  const holderKeys = new Set(list.filter((e) => e.amount === record.amount).map((e) => e.subject.key));
  const edition = compiled.spansCompetitions ? match.date.slice(0, 4) : String(match.editionId);
  const tallies = tallyBookOf(definition, stateKey);
  const subjects = players
    ? candidates.players.map((p) => ({ kind: 'player' as const, key: p.key, name: p.name, team: p.team }))
    : candidates.teams.map((t) => ({ kind: 'team' as const, key: t.key, name: t.name }));
  const out: WithinReach[] = [];
  for (const subject of subjects) {
    const tallyKey = unit.endsWith('career') ? subject.key : `${subject.key}@${edition}`;
    const current = valueOf(state.get(tallies, 'tally', tallyKey), measure.field);
    let kind: ReachKind;
    let need: number;
    if (current >= record.amount) {
      if (holderKeys.has(subject.key) && holderKeys.size === 1) {
        kind = 'holds';
        need = 1;
      } else {
        kind = 'break';
        need = current - record.amount + 1;
      }
    } else {
      kind = 'equal';
      need = record.amount - current;
      if (need > field.reach) continue;
    }
    if (current === 0) continue;
    out.push({
      id: `reach:${stateKey}|${tallyKey}`,
      kind,
      definitionId: definition.id,
      title: titleOf(definition, book.label),
      book: book.label,
      subject,
      current,
      target: record.amount,
      need,
      unit: field.unit,
      holders,
      asOf,
    });
  }
  return out;
}

/** Milestones one match away: a player's or team's goals, a team's matches, a competition's goals. */
function milestonesWithinReach(definition: RecordDefinition, state: StateReader, match: RecordMatch, candidates: ReachCandidates, asOf: string): WithinReach[] {
  const produces = definition.produces;
  if (produces.kind !== 'milestone') return [];
  if (definition.scope.venue !== undefined || definition.scope.team !== undefined) return [];
  const compiled = compileScope(definition);
  const book = compiled.bookOf(match);
  if (!book) return [];
  const stateKey = `${definition.id}|${book.key}`;
  const counting = definition.measure.kind === 'count';
  const matches = counting && definition.unit === 'team-match';
  if (!matches && !(counting && definition.unit === 'goal') && !(definition.measure.kind === 'sum' && definition.measure.field === 'goalsFor')) return [];
  const subjects =
    produces.per === 'player'
      ? candidates.players.map((p) => ({ kind: 'player' as const, key: p.key, name: p.name, team: p.team }))
      : produces.per === 'team'
        ? candidates.teams.map((t) => ({ kind: 'team' as const, key: t.key, name: t.name }))
        : produces.per === 'competition'
          ? [{ kind: 'competition' as const, key: 'all', name: book.label }]
          : [];
  const reach = produces.per === 'player' ? 2 : 3;
  const out: WithinReach[] = [];
  for (const subject of subjects) {
    const current = valueOf(state.get(stateKey, 'tally', subject.key), 'goals');
    if (current === 0 && subject.kind !== 'competition') continue;
    const target = nextMilestone(current, produces.every, produces.at);
    if (target === undefined) continue;
    const need = target - current;
    if (matches ? need !== 1 : need > reach) continue;
    out.push({
      id: `reach:${stateKey}|${subject.key}`,
      kind: matches ? 'milestone_match' : subject.kind === 'competition' ? 'milestone_competition' : 'milestone_goals',
      definitionId: definition.id,
      title: titleOf(definition, book.label),
      book: book.label,
      subject,
      current,
      target,
      need,
      unit: matches ? 'match' : 'goal',
      holders: [],
      asOf,
    });
  }
  return out;
}

/** How striking each kind is on its own: a record to break above one to equal, any record above a milestone. */
const KIND_WEIGHT: Readonly<Record<ReachKind, number>> = { break: 50, holds: 45, equal: 40, milestone_goals: 15, milestone_competition: 12, milestone_match: 10 };

/** A record over a whole career or history outranks one for a single tournament, which outranks one for a match. */
const UNIT_WEIGHT: Readonly<Partial<Record<RecordDefinition['unit'], number>>> = {
  'player-career': 10,
  'team-career': 10,
  'player-edition': 6,
  'team-edition': 6,
  'player-match': 4,
  'team-match': 4,
  goal: 4,
  match: 4,
};

/**
 * How prominent a thing within reach is, as an editor weighs it: the kind (breaking before equalling
 * before a milestone), the record's standing (a competition's own all-time record over a running
 * tally of all internationals; a career over a tournament), its size (16 World Cup goals over 3),
 * and how close it is (one goal away over three).
 */
export function prominence(item: WithinReach, definition: RecordDefinition | undefined): number {
  const standing = definition === undefined ? 0 : (definition.scope.family === 'international' ? 0 : 15) + (UNIT_WEIGHT[definition.unit] ?? 2);
  const size = 2 * Math.log2(Math.max(1, item.target) + 1);
  return KIND_WEIGHT[item.kind] + standing + size - 10 * Math.max(0, item.need - 1);
}

/**
 * Everything within reach of `match` in the book `state` holds, most prominent first (see
 * {@link prominence}): the records that matter and are closest lead, trivia comes last.
 *
 * @example withinReach(catalogue, state, recordMatch, { players: [{ key: 'p4984', name: 'Miroslav Klose', team: 'Germany' }], teams: [] }, '2014-07-08')
 */
export function withinReach(definitions: readonly RecordDefinition[], state: StateReader, match: RecordMatch, candidates: ReachCandidates, asOf: string): WithinReach[] {
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const found = definitions.flatMap((d) => [...recordsWithinReach(d, state, match, candidates, asOf), ...milestonesWithinReach(d, state, match, candidates, asOf)]);
  const weight = new Map(found.map((item) => [item, prominence(item, byId.get(item.definitionId))]));
  return found.sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.need - b.need || a.id.localeCompare(b.id));
}

/** The definitions whose book this match belongs to and that `withinReach` can read: what a replay needs. */
export function reachDefinitions(definitions: readonly RecordDefinition[], match: RecordMatch): RecordDefinition[] {
  return definitions.filter((d) => (d.produces.kind === 'extreme' || d.produces.kind === 'milestone') && compileScope(d).bookOf(match) !== undefined);
}
