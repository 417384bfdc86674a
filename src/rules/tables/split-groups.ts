// Splits a stage's matches into its groups: by group name, or by who played whom when a source names none.
import type { MatchData } from '../../domain/match-data.js';

/** `Gruppe H`, `Group h` → `Group H`: sources spell one group several ways. */
export function groupLabel(name: string): string {
  const letter = /^(?:group|gruppe|groupe|grupo)\s+(\S+)$/i.exec(name.trim());
  return letter?.[1] !== undefined ? `Group ${letter[1].toUpperCase()}` : name.trim();
}

/**
 * The groups of a stage, in order of first appearance. Matches without a group name (Football.TXT
 * Champions League 2023/24 heads its group matches only "Group, Matchday 1") are grouped by the
 * teams that met: each connected set of teams is one group, labelled by its teams.
 *
 * @example splitGroups(stageMatches).get('Group H') // the six Group H matches
 */
export function splitGroups(matches: readonly MatchData[]): Map<string, MatchData[]> {
  const groups = new Map<string, MatchData[]>();
  const unnamed: MatchData[] = [];
  for (const match of matches) {
    if (match.group === undefined) {
      unnamed.push(match);
      continue;
    }
    const label = groupLabel(match.group);
    groups.set(label, [...(groups.get(label) ?? []), match]);
  }
  for (const component of byOpponents(unnamed)) {
    const teams = [...new Set(component.flatMap((m) => [m.home.name, m.away.name]))];
    groups.set(teams.join(', '), component);
  }
  return groups;
}

/** Connected components of the "played each other" graph, found with a small union-find. */
function byOpponents(matches: readonly MatchData[]): MatchData[][] {
  const parent = new Map<string, string>();
  const find = (team: string): string => {
    let root = team;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(team, root);
    return root;
  };
  for (const match of matches) {
    if (!parent.has(match.home.name)) parent.set(match.home.name, match.home.name);
    if (!parent.has(match.away.name)) parent.set(match.away.name, match.away.name);
    parent.set(find(match.home.name), find(match.away.name));
  }
  const components = new Map<string, MatchData[]>();
  for (const match of matches) {
    const root = find(match.home.name);
    components.set(root, [...(components.get(root) ?? []), match]);
  }
  return [...components.values()];
}
