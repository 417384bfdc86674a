// The SQL both stores use to stream the matches the record book counts, oldest first, a chunk
// at a time: portable SQL, with `?` parameters (the PostgreSQL store numbers them).

/** Played matches, and live ones with the score so far: the record book counts both. */
export const COUNTED = `m.status IN ('played', 'live') AND m.ft_home IS NOT NULL AND m.ft_away IS NOT NULL`;
export const CHUNK = 2000;
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
