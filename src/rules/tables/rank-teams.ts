// Orders teams by the rules' criteria, recording for each adjacent pair what separated them.
import { isHeadToHead, LOWER_IS_BETTER, type Criterion } from './criteria.js';
import { criterionValue, meetingsOutstanding, type RankingContext } from './criterion-value.js';
import type { Separation } from './separation.js';

export interface Ranking {
  readonly order: readonly string[];
  /** `separations[i]` is why `order[i]` is above `order[i + 1]`. */
  readonly separations: readonly Separation[];
}

interface Step {
  readonly set: readonly string[];
  /** 0-based table position of the first team of `set`. */
  readonly offset: number;
  readonly index: number;
  /** The teams a head-to-head block started with: its mini-table is built from their matches. */
  readonly h2hSet: readonly string[] | undefined;
}

/**
 * Ranks `teams` (given in input order) under `context.rules`. Criteria are applied in order to each
 * set of teams still level; a head-to-head block compares the teams that were level when it began
 * (FIFA: "the teams concerned"), and `h2h_reapply` starts the block again on a smaller level
 * subset (UEFA). `lots` is the outside order for draws of lots and for places no criterion decides.
 */
export function rankTeams(context: RankingContext, teams: readonly string[], lots: readonly string[] | undefined): Ranking {
  const criteria = context.rules.criteria;

  function resolve(step: Step): Ranking {
    const { set, index } = step;
    if (set.length === 1) return { order: set, separations: [] };
    const criterion = criteria[index];
    if (criterion === undefined) return fallback(step, undefined);
    if (criterion === 'lots') return fallback(step, 'lots');
    if (criterion === 'h2h_reapply') {
      const smaller = step.h2hSet !== undefined && set.length < step.h2hSet.length;
      return resolve(smaller ? { ...step, index: blockStart(index), h2hSet: undefined } : { ...step, index: index + 1 });
    }
    const startsBlock = isHeadToHead(criterion) && (index === 0 || !isHeadToHead(criteria[index - 1] ?? 'points'));
    if (startsBlock && context.rules.headToHeadWhenAllMet === true && meetingsOutstanding(context, set)) {
      return resolve({ ...step, index: blockEnd(index), h2hSet: undefined });
    }
    const h2hSet = startsBlock ? set : (step.h2hSet ?? set);
    const among = isHeadToHead(criterion) ? h2hSet : set;
    const values = set.map((team) => criterionValue(context, criterion, team, among));
    if (values.some((value) => value === undefined)) return fallback(step, criterion);
    const groups = groupByValue(set, values as number[], LOWER_IS_BETTER.has(criterion));
    if (groups.length === 1) return resolve({ ...step, index: index + 1, h2hSet });

    const order: string[] = [];
    const separations: Separation[] = [];
    for (const [i, group] of groups.entries()) {
      const sub = resolve({ set: group.teams, offset: step.offset + order.length, index: index + 1, h2hSet });
      if (i > 0) {
        const above = groups[i - 1];
        if (above !== undefined) separations.push({ kind: 'criterion', criterion, values: [above.value, group.value], among });
      }
      order.push(...sub.order);
      separations.push(...sub.separations);
    }
    return { order, separations };
  }

  /** The index just after the head-to-head block starting at `index`. */
  function blockEnd(index: number): number {
    let end = index;
    while (end < criteria.length && isHeadToHead(criteria[end] ?? 'points')) end += 1;
    return end;
  }

  function blockStart(index: number): number {
    let start = index;
    while (start > 0 && isHeadToHead(criteria[start - 1] ?? 'points')) start -= 1;
    return start;
  }

  /** No criterion left that the data can check: use the outside order if there is one. */
  function fallback(step: Step, stoppedAt: Criterion | undefined): Ranking {
    const rank = (team: string) => lots?.indexOf(team) ?? -1;
    const known = step.set.filter((team) => rank(team) >= 0).sort((a, b) => rank(a) - rank(b));
    const unknown = step.set.filter((team) => rank(team) < 0);
    const order = [...known, ...unknown];
    const separations = order.slice(1).map((team, i): Separation => {
      const given = i + 1 < known.length;
      const place = step.offset + i + 1;
      const ranked = context.rules.rankedPlaces;
      if (ranked !== undefined && place > ranked) return { kind: 'unranked', rankedPlaces: ranked, undecided: !given };
      if (!given) return { kind: 'undecided', stoppedAt };
      return stoppedAt === 'lots' ? { kind: 'lots' } : { kind: 'given', stoppedAt };
    });
    return { order, separations };
  }

  return resolve({ set: teams, offset: 0, index: 0, h2hSet: undefined });
}

interface ValueGroup {
  readonly value: number;
  readonly teams: string[];
}

/** Teams grouped by equal value, best group first; input order kept inside a group. */
function groupByValue(teams: readonly string[], values: readonly number[], lowerIsBetter: boolean): ValueGroup[] {
  const groups: ValueGroup[] = [];
  for (const [i, team] of teams.entries()) {
    const value = values[i] ?? 0;
    const group = groups.find((g) => g.value === value);
    if (group === undefined) groups.push({ value, teams: [team] });
    else group.teams.push(team);
  }
  return groups.sort((a, b) => (lowerIsBetter ? a.value - b.value : b.value - a.value) || 0);
}
