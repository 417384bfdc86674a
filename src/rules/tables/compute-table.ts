// Builds a group or league table from matches under a rule set, explaining every position.
import type { MatchData } from '../../domain/match-data.js';
import { selectMatches, type MatchSelection } from './counted-matches.js';
import { applyDeductions, type AppliedDeductions, type PointsDeduction } from './deductions.js';
import type { Criterion } from './criteria.js';
import { goalAverage, type RankingContext } from './criterion-value.js';
import { explain } from './explain.js';
import { rankTeams } from './rank-teams.js';
import type { Separation } from './separation.js';
import type { Table, TableRow } from './table.js';
import type { TableRules } from './table-rules.js';
import { recordsOf, type TeamRecord } from './team-record.js';

export interface ComputeTableOptions {
  /** Count only matches on or before this date (`YYYY-MM-DD`). */
  readonly asOf?: string;
  /**
   * Team names in the order a drawing of lots (or the organiser) gave. Used only where the rules
   * reach `lots`, run out of checkable criteria, or a place was never ranked.
   */
  readonly lots?: readonly string[];
  /** Whether awarded matches count, with the score given; true unless set to false. */
  readonly awardedCounts?: boolean;
  /** Points the league took off teams; names are matched to the table's teams. */
  readonly deductions?: readonly PointsDeduction[];
}

const AWAY: readonly Criterion[] = ['away_goals_for', 'h2h_away_goals_for', 'away_wins'];

/**
 * The table of `matches` under `rules`. Teams are identified by `TeamRef.name`; only played (and
 * awarded) matches count, using the score after extra time when there was any.
 *
 * @example computeTable(group, tableRulesFor(m.competition, m.edition, m.stage), { lots: ['Japan', 'Senegal'] })
 */
export function computeTable(matches: readonly MatchData[], givenRules: TableRules, options: ComputeTableOptions = {}): Table {
  const selection = selectMatches(matches, { ...options, playOffMatches: givenRules.playOffMatches });
  const teams = teamsInOrder(matches);
  const overall = recordsOf(teams, selection.counted, givenRules);
  const deductions = applyDeductions(overall, options.deductions ?? []);
  const cutShort = givenRules.ifCutShort !== undefined && seasonCutShort(matches, selection, [...overall.values()], options.asOf);
  const rules = cutShort && givenRules.ifCutShort !== undefined ? cutShortRules(givenRules) : givenRules;
  const context: RankingContext = { rules, overall, counted: selection.counted, playOffs: selection.playOffs };
  const ranking = rankTeams(context, teams, options.lots);

  const rows = ranking.order.map((team, i): TableRow => {
    const below = ranking.order[i + 1];
    const separation = ranking.separations[i];
    const record = overall.get(team);
    if (record === undefined) throw new Error(`no record for ${team}`);
    const deducted = deductions.byTeam.get(team)?.points;
    return {
      ...rowNumbers(record, rules, i + 1),
      ...(deducted !== undefined ? { deducted } : {}),
      ...(below !== undefined && separation !== undefined
        ? {
            separatedFrom: {
              team: below,
              criterion: criterionOf(separation, rules),
              decidedBy: separation.kind,
              text:
                explain({ team, below, separation, playOffs: selection.playOffs }) +
                deductionNote(separation, [team, below], deductions) +
                playOffPlaceNote(rules, i + 1, record, overall, ranking.order),
            },
            undecided: isUndecided(separation) || undefined,
          }
        : {}),
    };
  });

  const notes = [
    ...(cutShort ? [`season cut short: ${unplayed(matches, selection)}; ${rules.source}`] : []),
    ...[...deductions.byTeam].map(([team, { text }]) => `${team}: ${text}`),
    ...deductions.unmatched.map((d) => `${d.team}: ${d.points} points deducted in the source, but no team of this table has that name; not applied`),
    ...selection.counted
      .filter((c) => c.match.status === 'awarded')
      .map((c) => `${c.match.date} ${c.home} ${c.score[0]}\u2013${c.score[1]} ${c.away}: awarded, counted with the awarded score`),
    ...selection.excluded.map((e) => e.reason),
    ...selection.playOffs.map(
      (p) => `${p.match.date} ${p.home} ${p.score[0]}\u2013${p.score[1]} ${p.away}: play-off between teams level on points, not counted in the table`,
    ),
    ...rows.filter((row) => row.undecided).map((row) => `${row.team} and ${row.separatedFrom?.team}: ${row.separatedFrom?.text}`),
  ];
  return { rules, rows, notes, excluded: selection.excluded };
}

