// Points taken off a team by its league (financial rules, fielding an ineligible player), matched to the table's names.
import { nameKey } from '../../domain/names.js';
import type { TeamRecord } from './team-record.js';

/** A deduction as a source states it: `Everton 8 points deducted for financial reasons`. */
export interface PointsDeduction {
  /** The team as the note names it; matched to the table's team names. */
  readonly team: string;
  readonly points: number;
  readonly reason?: string;
}

export interface AppliedDeductions {
  /** Points deducted per table team, with the sentence a reader sees: "8 points deducted for financial reasons". */
  readonly byTeam: ReadonlyMap<string, { readonly points: number; readonly text: string }>;
  /** Deductions whose team is not in the table, or could be more than one of its teams. */
  readonly unmatched: readonly PointsDeduction[];
}

/**
 * The table team a note's name denotes: the same name, else the one team whose name's words all
 * appear in the note's (`Nottingham` for "Nottingham Forest") or the other way round
 * (`Everton FC` for "Everton"). Undefined when none or several fit.
 */
export function teamNamed(name: string, teams: readonly string[]): string | undefined {
  const key = nameKey(name);
  const exact = teams.filter((team) => nameKey(team) === key);
  if (exact.length === 1) return exact[0];
  const words = new Set(key.split(' '));
  const contains = (outer: ReadonlySet<string>, inner: readonly string[]) => inner.every((w) => outer.has(w));
  const fits = teams.filter((team) => {
    const teamWords = nameKey(team).split(' ');
    return contains(words, teamWords) || contains(new Set(teamWords), [...words]);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

export function deductionText(points: number, reason: string | undefined): string {
  return `${points} point${points === 1 ? '' : 's'} deducted${reason ? ` ${reason}` : ''}`;
}

/** Takes each deduction off its team's points (overall only: head-to-head tables count matches, not penalties). */
export function applyDeductions(records: ReadonlyMap<string, TeamRecord>, deductions: readonly PointsDeduction[]): AppliedDeductions {
  const teams = [...records.keys()];
  const byTeam = new Map<string, { points: number; text: string }>();
  const unmatched: PointsDeduction[] = [];
  for (const deduction of deductions) {
    const team = teamNamed(deduction.team, teams);
    const record = team === undefined ? undefined : records.get(team);
    if (team === undefined || record === undefined) {
      unmatched.push(deduction);
      continue;
    }
    record.points -= deduction.points;
    const before = byTeam.get(team);
    const text = deductionText(deduction.points, deduction.reason);
    byTeam.set(team, before === undefined ? { points: deduction.points, text } : { points: before.points + deduction.points, text: `${before.text}; ${text}` });
  }
  return { byTeam, unmatched };
}
