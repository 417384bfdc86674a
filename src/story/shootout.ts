// A penalty shoot-out as it was taken: each team's kicks in order, the order the sides kicked in
// (from the data, or the one order the kicks allow), and the kick that settled it.
import type { ShootoutKickData } from '../domain/match-data.js';
import type { Side } from '../domain/vocabulary.js';

export interface Kick {
  readonly side: Side;
  readonly taker?: string;
  readonly converted: boolean;
  /** 1-based within the side's own kicks. */
  readonly round: number;
}

export interface Shootout {
  /** Each side's kicks in the order it took them. */
  readonly home: readonly Kick[];
  readonly away: readonly Kick[];
  readonly winner: Side;
  /** Every kick in the order taken, when the data gives the order or only one order fits the kicks. */
  readonly sequence?: readonly Kick[];
  /** The kick that settled it, when the order is known. */
  readonly decisive?: Kick;
}

function otherSide(side: Side): Side {
  return side === 'home' ? 'away' : 'home';
}

/** The kicks taken alternately, `first` side first. */
function interleave(home: readonly Kick[], away: readonly Kick[], first: Side): Kick[] {
  const a = first === 'home' ? home : away;
  const b = first === 'home' ? away : home;
  const out: Kick[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i];
    const y = b[i];
    if (x) out.push(x);
    if (y) out.push(y);
  }
  return out;
}

/**
 * The index of the kick after which the shoot-out was settled under the usual rules (five each,
 * then sudden death), or undefined when the sequence never settles it.
 */
export function settledAt(sequence: readonly Kick[], first: Side): number | undefined {
  const scored = { home: 0, away: 0 };
  const taken = { home: 0, away: 0 };
  for (let i = 0; i < sequence.length; i += 1) {
    const k = sequence[i];
    if (!k) continue;
    taken[k.side] += 1;
    if (k.converted) scored[k.side] += 1;
    const second = otherSide(first);
    if (taken[first] <= 5 && taken[second] <= 5) {
      const leftFirst = 5 - taken[first];
      const leftSecond = 5 - taken[second];
      if (scored[first] > scored[second] + leftSecond || scored[second] > scored[first] + leftFirst) return i;
    } else if (taken.home === taken.away && scored.home !== scored.away) return i;
  }
  return undefined;
}

/**
 * The shoot-out of a match, or undefined when the data has no kicks (or kicks that do not add up
 * to the recorded score and winner).
 *
 * @example readShootout(final.shootout, 'home', [4, 2])?.decisive?.taker // 'Gonzalo Montiel'
 */
export function readShootout(kicks: readonly ShootoutKickData[] | undefined, winner: Side | undefined, score: readonly [number, number] | undefined, firstKicker?: Side): Shootout | undefined {
  if (!kicks || kicks.length === 0 || !winner) return undefined;
  const ordered = [...kicks].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const sideKicks = (side: Side): Kick[] =>
    ordered.filter((k) => k.side === side).map((k, i) => ({ side, converted: k.converted, round: i + 1, ...(k.taker ? { taker: k.taker.name } : {}) }));
  const home = sideKicks('home');
  const away = sideKicks('away');
  const goals: [number, number] = [home.filter((k) => k.converted).length, away.filter((k) => k.converted).length];
  if (score && (goals[0] !== score[0] || goals[1] !== score[1])) return undefined;
  if ((goals[0] > goals[1] ? 'home' : 'away') !== winner || goals[0] === goals[1]) return undefined;
  // The order is settled by the data, or by the kicks themselves: only one side kicking first fits
  // a shoot-out that ends on its last kick.
  const fits = (firstKicker ? [firstKicker] : (['home', 'away'] as const)).filter((first) => {
    // Kicks alternate: the side that kicked first took as many kicks as the other, or one more.
    const lead = (first === 'home' ? home.length : away.length) - (first === 'home' ? away.length : home.length);
    if (lead !== 0 && lead !== 1) return false;
    const sequence = interleave(home, away, first);
    return settledAt(sequence, first) === sequence.length - 1;
  });
  const first = fits.length === 1 ? fits[0] : undefined;
  if (!first) return { home, away, winner };
  const sequence = interleave(home, away, first);
  const decisive = sequence[sequence.length - 1];
  return { home, away, winner, sequence, ...(decisive ? { decisive } : {}) };
}