/**
 * A season stopped for good: some matches never played (cancelled, abandoned, or teams left with
 * unequal numbers of matches) and no table date before the end asked for.
 */
function seasonCutShort(matches: readonly MatchData[], selection: MatchSelection, records: readonly TeamRecord[], asOf: string | undefined): boolean {
  const last = matches.reduce((latest, m) => (m.date > latest ? m.date : latest), '');
  if (asOf !== undefined && asOf < last) return false;
  const unplayed = selection.excluded.some((e) => e.match.status === 'cancelled' || e.match.status === 'abandoned');
  const played = new Set(records.map((r) => r.played));
  return unplayed || played.size > 1;
}

function cutShortRules(rules: TableRules): TableRules {
  const cut = rules.ifCutShort;
  if (cut === undefined) return rules;
  return { ...rules, id: `${rules.id}-cut-short`, criteria: cut.criteria, source: cut.source };
}

function unplayed(matches: readonly MatchData[], selection: MatchSelection): string {
  const missing = matches.length - selection.counted.length - selection.playOffs.length;
  return missing > 0 ? `${missing} of ${matches.length} matches not played` : 'teams have played unequal numbers of matches';
}

/**
 * "; level on points for this place: under these rules a play-off decides it (not in this table)"
 * where exactly two teams are level on points across a play-off place (Serie A 2022-23: Spezia and
 * Hellas Verona on 31, 17th place; Verona won the play-off).
 */
function playOffPlaceNote(
  rules: TableRules,
  position: number,
  record: TeamRecord,
  overall: ReadonlyMap<string, TeamRecord>,
  order: readonly string[],
): string {
  if (rules.playOffPlaces?.includes(position) !== true) return '';
  const level = order.filter((team) => overall.get(team)?.points === record.points);
  if (level.length !== 2 || order[position] !== level[1]) return '';
  return '; level on points for this place: under these rules a play-off decides it (not in this table)';
}

/** " (Everton: 8 points deducted for financial reasons)" where a deduction decided a place on points. */
function deductionNote(separation: Separation, pair: readonly string[], deductions: AppliedDeductions): string {
  if (separation.kind !== 'criterion' || (separation.criterion !== 'points' && separation.criterion !== 'points_per_game')) return '';
  const texts = pair.flatMap((team) => {
    const deduction = deductions.byTeam.get(team);
    return deduction === undefined ? [] : [`${team}: ${deduction.text}`];
  });
  return texts.length === 0 ? '' : ` (${texts.join('; ')})`;
}

/** Teams in the order they first appear in the input: the order kept where nothing decides. */
function teamsInOrder(matches: readonly MatchData[]): string[] {
  const seen = new Set<string>();
  for (const match of matches) {
    seen.add(match.home.name);
    seen.add(match.away.name);
  }
  return [...seen];
}

function rowNumbers(record: TeamRecord, rules: TableRules, position: number): TableRow {
  const uses = (criterion: Criterion) => rules.criteria.includes(criterion);
  const zone = rules.zones?.find((z) => z.from <= position && position <= z.to)?.label;
  return {
    position,
    team: record.team,
    played: record.played,
    won: record.won,
    drawn: record.drawn,
    lost: record.lost,
    goalsFor: record.goalsFor,
    goalsAgainst: record.goalsAgainst,
    goalDifference: record.goalsFor - record.goalsAgainst,
    points: record.points,
    ...(uses('points_per_game') ? { pointsPerGame: record.played > 0 ? record.points / record.played : 0 } : {}),
    ...(uses('goal_average') ? { goalAverage: goalAverage(record) } : {}),
    ...(uses('fair_play') && record.fairPlay !== undefined ? { fairPlay: record.fairPlay } : {}),
    ...(uses('disciplinary_points') && record.disciplinaryPoints !== undefined
      ? { disciplinaryPoints: record.disciplinaryPoints }
      : {}),
    ...(AWAY.some(uses) ? { awayGoalsFor: record.awayGoalsFor, awayWins: record.awayWins } : {}),
    ...(zone !== undefined ? { zone } : {}),
  };
}

function criterionOf(separation: Separation, rules: TableRules): Criterion {
  switch (separation.kind) {
    case 'criterion':
      return separation.criterion;
    case 'lots':
    case 'unranked':
      return 'lots';
    case 'given':
    case 'undecided':
      return separation.stoppedAt ?? rules.criteria[rules.criteria.length - 1] ?? 'points';
  }
}

function isUndecided(separation: Separation): boolean {
  return separation.kind === 'undecided' || (separation.kind === 'unranked' && separation.undecided);
}
