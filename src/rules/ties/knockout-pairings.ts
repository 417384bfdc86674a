// Groups an edition's knockout matches into pairings, and tells two-legged rounds from single-match ones.
import type { MatchData, StageRef } from '../../domain/match-data.js';
import { TABLE_STAGE_KINDS, type StageKind } from '../../domain/vocabulary.js';
import type { TieFormat } from './tie.js';
import type { TieRules } from './tie-rules.js';

/** The matches two teams played against each other in one knockout stage. */
export interface Pairing {
  readonly stage: StageRef;
  /** Home and away team of the first meeting. */
  readonly teams: readonly [string, string];
  readonly legs: readonly MatchData[];
  /**
   * `one_leg_known` for one meeting in a round two-legged as a rule with no later round in the
   * data: the other leg (the first or the second) may be missing, so it decides nothing on its own.
   */
  readonly format: TieFormat;
}

/** Where a round comes in a knockout: a round the data shows after another ends that one. */
const ROUND_RANK: Readonly<Partial<Record<StageKind, number>>> = { round_of_32: 1, round_of_16: 2, quarter_final: 3, semi_final: 4, third_place: 5, final: 5 };
/** The last rounds: single matches in every UEFA club competition, nothing after them. */
const LAST_RANK = 5;

function editionKey(match: MatchData): string {
  return `${match.competition.name}\u0000${match.edition.name}`;
}

export function isKnockout(match: MatchData): boolean {
  return match.stage !== undefined && !TABLE_STAGE_KINDS.has(match.stage.kind);
}

function byKickOff(a: MatchData, b: MatchData): number {
  const ka = `${a.date} ${a.time ?? ''}`;
  const kb = `${b.date} ${b.time ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function pairKey(match: MatchData): string {
  return [match.home.name, match.away.name].sort().join('\u0000');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * True when a meeting replays the one before it. Sources flag most replays; where the era
 * replayed drawn matches, a meeting after one left level by extra time is a replay too (a
 * first leg never goes to extra time, so this cannot mistake a second leg).
 */
function isReplay(match: MatchData, previous: MatchData | undefined, rules: TieRules): boolean {
  if (match.replay === true) return true;
  if (previous === undefined || rules.singleMatch.levelAfterExtraTime !== 'replay') return false;
  const et = previous.score.extraTime;
  return et !== undefined && et[0] === et[1];
}

/**
 * The knockout pairings of the matches, stage by stage in the order the stages first appear.
 * A round is two-legged only when some pair in it meets twice (replays aside): a round in which
 * every pairing meets once is a single-match round, whatever the competition usually does.
 */
export function knockoutPairings(matches: readonly MatchData[], rules: TieRules): Pairing[] {
  const knockout = matches.filter(isKnockout).slice().sort(byKickOff);
  const stages = groupBy(knockout, (m) => `${m.competition.name}\u0000${m.edition.name}\u0000${m.stage?.name ?? ''}`);
  const pairings: Pairing[] = [];
  for (const stageMatches of stages.values()) {
    const pairs = [...groupBy(stageMatches, pairKey).values()];
    const meetings = pairs.map((legs) => legs.filter((m, i) => !isReplay(m, legs[i - 1], rules)).length);
    const twoLegged = meetings.some((n) => n >= 2);
    const unsettled = !twoLegged && rules.roundsUsuallyTwoLegged === true && !laterRoundInData(stageMatches[0], knockout);
    pairs.forEach((legs, i) => {
      const first = legs[0];
      if (first?.stage === undefined) return;
      const replays = legs.length - (meetings[i] ?? 0);
      if (unsettled && replays === 0) {
        pairings.push({ stage: first.stage, teams: [first.home.name, first.away.name], legs, format: 'one_leg_known' });
        return;
      }
      const format: TieFormat = twoLegged ? 'two_legs' : replays > 0 ? 'with_replay' : 'single_match';
      pairings.push({ stage: first.stage, teams: [first.home.name, first.away.name], legs, format });
    });
  }
  return pairings;
}

/**
 * Whether the data holds a round of the same edition after this match's (a quarter-final after a
 * round of 16): the round is then over, and a pairing met once there was a single match. Rounds
 * without a place in the order (qualifying, play-offs) are taken as read.
 */
function laterRoundInData(match: MatchData | undefined, knockout: readonly MatchData[]): boolean {
  const rank = match?.stage ? ROUND_RANK[match.stage.kind] : undefined;
  if (match === undefined || rank === undefined || rank >= LAST_RANK) return true;
  const edition = editionKey(match);
  return knockout.some((m) => editionKey(m) === edition && m.stage !== undefined && (ROUND_RANK[m.stage.kind] ?? 0) > rank);
}
