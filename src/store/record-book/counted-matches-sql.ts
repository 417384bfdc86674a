// The SQL both stores use to stream the matches the record book counts, oldest first, a chunk
// at a time: portable SQL, with `?` parameters (the PostgreSQL store numbers them).

/** Played matches, and live ones with the score so far: the record book counts both. */
export const COUNTED = `m.status IN ('played', 'live') AND m.ft_home IS NOT NULL AND m.ft_away IS NOT NULL`;
/**
 * Matches read at a time. Small, because a chunk's rows, matches and goals live until the engine
 * has taken in its last match: every scavenge of the young generation meanwhile copies them, and
 * a rebuild at 1,000,000 matches spent 4.1 s of each thread's 33 in scavenges with chunks of
 * 2,000, 2.4 s with 500 (and 32 s rather than 38 s in all, peak RSS 690 MB rather than 800).
 */
export const CHUNK = 500;

/**
 * The last day the book counts and the highest match id: down the partial index of the counted
 * matches' dates (migration 016), past none of the fixtures still to come. Its WHERE must stay the
 * index's (`COUNTED`), or the planner walks the date index instead.
 */
export const EXTENT_SQL = `SELECT coalesce((SELECT m.date FROM match m WHERE ${COUNTED} ORDER BY m.date DESC LIMIT 1), '') AS last_date,
    (SELECT coalesce(max(id), 0) FROM match) AS max_match_id`;
/** After the last row of the previous chunk: parameters (lastDate, lastDate, lastId). */
export const AFTER = 'm.date >= ? AND (m.date > ? OR m.id > ?)';

/** One chunk of counted matches with their names, narrowed by `where` (an `AND …` clause or ''). */
export function countedMatchesSql(where: string): string {
  return `SELECT m.id, m.date, m.time, m.utc_offset, m.city, m.status, c.id AS competition_id, c.name AS competition_name,
      c.sex, c.kind AS competition_kind, e.id AS edition_id, e.name AS edition_name, e.start_year,
      s.kind AS stage_kind, s.name AS stage_name, m.group_name, m.home_team_id, m.away_team_id,
      ht.name AS home_team, at.name AS away_team, m.neutral, m.ft_home, m.ft_away, m.et_home, m.et_away,
      m.pen_home, m.pen_away, m.shootout_winner, m.goals_known
    FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
      LEFT JOIN stage s ON s.id = m.stage_id JOIN team ht ON ht.id = m.home_team_id JOIN team at ON at.id = m.away_team_id
    WHERE ${COUNTED} ${where} AND ${AFTER} ORDER BY m.date, m.id LIMIT ${CHUNK}`;
}

/** Every stored host of an edition (a World Cup's host countries). */
export const HOSTS_SQL = `SELECT et.edition_id, et.team_id FROM edition_team et WHERE et.role = 'host'`;

/** Editions whose group standings are published: there, a team's group-stage exit is known. */
export const GROUP_STANDINGS_EDITIONS_SQL = `SELECT DISTINCT ps.edition_id FROM published_standing ps WHERE ps.stage_kind = 'group'`;

/**
 * Teams that did not get through their group (published group standings, first group stage), each
 * with its last counted match of that stage: the match its edition ended with.
 */
export const GROUP_EXITS_SQL = `SELECT ps.edition_id, ps.team_id,
    (SELECT m.id FROM match m JOIN stage s ON s.id = m.stage_id WHERE m.edition_id = ps.edition_id AND s.kind = ps.stage_kind AND ${COUNTED}
       AND (m.home_team_id = ps.team_id OR m.away_team_id = ps.team_id) ORDER BY m.date DESC, m.id DESC LIMIT 1) AS match_id
  FROM published_standing ps WHERE ps.stage_kind = 'group' AND ps.advanced = 0`;

/** One query's rows made into the record book's view of an edition's teams. */
export function editionTeamsOf(
  hosts: readonly { edition_id: number; team_id: number }[],
  exits: readonly { team_id: number; match_id: number | null }[],
  editions: readonly { edition_id: number }[],
): { hostsByEdition: Map<number, number[]>; groupExitsByMatch: Map<number, number[]>; editionsWithGroupStandings: Set<number> } {
  const teamsBy = (rows: readonly { team_id: number; key: number | null }[]): Map<number, number[]> => {
    const by = new Map<number, number[]>();
    for (const { key, team_id } of rows) {
      if (key === null) continue;
      const list = by.get(key);
      if (list) list.push(team_id);
      else by.set(key, [team_id]);
    }
    return by;
  };
  return {
    hostsByEdition: teamsBy(hosts.map((h) => ({ team_id: h.team_id, key: h.edition_id }))),
    groupExitsByMatch: teamsBy(exits.map((e) => ({ team_id: e.team_id, key: e.match_id }))),
    editionsWithGroupStandings: new Set(editions.map((e) => e.edition_id)),
  };
}
