// The tables a set of matches makes: one per group of each group stage, one per league phase.
import type { MatchData, StageRef } from '../../domain/match-data.js';
import { TABLE_STAGE_KINDS } from '../../domain/vocabulary.js';
import { splitGroups } from './split-groups.js';

export interface TableGroup {
  readonly stage: StageRef;
  /** `Group H`, or undefined for a league table. */
  readonly group?: string;
  readonly matches: readonly MatchData[];
}

/**
 * Matches of table stages grouped into their tables, stages in order of first match.
 *
 * @example tableGroups(worldCup2018).find((t) => t.group === 'Group H')?.matches.length // 6
 */
export function tableGroups(matches: readonly MatchData[]): TableGroup[] {
  const stages = new Map<string, MatchData[]>();
  for (const m of matches) {
    if (!m.stage || !TABLE_STAGE_KINDS.has(m.stage.kind)) continue;
    const list = stages.get(m.stage.kind);
    if (list) list.push(m);
    else stages.set(m.stage.kind, [m]);
  }
  adoptLeagueReplays(matches, stages);
  const tables: TableGroup[] = [];
  for (const stageMatches of stages.values()) {
    const stage = stageMatches[0]!.stage!;
    // A league phase and a domestic league season are one table, whatever rounds or groups they are played in.
    if (stage.kind === 'league_phase' || stage.kind === 'league') {
      tables.push({ stage, matches: stageMatches });
      continue;
    }
    for (const [group, groupMatches] of splitGroups(stageMatches)) tables.push({ stage, group, matches: groupMatches });
  }
  return tables;
}

/**
 * A league match abandoned and played again is still a league match, though a source may head the
 * replay as its own round (`▪ Round 17, Replay`): replays outside any table stage between two teams
 * of the league join the league table.
 */
function adoptLeagueReplays(matches: readonly MatchData[], stages: Map<string, MatchData[]>): void {
  const league = stages.get('league');
  if (league === undefined) return;
  const teams = new Set(league.flatMap((m) => [m.home.name, m.away.name]));
  for (const m of matches) {
    if (m.replay !== true || (m.stage !== undefined && TABLE_STAGE_KINDS.has(m.stage.kind))) continue;
    if (teams.has(m.home.name) && teams.has(m.away.name)) league.push(m);
  }
}
