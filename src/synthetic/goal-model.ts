// How many goals each side scores: expected goals from the strength gap, drawn as binomial counts.
import type { Random } from './random.js';

// 1000 × 2^(d/25) for d = 0, 5, …, 100: a doubling of expected goals per 25 rating points,
// written out so no platform's Math.pow is involved.
const FACTOR = [1000, 1149, 1320, 1516, 1741, 2000, 2297, 2639, 3031, 3482, 4000, 4595, 5278, 6063, 6964, 8000, 9190, 10556, 12126, 13929, 16000];
/** Expected goals of a side against an equal one, in thousandths (the mean total is tuned to ~2.7). */
const BASE_MILLI = 1330;
const HOME_ADVANTAGE = 7;
const TRIALS_90 = 24;
const TRIALS_30 = 8;

function factor(diff: number): number {
  const d = Math.min(Math.abs(diff), 100);
  const i = Math.floor(d / 5);
  const lo = FACTOR[i] ?? 16000;
  const hi = FACTOR[i + 1] ?? lo;
  const f = lo + Math.floor(((hi - lo) * (d - i * 5)) / 5);
  return diff >= 0 ? f : Math.floor(1_000_000 / f);
}

/** Expected goals over 90 minutes, in thousandths, home side first. */
export function expectedGoals(homeRating: number, awayRating: number, neutral: boolean): [number, number] {
  const diff = homeRating - awayRating + (neutral ? 0 : HOME_ADVANTAGE);
  // Half the gap lifts one side and half lowers the other, so the total stays near the base.
  const half = Math.trunc(diff / 2);
  const home = Math.floor((BASE_MILLI * factor(half)) / 1000);
  const away = Math.floor((BASE_MILLI * factor(-half)) / 1000);
  return [home, away];
}

/** Goals in a period of play from expected goals (thousandths) over 90 minutes. */
export function drawGoals(rng: Random, expectedMilli: number, extraTime: boolean): number {
  const trials = extraTime ? TRIALS_30 : TRIALS_90;
  const expected = extraTime ? Math.floor(expectedMilli / 3) : expectedMilli;
  // Per-trial probability in millionths; capped so a mismatch still leaves room for a goal less.
  const perMillion = Math.min(Math.floor((expected * 1000) / trials), 600_000);
  return rng.binomial(trials, perMillion);
}
