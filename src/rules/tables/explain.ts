// Readable English for a separation: "ahead of Senegal on fair-play points, −4 to −6".
import { CRITERION_NAMES, isHeadToHead, type Criterion } from './criteria.js';
import type { CountedMatch } from './counted-matches.js';
import type { Separation } from './separation.js';

const MINUS = '\u2212';

// Differences carry a plus sign when positive; fair-play points are never positive.
const PLUS_SIGN: ReadonlySet<Criterion> = new Set(['goal_difference', 'h2h_goal_difference', 'opponents_goal_difference']);

/** A value as a desk writes it: `+3`, `−4`, `0`, `1.571`, `∞`. */
export function formatValue(criterion: Criterion, value: number): string {
  if (value === Number.POSITIVE_INFINITY) return '\u221e';
  const magnitude =
    criterion === 'goal_average' ? Math.abs(value).toFixed(3) : criterion === 'points_per_game' ? Math.abs(value).toFixed(2) : String(Math.abs(value));
  if (value < 0) return `${MINUS}${magnitude}`;
  return PLUS_SIGN.has(criterion) && value > 0 ? `+${magnitude}` : magnitude;
}

/** Two values that differ never print alike: where rounding would make them look level, more places are shown. */
function formatPair(criterion: Criterion, [upper, lower]: readonly [number, number]): string {
  const plain = [formatValue(criterion, upper), formatValue(criterion, lower)];
  if (plain[0] !== plain[1] || upper === lower) return `${plain[0]} to ${plain[1]}`;
  return `${upper.toFixed(5)} to ${lower.toFixed(5)}`;
}

function list(teams: readonly string[]): string {
  if (teams.length <= 2) return teams.join(' and ');
  return `${teams.slice(0, -1).join(', ')} and ${teams[teams.length - 1]}`;
}

function playOffText(team: string, below: string, playOffs: readonly CountedMatch[]): string {
  const match = playOffs.find(
    (m) => (m.home === team && m.away === below) || (m.home === below && m.away === team),
  );
  if (match === undefined) return `ahead of ${below} on the play-off`;
  const [home, away] = match.score;
  const [own, other] = match.home === team ? [home, away] : [away, home];
  const extra = match.match.score.extraTime !== undefined ? ' a.e.t.' : '';
  return `ahead of ${below} by winning the play-off on ${match.match.date}, ${own}\u2013${other}${extra} (not counted in the table)`;
}

export interface ExplainInput {
  readonly team: string;
  readonly below: string;
  readonly separation: Separation;
  readonly playOffs: readonly CountedMatch[];
}

/**
 * The sentence for why `team` is directly above `below`.
 *
 * @example explain({ team: 'Japan', below: 'Senegal', playOffs: [],
 *   separation: { kind: 'criterion', criterion: 'fair_play', values: [-4, -6], among: [] } })
 * // 'ahead of Senegal on fair-play points, −4 to −6'
 */
export function explain({ team, below, separation, playOffs }: ExplainInput): string {
  switch (separation.kind) {
    case 'criterion': {
      const { criterion, values, among } = separation;
      if (criterion === 'play_off') return playOffText(team, below, playOffs);
      const name = CRITERION_NAMES[criterion];
      const numbers = formatPair(criterion, values);
      const scope = !isHeadToHead(criterion) ? '' : among.length === 2 ? ' (matches between them)' : ` (matches among ${list(among)})`;
      return `ahead of ${below} on ${name}, ${numbers}${scope}`;
    }
    case 'lots':
      return `level with ${below} on all criteria; drawing of lots placed ${team} first`;
    case 'given': {
      const missing = separation.stoppedAt === undefined ? '' : ` (${CRITERION_NAMES[separation.stoppedAt]} is not in the data)`;
      return `level with ${below} on all criteria the data can check${missing}; the given order places ${team} first`;
    }
    case 'unranked': {
      const places = separation.rankedPlaces === 1 ? 'only the group winner' : `only the top ${separation.rankedPlaces} places`;
      const order = separation.undecided ? 'the order here is the input order' : `the given order places ${team} first`;
      return `level with ${below} on all criteria; never ranked, as the organiser ranked ${places}: ${order}`;
    }
    case 'undecided': {
      const next = separation.stoppedAt === undefined ? '' : `; next would be ${CRITERION_NAMES[separation.stoppedAt]}`;
      return `level with ${below} on all criteria the data can check${next}; order undecided (input order kept)`;
    }
  }
}
