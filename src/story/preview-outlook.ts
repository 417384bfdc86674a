// What a result would mean before a match is played: for a second leg, who a win (or a draw) takes
// through; for a group or league match, whether a win takes a team through — or top — whatever
// the other results. Computed from the competition as it stood the day before.
import type { MatchData } from '../domain/match-data.js';
import { isOpenFixture, tableOutlook } from '../rules/scenarios/index.js';
import { computeTable, everyPairMeets, groupLabel, tableGroups, tableRulesFor } from '../rules/tables/index.js';
import { buildTies, tieRulesFor } from '../rules/ties/index.js';

export interface TieOutlook {
  /** `outlook:<match>`: its source id. */
  readonly id: string;
  readonly teams: readonly [string, string];
  readonly firstLeg: { readonly date: string; readonly home: string; readonly away: string; readonly score: readonly [number, number] };
  /** The team ahead after the first leg, and the score from its side. */
  readonly leader?: string;
  readonly lead: string;
  /** Teams a win in this match takes through, whatever the score. */
  readonly winTakesThrough: readonly string[];
  /** Teams a draw takes through, whatever the score. */
  readonly drawTakesThrough: readonly string[];
}

export interface GroupOutlook {
  readonly id: string;
  readonly stageKind: string;
  /** `Group H`, or undefined for a league table. */
  readonly group?: string;
  /** How many places go through, where the rules or the data say. */
  readonly places?: number;
  readonly table: readonly { readonly team: string; readonly position: number; readonly points: number; readonly remaining: number }[];
  readonly teams: readonly {
    readonly team: string;
    /** With a win here: the lowest place still possible. */
    readonly worstAfterWin: number;
    readonly winTakesThrough: boolean;
    readonly winTakesTop: boolean;
    /** Through (or top) already, whatever happens. */
    readonly alreadyThrough: boolean;
    readonly alreadyTop: boolean;
  }[];
}

function key(m: MatchData): string {
  return `${m.date}\u0000${m.home.name}\u0000${m.away.name}`;
}

/**
 * The second leg's stakes, from the edition's matches as they stood before the match's day.
 *
 * @example tieOutlook(asOf, juventusLyon, 'outlook:42')?.winTakesThrough // ['Olympique Lyonnais']
 */
export function tieOutlook(matches: readonly MatchData[], match: MatchData, id: string): TieOutlook | undefined {
  const first = matches[0];
  if (!first || !match.stage) return undefined;
  const ties = buildTies(matches, tieRulesFor(first.competition, first.edition));
  const tie = ties.find((t) => t.format === 'two_legs' && t.legs[1] !== undefined && key(t.legs[1]) === key(match));
  const leg = tie?.legs[0];
  const score = leg ? (leg.score.extraTime ?? leg.score.fullTime) : undefined;
  if (!tie || !leg || !score || isOpenFixture(leg)) return undefined;
  const margin = score[0] - score[1];
  const leader = margin === 0 ? undefined : margin > 0 ? leg.home.name : leg.away.name;
  const lead = `${Math.max(score[0], score[1])}-${Math.min(score[0], score[1])}`;
  const teams = [leg.home.name, leg.away.name] as const;
  // A team level or ahead on aggregate goes through with any win; one strictly ahead with a draw.
  const marginOf = (team: string): number => (team === leg.home.name ? margin : -margin);
  return {
    id,
    teams,
    firstLeg: { date: leg.date, home: leg.home.name, away: leg.away.name, score: [score[0], score[1]] },
    ...(leader ? { leader } : {}),
    lead,
    winTakesThrough: teams.filter((t) => marginOf(t) >= 0),
    drawTakesThrough: teams.filter((t) => marginOf(t) > 0),
  };
}

/**
 * A group or league match's stakes: with a win, can each team still finish outside the places
 * that go through (or below first)? Safe bounds: level points count against the team.
 */
export function groupOutlook(matches: readonly MatchData[], match: MatchData, id: string, placesFromData?: number): GroupOutlook | undefined {
  const labelled = matches.map((m) => (m.group !== undefined ? { ...m, group: groupLabel(`Group ${m.group}`) } : m));
  const target = key(match);
  const group = tableGroups(labelled).find((t) => t.matches.some((m) => key(m) === target));
  const sample = group?.matches[0];
  if (!group || !sample) return undefined;
  const rules = tableRulesFor(sample.competition, sample.edition, group.stage);
  const played = group.matches.filter((m) => !isOpenFixture(m) && m.status !== 'cancelled');
  if (played.length === 0) return undefined;
  // What a win guarantees is known only when every match of the group is: played or to come.
  // A group the data holds only part of (the first results a desk has posted) could have any matches still to come.
  const scheduled = group.matches.filter((m) => m.status !== 'cancelled');
  if (group.stage.kind === 'group' && !everyPairMeets([...new Set(scheduled.flatMap((m) => [m.home.name, m.away.name]))], scheduled)) return undefined;
  const open = group.matches.filter(isOpenFixture);
  const zonePlaces = rules.zones?.filter((z) => z.label !== 'eliminated').reduce((max, z) => Math.max(max, z.to), 0);
  const places = placesFromData ?? (zonePlaces !== undefined && zonePlaces > 0 ? zonePlaces : undefined);
  const now = tableOutlook(computeTable(played, rules), open, rules.pointsForWin);
  const teams = [match.home.name, match.away.name].map((team) => {
    const won: MatchData = { ...match, status: 'played', score: { fullTime: team === match.home.name ? [1, 0] : [0, 1] } };
    const rest = open.filter((m) => key(m) !== target);
    const outlook = tableOutlook(computeTable([...played, won], rules), rest, rules.pointsForWin).find((o) => o.team === team);
    const worst = outlook?.worstPosition ?? Number.POSITIVE_INFINITY;
    const worstNow = now.find((o) => o.team === team)?.worstPosition ?? Number.POSITIVE_INFINITY;
    const alreadyThrough = places !== undefined && worstNow <= places;
    return {
      team,
      worstAfterWin: worst,
      winTakesThrough: places !== undefined && worst <= places && !alreadyThrough,
      winTakesTop: worst === 1 && worstNow !== 1,
      alreadyThrough,
      alreadyTop: worstNow === 1,
    };
  });
  return {
    id,
    stageKind: group.stage.kind,
    ...(group.group !== undefined ? { group: group.group } : {}),
    ...(places !== undefined ? { places } : {}),
    table: now.map((o) => ({ team: o.team, position: o.position, points: o.points, remaining: o.remaining })),
    teams,
  };
}
