// The records benchmark's yardstick: the same definitions recomputed from scratch in DuckDB SQL,
// over the same store exported to CSV. For each definition it can express, it counts the facts
// the engine should have given (record improvements, firsts, milestones) — so the run checks the
// engine's answers as well as timing it.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { PLAYING_AGE } from '../dist/domain/age.js';
import { familiesOf, FIRST_INTERNATIONAL_YEAR } from '../dist/records/engine/families.js';
import { poolsEveryInternational } from '../dist/records/engine/coverage.js';

function csvValue(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function writeCsv(file, header, rows) {
  const out = createWriteStream(file);
  out.write(`${header.join(',')}\n`);
  for (const row of rows) {
    if (!out.write(`${row.map(csvValue).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Kick-off instants as the engine orders them: a day is one instant unless every kick-off has its UTC offset. */
function instantsOf(sqlite) {
  const rows = sqlite
    .prepare(`SELECT id, date, time, utc_offset FROM match WHERE status = 'played' AND ft_home IS NOT NULL ORDER BY date, id`)
    .raw()
    .all();
  const instants = new Map();
  let day = [];
  const flush = () => {
    const times = day.map(([, date, time, offset]) => (time && offset ? Date.parse(`${date}T${time}:00${offset}`) : Number.NaN));
    const known = times.every((t) => !Number.isNaN(t));
    day.forEach(([id, date], i) => instants.set(id, known ? times[i] : Date.parse(`${date}T00:00:00Z`)));
    day = [];
  };
  for (const row of rows) {
    if (day.length > 0 && day[0][1] !== row[1]) flush();
    day.push(row);
  }
  flush();
  return instants;
}

/** Writes matches, goals and players of the store as CSV files DuckDB reads. */
export async function exportForDuckDb(sqlite, dir) {
  const instants = instantsOf(sqlite);
  await writeCsv(
    join(dir, 'matches.csv'),
    ['id', 'instant', 'date', 'competition', 'sex', 'edition', 'home', 'away', 'hg', 'ag', 'neutral'],
    (function* () {
      const it = sqlite
        .prepare(
          `SELECT m.id, m.date, c.name, c.sex, m.edition_id, m.home_team_id, m.away_team_id,
             coalesce(m.et_home, m.ft_home), coalesce(m.et_away, m.ft_away), m.neutral
           FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
           WHERE m.status = 'played' AND m.ft_home IS NOT NULL`,
        )
        .raw()
        .iterate();
      for (const [id, date, name, sex, edition, home, away, hg, ag, neutral] of it) yield [id, instants.get(id), date, name, sex, edition, home, away, hg, ag, neutral];
    })(),
  );
  await writeCsv(join(dir, 'goals.csv'), ['match_id', 'player_id', 'side', 'own_goal'], sqlite.prepare('SELECT match_id, player_id, side, own_goal FROM goal').raw().iterate());
  await writeCsv(join(dir, 'players.csv'), ['id', 'birth_date'], sqlite.prepare('SELECT id, birth_date FROM player').raw().iterate());
}

const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;

/** The competitions a definition covers, as a SQL condition on matches `m` (competition name and sex). */
/**
 * The names of a family's competitions among the stored ones (`SELECT id, name, sex, kind FROM
 * competition`), by sex or 'any': what a family scope means in DuckDB's SQL.
 */
export function familyCompetitionsOf(competitions) {
  return (family, sex) => competitions.filter((c) => familiesOf(c).includes(family) && (sex === 'any' || c.sex === sex)).map((c) => c.name);
}

function scopeCondition(definition, familyCompetitions) {
  const scope = definition.scope;
  const names = scope.competition ? [scope.competition].flat() : familyCompetitions(scope.family, scope.sex);
  const sex = scope.sex === 'any' ? '' : ` AND m.sex = ${sqlString(scope.sex)}`;
  // A small history may have no competition of the family: nothing is in scope.
  if (names.length === 0) return 'false';
  return `m.competition IN (${names.map(sqlString).join(', ')})${sex}`;
}

const book = (definition) => (definition.scope.books === 'single' ? "'all'" : 'm.competition');

/**
 * The SQL that counts a definition's facts, or undefined for what this yardstick does not express
 * (stages, venues, streaks, ties, predicates beyond the simple ones). A record over every men's
 * international counts none where the data's internationals begin after the first one (1872): the
 * engine does not judge it then (src/records/engine/coverage.ts, `partialInternationals`).
 */
export function factCountSql(definition, familyCompetitions) {
  const sql = countSql(definition, familyCompetitions);
  if (sql === undefined || !poolsEveryInternational(definition)) return sql;
  return `SELECT CASE WHEN (SELECT min(year(m.date)) FROM matches m WHERE ${scopeCondition(definition, familyCompetitions)}) > ${FIRST_INTERNATIONAL_YEAR} THEN 0 ELSE (${sql}) END AS n`;
}

function countSql(definition, familyCompetitions) {
  const scope = definition.scope;
  if (scope.stages || scope.venue || scope.team || scope.editions) return undefined;
  const where = scopeCondition(definition, familyCompetitions);
  const predicate = JSON.stringify(definition.predicate ?? null);
  const produces = definition.produces;
  const better = (a, b) => (['youngest', 'fewest', 'fastest'].includes(produces.direction) ? `${a} < ${b}` : `${a} > ${b}`);
  const best = ['youngest', 'fewest', 'fastest'].includes(produces.direction) ? 'min' : 'max';
  // A row's value per match, then whether it beat the best of every earlier instant in its book.
  const improvements = (rows) => `
    WITH rows AS (${rows}),
    per_match AS (SELECT bk, instant, match_id, ${best}(v) AS v FROM rows GROUP BY bk, instant, match_id),
    judged AS (SELECT v, ${best}(v) OVER (PARTITION BY bk ORDER BY instant RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS record FROM per_match)
    SELECT count(*) AS n FROM judged WHERE record IS NOT NULL AND ${better('v', 'record')}`;
  if (produces.kind === 'extreme' && definition.unit === 'goal' && definition.measure.kind === 'age' && predicate === '{"field":"ownGoal","op":"=","value":false}') {
    // The engine's age is calendar years, then days (src/domain/age.ts), not days lived: 17 years 321 days is
    // younger than 17 years 322 days even when both are 6,531 days. An age outside the playing ages is unknown.
    // Every scorer of a match at its best age that beats the record is a fact (a player scoring twice is one).
    return `
      WITH rows AS (
        SELECT * FROM (SELECT ${book(definition)} AS bk, m.instant, m.id AS match_id, g.player_id, age_amount(p.birth_date, m.date) AS v
          FROM goals g JOIN matches m ON m.id = g.match_id JOIN players p ON p.id = g.player_id
          WHERE ${where} AND NOT g.own_goal AND p.birth_date IS NOT NULL)
        WHERE v >= ${PLAYING_AGE.min * 1000} AND v < ${(PLAYING_AGE.max + 1) * 1000}),
      per_match AS (SELECT bk, instant, match_id, ${best}(v) AS v FROM rows GROUP BY bk, instant, match_id),
      judged AS (SELECT match_id, v, ${best}(v) OVER (PARTITION BY bk ORDER BY instant RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS record FROM per_match)
      SELECT count(DISTINCT (r.match_id, r.player_id)) AS n FROM rows r JOIN judged j ON j.match_id = r.match_id
      WHERE j.record IS NOT NULL AND ${better('j.v', 'j.record')} AND r.v = j.v`;
  }
  if (produces.kind === 'extreme' && definition.unit === 'team-match' && definition.measure.kind === 'margin' && predicate === '{"field":"result","op":"=","value":"win"}') {
    return improvements(`SELECT ${book(definition)} AS bk, m.instant, m.id AS match_id, abs(m.hg - m.ag) AS v FROM matches m WHERE ${where} AND m.hg <> m.ag`);
  }
  if (produces.kind === 'extreme' && definition.unit === 'match' && definition.measure.kind === 'aggregate' && predicate === 'null') {
    return improvements(`SELECT ${book(definition)} AS bk, m.instant, m.id AS match_id, m.hg + m.ag AS v FROM matches m WHERE ${where}`);
  }
  if (produces.kind === 'extreme' && (definition.unit === 'player-career' || definition.unit === 'player-edition') && definition.measure.kind === 'sum' && definition.measure.field === 'goals' && predicate === 'null') {
    const partition = definition.unit === 'player-career' ? 'bk, player_id' : 'bk, player_id, edition';
    return `
      WITH scored AS (
        SELECT ${book(definition)} AS bk, m.instant, m.id AS match_id, m.edition, g.player_id, count(*) AS goals
        FROM goals g JOIN matches m ON m.id = g.match_id WHERE ${where} AND NOT g.own_goal AND g.player_id IS NOT NULL
        GROUP BY ALL),
      tallies AS (SELECT bk, instant, match_id, sum(goals) OVER (PARTITION BY ${partition} ORDER BY instant) AS tally FROM scored),
      per_match AS (SELECT bk, instant, match_id, max(tally) AS v FROM tallies GROUP BY ALL),
      judged AS (SELECT match_id, v, max(v) OVER (PARTITION BY bk ORDER BY instant RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS record FROM per_match)
      -- Two players reaching a new record tally in the same match both set it: one fact each.
      SELECT count(*) AS n FROM tallies t JOIN judged j ON j.match_id = t.match_id WHERE j.record IS NOT NULL AND j.v > j.record AND t.tally = j.v`;
  }
  if (produces.kind === 'first' && produces.per === 'team' && definition.unit === 'team-match' && (predicate === 'null' || predicate === '{"field":"result","op":"=","value":"win"}')) {
    const won = predicate === 'null' ? '' : ' AND goals_for > goals_against';
    return `
      WITH sides AS (
        SELECT ${book(definition)} AS bk, m.home AS team, m.hg AS goals_for, m.ag AS goals_against FROM matches m WHERE ${where}
        UNION ALL SELECT ${book(definition)}, m.away, m.ag, m.hg FROM matches m WHERE ${where})
      SELECT count(*) AS n FROM (SELECT DISTINCT bk, team FROM sides WHERE true${won})`;
  }
  if (produces.kind === 'milestone' && produces.per === 'team' && definition.unit === 'team-match' && definition.measure.kind === 'count' && predicate === 'null') {
    const at = produces.at ?? [];
    const every = produces.every ?? 0;
    const hits = [
      ...at.map((m) => `(CASE WHEN n >= ${m} THEN 1 ELSE 0 END)`),
      every > 0 ? `(n // ${every})` : '0',
      // A count crossing a milestone that is both in `at` and a multiple of `every` is one fact.
      ...at.filter((m) => every > 0 && m % every === 0).map((m) => `-(CASE WHEN n >= ${m} THEN 1 ELSE 0 END)`),
    ].join(' + ');
    return `
      WITH sides AS (SELECT ${book(definition)} AS bk, m.home AS team FROM matches m WHERE ${where}
                     UNION ALL SELECT ${book(definition)}, m.away FROM matches m WHERE ${where}),
      counts AS (SELECT bk, team, count(*) AS n FROM sides GROUP BY ALL)
      SELECT coalesce(sum(${hits}), 0) AS n FROM counts`;
  }
  return undefined;
}

/** The engine's fact kinds each yardstick query counts. */
export function countedKinds(definition) {
  if (definition.produces.kind === 'extreme') return ['new_record', 'extends_own_record'];
  return [definition.produces.kind];
}

export async function openDuckDb(dir) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const load = async () => {
    await connection.run(`CREATE TABLE matches AS SELECT * FROM read_csv(${sqlString(join(dir, 'matches.csv'))}, header = true, columns = {
      'id': 'BIGINT', 'instant': 'BIGINT', 'date': 'DATE', 'competition': 'VARCHAR', 'sex': 'VARCHAR', 'edition': 'BIGINT',
      'home': 'BIGINT', 'away': 'BIGINT', 'hg': 'INTEGER', 'ag': 'INTEGER', 'neutral': 'INTEGER'})`);
    await connection.run(`CREATE TABLE goals AS SELECT match_id, player_id, side, own_goal = 1 AS own_goal FROM read_csv(${sqlString(join(dir, 'goals.csv'))}, header = true, columns = {
      'match_id': 'BIGINT', 'player_id': 'BIGINT', 'side': 'VARCHAR', 'own_goal': 'INTEGER'})`);
    // Ages as the engine measures them (src/domain/age.ts): calendar years and days, one sortable number
    // years × 1000 + days; a 29 February birthday falls on 1 March in common years.
    await connection.run(`CREATE MACRO birthday_in(b, y) AS CASE
      WHEN month(b) = 2 AND day(b) = 29 AND NOT ((y % 4 = 0 AND y % 100 <> 0) OR y % 400 = 0) THEN make_date(y, 3, 1)
      ELSE make_date(y, month(b), day(b)) END`);
    await connection.run(`CREATE MACRO age_years(b, d) AS year(d) - year(b) - CASE WHEN birthday_in(b, year(d)) > d THEN 1 ELSE 0 END`);
    await connection.run(`CREATE MACRO age_amount(b, d) AS age_years(b, d) * 1000 + (d - birthday_in(b, year(b) + age_years(b, d)))`);
    await connection.run(`CREATE TABLE players AS SELECT * FROM read_csv(${sqlString(join(dir, 'players.csv'))}, header = true, columns = {'id': 'BIGINT', 'birth_date': 'DATE'})`);
  };
  const count = async (sql) => {
    const reader = await connection.runAndReadAll(sql);
    return Number(reader.getRows()[0]?.[0] ?? 0);
  };
  return { load, count, close: () => connection.closeSync?.() };
}
