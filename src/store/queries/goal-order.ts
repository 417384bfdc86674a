// Goals in the order they were scored: the order a report, an export and a story all need.
import type { StoredGoal } from './stored-match.js';

function minuteKey(g: StoredGoal): number {
  return (g.minute ?? 999) * 100 + (g.stoppage ?? 0);
}

/** Goals in the order they were scored; goals without a minute keep their source order at the end. */
export function goalsInOrder(goals: readonly StoredGoal[]): StoredGoal[] {
  return goals
    .map((g, i) => ({ g, i }))
    .sort((a, b) => minuteKey(a.g) - minuteKey(b.g) || a.i - b.i)
    .map(({ g }) => g);
}
