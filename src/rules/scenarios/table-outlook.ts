// What a table can still become: each team's maximum points and the best and worst places it can finish.
import type { MatchData } from '../../domain/match-data.js';
import type { Table } from '../tables/index.js';

export interface TeamOutlook {
  readonly team: string;
  readonly position: number;
  readonly points: number;
  readonly remaining: number;
  readonly maxPoints: number;
  /** The highest place still possible: teams already out of reach above stay above. */
  readonly bestPosition: number;
  /** The lowest place still possible: every team that can still reach this team's points may pass it. */
  readonly worstPosition: number;
  /** True when best and worst coincide: the place is settled whatever happens. */
  readonly decided: boolean;
}

/**
 * Bounds for every team of a table from its open fixtures. The bounds are safe, not tight: each
 * team is assumed to win all its remaining matches for its maximum, and level points are counted
 * against the team (tie-breakers could go either way), so a place called decided is decided.
 *
 * @example tableOutlook(table, openFixtures, 3).find((t) => t.team === 'Liverpool FC')?.decided
 */
export function tableOutlook(table: Table, fixtures: readonly MatchData[], pointsForWin: number): TeamOutlook[] {
  const remaining = new Map<string, number>();
  for (const f of fixtures) {
    for (const team of [f.home.name, f.away.name]) remaining.set(team, (remaining.get(team) ?? 0) + 1);
  }
  const base = table.rows.map((r) => {
    const left = remaining.get(r.team) ?? 0;
    return { team: r.team, position: r.position, points: r.points, remaining: left, maxPoints: r.points + left * pointsForWin };
  });
  // A team with fixtures left and none played yet is in the race too, on no points.
  const listed = new Set(table.rows.map((r) => r.team));
  for (const [team, left] of remaining) {
    if (!listed.has(team)) base.push({ team, position: table.rows.length + 1, points: 0, remaining: left, maxPoints: left * pointsForWin });
  }
  return base.map((t) => {
    const others = base.filter((o) => o.team !== t.team);
    const surelyAbove = others.filter((o) => o.points > t.maxPoints).length;
    const mayBeAbove = others.filter((o) => o.maxPoints >= t.points).length;
    const bestPosition = surelyAbove + 1;
    // With nothing left to play for anyone, the table as it stands is final.
    const settled = base.every((o) => o.remaining === 0);
    const worstPosition = settled ? t.position : mayBeAbove + 1;
    return { ...t, bestPosition: settled ? t.position : bestPosition, worstPosition, decided: settled || bestPosition === worstPosition };
  });
}
