// The record book on the real World Cup data: the four facts of the issue, one book per sex, and
// every World Cup fact's proof asked again of the store in plain SQL.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { readMatchFacts, rebuildRecordBook, readStateValue } from '../../src/records/book/record-book-store.js';
import type { Fact, RecordEntry } from '../../src/records/engine/fact.js';
import { tallyBookOf } from '../../src/records/engine/units.js';
import { matchCounterBookOf } from '../../src/records/engine/coverage.js';
import type { RecordDefinition } from '../../src/records/definitions/schema.js';
import { RecordBook } from '../../src/records/engine/record-book.js';
import { MemoryState } from '../../src/records/engine/state.js';
import { replay } from '../../src/records/engine/replay.js';
import { readRecordMatches } from '../../src/records/engine/read-record-matches.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);
let store: Store;

beforeAll(async () => {
  store = await openStore(join(tempDir(), 'records.db'));
  await importPath(store, [sharedPath('worldcup-db')]);
  rebuildRecordBook(store, definitions);
}, 120_000);

afterAll(async () => {
  await store.close();
});

async function factsOf(date: string, team: string): Promise<Fact[]> {
  const [match] = await readMatches(store.db, { date, team });
  if (!match) throw new Error(`no match ${date} ${team}`);
  return readMatchFacts(store, match.id);
}

describe('the four facts of the issue', () => {
  it('1958-06-19 Brazil 1-0 Wales: Pelé, 17 years 239 days, youngest men\'s World Cup scorer, ahead of Manuel Rosas', async () => {
    const facts = await factsOf('1958-06-19', 'Brazil');
    const pele = facts.find((f) => f.definitionId === 'wc-men-youngest-scorer');
    expect(pele?.kind).toBe('new_record');
    expect(pele?.subject.name).toBe('Pelé');
    expect(pele?.value).toBe('17 years 239 days');
    expect(pele?.previous.map((p) => [p.subject.name, p.value, p.date])).toEqual([['Manuel Rosas', '18 years 93 days', '1930-07-19']]);
    expect(pele?.text).toContain('Manuel Rosas');
  });

  it('1958-06-28 France 6-3 Germany: Just Fontaine\'s 13 goals in one World Cup break Sándor Kocsis\'s 11 (1954) — one fact, not three', async () => {
    const facts = (await factsOf('1958-06-28', 'France')).filter((f) => f.definitionId === 'wc-men-most-goals-edition');
    expect(facts).toHaveLength(1);
    const [fontaine] = facts;
    expect(fontaine?.kind).toBe('new_record');
    expect(fontaine?.subject.name).toBe('Just Fontaine');
    expect(fontaine?.amount).toBe(13);
    expect(fontaine?.previous.map((p) => [p.subject.name, p.amount, p.date.slice(0, 4)])).toEqual([['Sándor Kocsis', 11, '1954']]);
  });

  it('1994-06-28 Russia 6-1 Cameroon: Roger Milla, 42 years 39 days, extends his own record as the oldest scorer', async () => {
    const milla = (await factsOf('1994-06-28', 'Cameroon')).find((f) => f.definitionId === 'wc-men-oldest-scorer');
    expect(milla?.kind).toBe('extends_own_record');
    expect(milla?.value).toBe('42 years 39 days');
    expect(milla?.previous.map((p) => [p.subject.name, p.value, p.date.slice(0, 4)])).toEqual([['Roger Milla', '38 years 34 days', '1990']]);
  });

  it('2014-07-08 Brazil 1-7 Germany: Miroslav Klose\'s 16th World Cup goal breaks Ronaldo\'s record of 15', async () => {
    const klose = (await factsOf('2014-07-08', 'Germany')).find((f) => f.definitionId === 'wc-men-most-goals-career');
    expect(klose?.kind).toBe('new_record');
    expect(klose?.amount).toBe(16);
    expect(klose?.previous.map((p) => [p.subject.name, p.amount])).toEqual([['Ronaldo', 15]]);
    expect(klose?.text).toBe("Miroslav Klose scored his 16th FIFA World Cup goal, breaking Ronaldo's record of 15.");
  });
});

describe('one record book per sex', () => {
  it('the men\'s career record is Klose 16, the women\'s Marta 17; neither appears in the other\'s book', async () => {
    const men = readStateValue<RecordEntry[]>(store, 'wc-men-most-goals-career|c1', 'top', 'list') ?? [];
    const womenBook = store.sqlite.prepare(`SELECT DISTINCT book FROM record_state WHERE book LIKE 'wc-women-most-goals-career|%'`).all() as { book: string }[];
    expect(womenBook).toHaveLength(1);
    const women = readStateValue<RecordEntry[]>(store, womenBook[0]!.book, 'top', 'list') ?? [];
    expect([men[0]?.subject.name, men[0]?.amount]).toEqual(['Miroslav Klose', 16]);
    expect([women[0]?.subject.name, women[0]?.amount]).toEqual(['Marta', 17]);
    const menNames = new Set(men.map((e) => e.subject.name));
    expect(women.some((e) => menNames.has(e.subject.name))).toBe(false);
  });
});

/** Independent SQL for the record as of a day: the best value among rows of earlier days. */
const PROOF_QUERIES: Record<string, { sql: string; higher: boolean }> = {
  // A goal's scorer age in days-of-life order is his birth date: younger means a later birth date.
  'wc-men-youngest-scorer': {
    higher: false,
    sql: `SELECT p.name, g.match_id, m.date, p.birth_date FROM goal g JOIN match m ON m.id = g.match_id JOIN edition e ON e.id = m.edition_id
          JOIN competition c ON c.id = e.competition_id JOIN player p ON p.id = g.player_id
          WHERE c.name = 'FIFA World Cup' AND c.sex = 'men' AND g.own_goal = 0 AND m.status = 'played' AND p.birth_date IS NOT NULL AND m.date < ?`,
  },
  'wc-men-oldest-scorer': {
    higher: true,
    sql: `SELECT p.name, g.match_id, m.date, p.birth_date FROM goal g JOIN match m ON m.id = g.match_id JOIN edition e ON e.id = m.edition_id
          JOIN competition c ON c.id = e.competition_id JOIN player p ON p.id = g.player_id
          WHERE c.name = 'FIFA World Cup' AND c.sex = 'men' AND g.own_goal = 0 AND m.status = 'played' AND p.birth_date IS NOT NULL AND m.date < ?`,
  },
};

function ageDays(birth: string, on: string): number {
  return (Date.parse(on) - Date.parse(birth)) / 86_400_000;
}

describe('every proof, asked again of the store', () => {
  it('career and edition goal records: the holders before and the value after match a plain SQL count', () => {
    const facts = (store.sqlite.prepare(`SELECT body FROM record_fact WHERE definition_id IN ('wc-men-most-goals-career', 'wc-men-most-goals-edition', 'wc-women-most-goals-career', 'wc-women-most-goals-edition')`).all() as { body: string }[]).map((r) => JSON.parse(r.body) as Fact);
    expect(facts.length).toBeGreaterThan(20);
    for (const fact of facts) {
      const edition = fact.definitionId.endsWith('edition');
      const sex = fact.definitionId.startsWith('wc-men') ? 'men' : 'women';
      const tally = (date: string, inclusive: boolean) =>
        store.sqlite
          .prepare(
            `SELECT g.player_id AS id, p.name, ${edition ? 'm.edition_id' : '0'} AS edition, count(*) AS goals FROM goal g JOIN match m ON m.id = g.match_id
             JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id JOIN player p ON p.id = g.player_id
             WHERE c.name LIKE 'FIFA%World Cup' AND c.sex = ? AND g.own_goal = 0 AND m.status = 'played' AND m.date ${inclusive ? '<=' : '<'} ?
             GROUP BY g.player_id, edition ORDER BY goals DESC`,
          )
          .all(sex, date) as { id: number; name: string; goals: number }[];
      const before = tally(fact.date, false);
      const best = before[0]?.goals;
      expect(fact.proof.before.every((e) => e.amount === best), fact.id).toBe(true);
      const holders = new Set(before.filter((r) => r.goals === best).map((r) => r.name));
      for (const e of fact.proof.before) expect(holders.has(e.subject.name), `${fact.id}: ${e.subject.name}`).toBe(true);
      const after = tally(fact.date, true).find((r) => `p${r.id}` === fact.subject.key);
      expect(after?.goals, fact.id).toBe(fact.amount);
    }
  });

  it('youngest and oldest scorer: the previous holder is the SQL extreme of earlier days', () => {
    for (const [definitionId, query] of Object.entries(PROOF_QUERIES)) {
      const facts = (store.sqlite.prepare('SELECT body FROM record_fact WHERE definition_id = ?').all(definitionId) as { body: string }[]).map((r) => JSON.parse(r.body) as Fact);
      expect(facts.length, definitionId).toBeGreaterThan(3);
      for (const fact of facts) {
        const rows = store.sqlite.prepare(query.sql).all(fact.date) as { name: string; match_id: number; date: string; birth_date: string }[];
        const ages = rows.map((r) => ({ ...r, age: ageDays(r.birth_date, r.date) }));
        const best = ages.reduce((a, b) => ((query.higher ? b.age > a.age : b.age < a.age) ? b : a));
        const holder = fact.proof.before[0];
        expect(holder?.subject.name, fact.id).toBe(best.name);
        expect(holder?.matchId, fact.id).toBe(best.match_id);
      }
    }
  });
});

function factsOfDefinition(definitionId: string): Fact[] {
  return (store.sqlite.prepare('SELECT body FROM record_fact WHERE definition_id = ?').all(definitionId) as { body: string }[]).map((r) => JSON.parse(r.body) as Fact);
}

const MEN_WC = `FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
  WHERE c.name = 'FIFA World Cup' AND c.sex = 'men' AND m.status = 'played'`;

describe('more proofs, asked again in SQL', () => {
  it('first appearances: no earlier men\'s World Cup match of that team', () => {
    const facts = factsOfDefinition('wc-men-first-appearance');
    expect(facts.length).toBeGreaterThan(70);
    for (const fact of facts) {
      const earlier = store.sqlite.prepare(`SELECT count(*) AS n ${MEN_WC} AND m.date < ? AND ? IN (m.home_team_id, m.away_team_id)`).get(fact.date, fact.subject.id) as { n: number };
      expect(earlier.n, fact.id).toBe(0);
      const that = store.sqlite.prepare(`SELECT count(*) AS n ${MEN_WC} AND m.id = ? AND ? IN (m.home_team_id, m.away_team_id)`).get(fact.matchId, fact.subject.id) as { n: number };
      expect(that.n, fact.id).toBe(1);
    }
  });

  it('highest-scoring match and biggest win: the previous record is the SQL maximum of earlier days', () => {
    for (const [definitionId, expression] of [
      ['wc-men-highest-scoring-match', 'coalesce(m.et_home, m.ft_home) + coalesce(m.et_away, m.ft_away)'],
      ['wc-men-biggest-win', 'abs(coalesce(m.et_home, m.ft_home) - coalesce(m.et_away, m.ft_away))'],
    ] as const) {
      const facts = factsOfDefinition(definitionId);
      expect(facts.length, definitionId).toBeGreaterThan(2);
      for (const fact of facts) {
        const best = store.sqlite.prepare(`SELECT max(${expression}) AS v ${MEN_WC} AND m.date < ?`).get(fact.date) as { v: number };
        expect(fact.proof.before.every((e) => e.amount === best.v), fact.id).toBe(true);
        const value = store.sqlite.prepare(`SELECT ${expression} AS v ${MEN_WC} AND m.id = ?`).get(fact.matchId) as { v: number };
        expect(value.v, fact.id).toBe(fact.amount);
      }
    }
  });

  it('four in a knockout match: "the nth player" is one more than the players before', () => {
    const facts = factsOfDefinition('wc-men-four-in-knockout');
    expect(facts.map((f) => f.subject.name)).toEqual(['Ernst Wilimowski', 'Just Fontaine', 'Eusébio', 'Emilio Butragueño', 'Oleg Salenko'].slice(0, facts.length));
    for (const fact of facts) {
      const before = store.sqlite
        .prepare(
          `SELECT count(DISTINCT g.player_id) AS n FROM goal g JOIN match m ON m.id = g.match_id JOIN stage s ON s.id = m.stage_id
           WHERE m.id IN (SELECT m.id ${MEN_WC}) AND s.kind NOT IN ('group', 'second_group', 'final_group', 'league_phase', 'qualifying', 'other')
             AND m.date < ? AND g.own_goal = 0
             AND (SELECT count(*) FROM goal g2 WHERE g2.match_id = g.match_id AND g2.player_id = g.player_id AND g2.own_goal = 0) >= 4`,
        )
        .get(fact.date) as { n: number };
      expect(fact.n, fact.id).toBe(before.n + 1);
    }
  });

  it('team goal milestones: the team\'s World Cup goals before the match are below the milestone, and reach it with the match', () => {
    const facts = factsOfDefinition('wc-men-team-goal-milestones');
    expect(facts.length).toBeGreaterThan(30);
    const goals = store.sqlite.prepare(
      `SELECT coalesce(sum(CASE WHEN m.home_team_id = ? THEN coalesce(m.et_home, m.ft_home) ELSE coalesce(m.et_away, m.ft_away) END), 0) AS n
       ${MEN_WC} AND ? IN (m.home_team_id, m.away_team_id) AND (m.date < ? OR m.id = ?)`,
    );
    for (const fact of facts) {
      const before = (goals.get(fact.subject.id, fact.subject.id, fact.date, -1) as { n: number }).n;
      const after = (goals.get(fact.subject.id, fact.subject.id, fact.date, fact.matchId) as { n: number }).n;
      expect(before < fact.amount && fact.amount <= after, `${fact.id}: ${before} → ${after}`).toBe(true);
    }
  });

  it('first win since: the previous win is the team\'s last men\'s World Cup win before the match, 20 or more years earlier', () => {
    const facts = factsOfDefinition('wc-men-first-win-since');
    expect(facts.length).toBeGreaterThan(5);
    for (const fact of facts) {
      const last = store.sqlite
        .prepare(
          `SELECT max(m.date) AS date ${MEN_WC} AND m.date < ? AND (
             (m.home_team_id = ? AND coalesce(m.et_home, m.ft_home) > coalesce(m.et_away, m.ft_away)) OR
             (m.away_team_id = ? AND coalesce(m.et_away, m.ft_away) > coalesce(m.et_home, m.ft_home)))`,
        )
        .get(fact.date, fact.subject.id, fact.subject.id) as { date: string };
      expect(fact.previous[0]?.date, fact.id).toBe(last.date);
      expect(Number(fact.date.slice(0, 4)) - Number(last.date.slice(0, 4))).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('every fact points to rows that exist', () => {
  it('each entry of each proof names a stored match of that date, with its subject in it', () => {
    const facts = (store.sqlite.prepare('SELECT body FROM record_fact').all() as { body: string }[]).map((r) => JSON.parse(r.body) as Fact);
    expect(facts.length).toBeGreaterThan(3000);
    const matchOf = store.sqlite.prepare('SELECT id, date, home_team_id, away_team_id FROM match WHERE id = ?');
    const goalOf = store.sqlite.prepare('SELECT match_id, player_id FROM goal WHERE id = ?');
    let entries = 0;
    for (const fact of facts) {
      expect(fact.proof.after.length + fact.proof.before.length, fact.id).toBeGreaterThan(0);
      expect(fact.proof.query).toEqual({ definitionId: fact.definitionId, book: expect.any(String), asOfMatchId: fact.matchId, asOfDate: fact.date });
      for (const entry of [...fact.proof.before, ...fact.proof.after]) {
        entries += 1;
        const match = matchOf.get(entry.matchId) as { id: number; date: string; home_team_id: number; away_team_id: number } | undefined;
        expect(match?.date, `${fact.id}: match ${entry.matchId}`).toBe(entry.date);
        if (entry.subject.kind === 'team') expect([match?.home_team_id, match?.away_team_id], fact.id).toContain(entry.subject.id);
        if (entry.subject.kind === 'match') expect(entry.subject.id, fact.id).toBe(entry.matchId);
        for (const goalId of entry.goalIds ?? []) {
          const goal = goalOf.get(goalId) as { match_id: number; player_id: number } | undefined;
          expect([goal?.match_id, goal?.player_id], `${fact.id}: goal ${goalId}`).toEqual([entry.matchId, entry.subject.id]);
        }
      }
    }
    expect(entries).toBeGreaterThan(facts.length);
  });
});

describe('streaks, asked again in SQL', () => {
  it('unbeaten and winning runs: the team\'s last n men\'s World Cup matches all qualify, and the one before does not', () => {
    const results = store.sqlite.prepare(
      `SELECT m.id, m.date,
         CASE WHEN coalesce(m.et_home, m.ft_home) = coalesce(m.et_away, m.ft_away) THEN 'draw'
              WHEN (m.home_team_id = ?) = (coalesce(m.et_home, m.ft_home) > coalesce(m.et_away, m.ft_away)) THEN 'win' ELSE 'loss' END AS result
       ${MEN_WC} AND ? IN (m.home_team_id, m.away_team_id) AND m.ft_home IS NOT NULL AND m.date <= ? ORDER BY m.date DESC, m.id DESC`,
    );
    for (const [definitionId, qualifies] of [
      ['wc-men-unbeaten-streak', (r: string) => r !== 'loss'],
      ['wc-men-winning-streak', (r: string) => r === 'win'],
    ] as const) {
      const facts = factsOfDefinition(definitionId);
      expect(facts.length, definitionId).toBeGreaterThan(10);
      for (const fact of facts) {
        const rows = (results.all(fact.subject.id, fact.subject.id, fact.date) as { id: number; result: string }[]).filter((r, i, all) => i >= all.findIndex((x) => x.id === fact.matchId));
        const run = rows.slice(0, fact.amount);
        expect(run.every((r) => qualifies(r.result)), `${fact.id}: ${run.map((r) => r.result).join(',')}`).toBe(true);
        const before = rows[fact.amount];
        if (before) expect(qualifies(before.result), `${fact.id}: the match before the run`).toBe(false);
      }
    }
  });
});


/** Every played match of the men's or women's World Cup: the FROM/WHERE of the checks below. */
const WC_OF_SEX = `FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
  WHERE c.name LIKE 'FIFA%World Cup' AND c.sex = ? AND m.status = 'played'`;

/** One figure of each edition up to a day: the SQL behind each edition record. */
const EDITION_FIGURES: Record<string, string> = {
  'most-goals': `SELECT m.edition_id AS id, sum(coalesce(m.et_home, m.ft_home) + coalesce(m.et_away, m.ft_away)) AS v ${WC_OF_SEX} AND m.date DATE_OP ? GROUP BY m.edition_id`,
  'most-hat-tricks': `SELECT m.edition_id AS id, count(*) AS v FROM (SELECT g.match_id FROM goal g WHERE g.own_goal = 0 GROUP BY g.match_id, g.player_id HAVING count(*) >= 3) h
    JOIN match m ON m.id = h.match_id JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
    WHERE c.name LIKE 'FIFA%World Cup' AND c.sex = ? AND m.status = 'played' AND m.date DATE_OP ? GROUP BY m.edition_id`,
  'most-red-cards': `SELECT m.edition_id AS id, count(*) AS v FROM booking b JOIN match m ON m.id = b.match_id JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
    WHERE c.name LIKE 'FIFA%World Cup' AND c.sex = ? AND m.status = 'played' AND b.card != 'yellow' AND m.date DATE_OP ? GROUP BY m.edition_id`,
  'most-yellow-cards': `SELECT m.edition_id AS id, count(*) AS v FROM booking b JOIN match m ON m.id = b.match_id JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
    WHERE c.name LIKE 'FIFA%World Cup' AND c.sex = ? AND m.status = 'played' AND b.card = 'yellow' AND m.date DATE_OP ? GROUP BY m.edition_id`,
};

const SEXES = ['men', 'women'] as const;

function figures(sql: string, sex: string, date: string, inclusive: boolean): Map<number, number> {
  const rows = store.sqlite.prepare(sql.replace('DATE_OP', inclusive ? '<=' : '<')).all(sex, date) as { id: number; v: number }[];
  return new Map(rows.map((r) => [r.id, r.v]));
}

/** The checks every extreme fact meets: its previous holders hold the SQL best of earlier days, and its value beats or equals it. */
function expectExtreme(fact: Fact, bestBefore: number | undefined): void {
  expect(fact.proof.before.every((e) => e.amount === bestBefore), `${fact.id}: before ${fact.proof.before.map((e) => e.amount).join(',')} vs SQL ${bestBefore}`).toBe(true);
  if (bestBefore === undefined) return;
  if (fact.kind === 'equals_record') expect(fact.amount, fact.id).toBe(bestBefore);
  else expect(fact.amount, fact.id).toBeGreaterThan(bestBefore);
}

/** Longest run, ending at its latest member, of consecutive editions (in the book's order) that are all in `mine`. */
function runToLatest(editions: readonly number[], mine: ReadonlySet<number>): number {
  const last = editions.findLastIndex((e) => mine.has(e));
  let run = 0;
  for (let i = last; i >= 0 && mine.has(editions[i]!); i--) run++;
  return run;
}

describe('the records of issue 12\'s second slice, asked again in SQL (editions, cards, semi-finals, runs of tournaments)', () => {
  it('edition figures — goals, hat-tricks, red and yellow cards: the edition\'s SQL total on the day, against the best of every edition before it', () => {
    for (const sex of SEXES) {
      for (const [record, sql] of Object.entries(EDITION_FIGURES)) {
        const facts = factsOfDefinition(`wc-${sex}-edition-${record}`);
        // Women's bookings are not in the data; every other figure has facts.
        if (!(sex === 'women' && record.includes('cards'))) expect(facts.length, `wc-${sex}-edition-${record}`).toBeGreaterThan(0);
        for (const fact of facts) {
          expect(fact.subject.kind).toBe('edition');
          const before = figures(sql, sex, fact.date, false);
          const through = figures(sql, sex, fact.date, true);
          expectExtreme(fact, Math.max(...before.values()));
          const own = before.get(fact.subject.id) ?? 0;
          expect(own < fact.amount && fact.amount <= (through.get(fact.subject.id) ?? 0), `${fact.id}: ${own} < ${fact.amount} <= ${through.get(fact.subject.id)}`).toBe(true);
        }
      }
    }
  });

  it('goals per match: the edition\'s whole average when its champion was decided, against every edition finished before', () => {
    for (const sex of SEXES) {
      const facts = factsOfDefinition(`wc-${sex}-edition-highest-average`);
      expect(facts.length).toBeGreaterThan(0);
      const averages = store.sqlite.prepare(
        `SELECT m.edition_id AS id, max(m.date) AS last, round(1.0 * sum(coalesce(m.et_home, m.ft_home) + coalesce(m.et_away, m.ft_away)) / count(*), 2) AS v ${WC_OF_SEX} GROUP BY m.edition_id`,
      ).all(sex) as { id: number; last: string; v: number }[];
      for (const fact of facts) {
        const own = averages.find((a) => a.id === fact.subject.id);
        expect([fact.amount, fact.date], fact.id).toEqual([own?.v, own?.last]);
        const finished = averages.filter((a) => a.last < fact.date).map((a) => a.v);
        expectExtreme(fact, finished.length ? Math.max(...finished) : undefined);
      }
    }
  });

  it('red and yellow cards in one match: the match\'s bookings, against the most of any earlier match', () => {
    for (const [definitionId, card] of [['wc-men-most-red-cards-match', "!= 'yellow'"], ['wc-men-most-yellow-cards-match', "= 'yellow'"]] as const) {
      const facts = factsOfDefinition(definitionId);
      expect(facts.length, definitionId).toBeGreaterThan(2);
      const count = store.sqlite.prepare(`SELECT count(*) AS v FROM booking WHERE match_id = ? AND card ${card}`);
      const best = store.sqlite.prepare(`SELECT max(v) AS v FROM (SELECT count(*) AS v FROM booking b JOIN match m ON m.id = b.match_id WHERE m.id IN (SELECT m.id ${WC_OF_SEX}) AND m.date < ? AND b.card ${card} GROUP BY m.id)`);
      for (const fact of facts) {
        expect(fact.amount, fact.id).toBe((count.get(fact.matchId) as { v: number }).v);
        expectExtreme(fact, (best.get('men', fact.date) as { v: number | null }).v ?? undefined);
      }
    }
  });

  it('sendings-off in a career: the player\'s red cards through the day, against the most of any player before', () => {
    const facts = factsOfDefinition('wc-men-most-red-cards-career');
    expect(facts.map((f) => [f.subject.name, f.amount])).toEqual([['Rigobert Song', 2], ['Zinedine Zidane', 2]]);
    const reds = `SELECT b.player_id AS id, count(*) AS v FROM booking b JOIN match m ON m.id = b.match_id WHERE m.id IN (SELECT m.id ${WC_OF_SEX}) AND b.card != 'yellow' AND m.date DATE_OP ? GROUP BY b.player_id`;
    for (const fact of facts) {
      expectExtreme(fact, Math.max(...figures(reds, 'men', fact.date, false).values()));
      expect(figures(reds, 'men', fact.date, true).get(fact.subject.id), fact.id).toBe(fact.amount);
    }
  });

  it('semi-finals: the team\'s editions with a semi-final through the day, against the most of any team before', () => {
    const semis = `SELECT t.id, count(DISTINCT m.edition_id) AS v FROM match m JOIN stage s ON s.id = m.stage_id JOIN team t ON t.id IN (m.home_team_id, m.away_team_id)
      WHERE m.id IN (SELECT m.id ${WC_OF_SEX}) AND s.kind = 'semi_final' AND m.date DATE_OP ? GROUP BY t.id`;
    for (const sex of SEXES) {
      const facts = factsOfDefinition(`wc-${sex}-most-semi-finals`);
      expect(facts.length).toBeGreaterThan(3);
      for (const fact of facts) {
        const before = figures(semis, sex, fact.date, false);
        expectExtreme(fact, before.size ? Math.max(...before.values()) : undefined);
        expect(figures(semis, sex, fact.date, true).get(fact.subject.id), fact.id).toBe(fact.amount);
      }
    }
  });

  it('tournaments in a row, played and scored at: the run counted back from the subject\'s latest tournament over every tournament held', () => {
    for (const sex of SEXES) {
      const editions = (store.sqlite.prepare(`SELECT m.edition_id AS id, min(m.date) AS first ${WC_OF_SEX} GROUP BY m.edition_id ORDER BY first`).all(sex) as { id: number; first: string }[]);
      const heldBy = (date: string): number[] => editions.filter((e) => e.first <= date).map((e) => e.id);
      const teamEditions = store.sqlite.prepare(`SELECT DISTINCT m.edition_id AS id ${WC_OF_SEX} AND ? IN (m.home_team_id, m.away_team_id) AND m.date <= ?`);
      const scoredEditions = store.sqlite.prepare(`SELECT DISTINCT m.edition_id AS id FROM goal g JOIN match m ON m.id = g.match_id WHERE m.id IN (SELECT m.id ${WC_OF_SEX}) AND g.player_id = ? AND g.own_goal = 0 AND m.date <= ?`);
      for (const [definitionId, editionsOf] of [[`wc-${sex}-most-consecutive-appearances`, teamEditions], [`wc-${sex}-most-consecutive-editions-scored-in`, scoredEditions]] as const) {
        const facts = factsOfDefinition(definitionId);
        expect(facts.length, definitionId).toBeGreaterThan(3);
        for (const fact of facts) {
          const mine = new Set((editionsOf.all(sex, fact.subject.id, fact.date) as { id: number }[]).map((r) => r.id));
          expect(runToLatest(heldBy(fact.date), mine), fact.id).toBe(fact.amount);
          for (const holder of fact.proof.before) {
            const theirs = new Set((editionsOf.all(sex, holder.subject.id, holder.date) as { id: number }[]).map((r) => r.id));
            expect(runToLatest(heldBy(holder.date), theirs), `${fact.id}: ${holder.subject.name}`).toBe(holder.amount);
          }
        }
      }
    }
  });
});

describe('holders\' records, asked again in SQL', () => {
  /** The winner of the final of the edition played before the one of `matchId` (undefined where that edition had no final: 1950). */
  const previousChampion = (sex: string, matchId: number): number | undefined => {
    const row = store.sqlite
      .prepare(
        `SELECT CASE WHEN coalesce(m.et_home, m.ft_home) + coalesce(m.pen_home, 0) > coalesce(m.et_away, m.ft_away) + coalesce(m.pen_away, 0) THEN m.home_team_id ELSE m.away_team_id END AS id
         FROM match m JOIN stage s ON s.id = m.stage_id
         WHERE s.kind = 'final' AND m.edition_id = (SELECT e.id FROM edition e JOIN competition c ON c.id = e.competition_id
           WHERE c.name LIKE 'FIFA%World Cup' AND c.sex = ? AND e.start_year < (SELECT e2.start_year FROM match m2 JOIN edition e2 ON e2.id = m2.edition_id WHERE m2.id = ?)
           ORDER BY e.start_year DESC LIMIT 1)`,
      )
      .get(sex, matchId) as { id: number } | undefined;
    return row?.id;
  };

  it('holders beaten in their opening match: Italy 1950, Argentina 1982 and 1990, France 2002, Spain 2014, Germany 2018, each the previous final\'s winner losing its first match', () => {
    const facts = factsOfDefinition('wc-men-holders-beaten-opening-match');
    expect(facts.map((f) => [f.subject.name, f.date.slice(0, 4), f.n])).toEqual([
      ['Italy', '1950', 1], ['Argentina', '1982', 2], ['Argentina', '1990', 3], ['France', '2002', 4], ['Spain', '2014', 5], ['Germany', '2018', 6],
    ]);
    for (const fact of facts) {
      expect(previousChampion('men', fact.matchId), fact.id).toBe(fact.subject.id);
      const first = store.sqlite
        .prepare(`SELECT m.id, CASE WHEN m.home_team_id = ? THEN coalesce(m.et_home, m.ft_home) - coalesce(m.et_away, m.ft_away) ELSE coalesce(m.et_away, m.ft_away) - coalesce(m.et_home, m.ft_home) END AS margin
                  FROM match m WHERE m.edition_id = (SELECT edition_id FROM match WHERE id = ?) AND ? IN (m.home_team_id, m.away_team_id) ORDER BY m.date, m.id LIMIT 1`)
        .get(fact.subject.id, fact.matchId, fact.subject.id) as { id: number; margin: number };
      expect([first.id, first.margin < 0], fact.id).toEqual([fact.matchId, true]);
    }
  });

  it('most goals conceded by the holders: the holder\'s goals against, more than any holder conceded before', () => {
    const facts = factsOfDefinition('wc-men-holders-most-conceded');
    expect(facts.map((f) => [f.subject.name, f.amount])).toEqual([['Uruguay', 4], ['Germany', 6]]);
    for (const fact of facts) {
      const champion = previousChampion('men', fact.matchId);
      if (champion !== undefined) expect(champion, fact.id).toBe(fact.subject.id);
      const against = store.sqlite
        .prepare(`SELECT CASE WHEN home_team_id = ? THEN coalesce(et_away, ft_away) ELSE coalesce(et_home, ft_home) END AS v FROM match WHERE id = ?`)
        .get(fact.subject.id, fact.matchId) as { v: number };
      expect(against.v, fact.id).toBe(fact.amount);
      for (const before of fact.proof.before) expect(before.amount, fact.id).toBeLessThan(fact.amount);
    }
  });
});

/** Host countries of the edition a match belongs to, as stored (edition_team rows of role 'host'). */
function hostsOf(matchId: number): number[] {
  return (store.sqlite.prepare(`SELECT et.team_id FROM edition_team et WHERE et.role = 'host' AND et.edition_id = (SELECT edition_id FROM match WHERE id = ?)`).all(matchId) as { team_id: number }[]).map((r) => r.team_id);
}

/** The team's goal difference in a match, after extra time. */
const MARGIN = `CASE WHEN m.home_team_id = ? THEN coalesce(m.et_home, m.ft_home) - coalesce(m.et_away, m.ft_away) ELSE coalesce(m.et_away, m.ft_away) - coalesce(m.et_home, m.ft_home) END`;

/**
 * The group-stage exit of a fact, asked again: the team's group (published standings) did not let
 * it through, and the fact's match is the last of the team's group matches — every one of which is
 * a stored match of that group.
 */
function expectGroupExit(teamId: number, matchId: number, label: string): void {
  const standing = store.sqlite
    .prepare(`SELECT ps.group_name, ps.played, ps.advanced FROM published_standing ps WHERE ps.stage_kind = 'group' AND ps.team_id = ? AND ps.edition_id = (SELECT edition_id FROM match WHERE id = ?)`)
    .get(teamId, matchId) as { group_name: string; played: number; advanced: number };
  expect(standing.advanced, label).toBe(0);
  const groupMatches = store.sqlite
    .prepare(`SELECT m.id FROM match m JOIN stage s ON s.id = m.stage_id WHERE s.kind = 'group' AND m.edition_id = (SELECT edition_id FROM match WHERE id = ?) AND ? IN (m.home_team_id, m.away_team_id) ORDER BY m.date, m.id`)
    .all(matchId, teamId) as { id: number }[];
  expect(groupMatches.length, label).toBe(standing.played);
  expect(groupMatches[groupMatches.length - 1]?.id, label).toBe(matchId);
  const later = store.sqlite.prepare(`SELECT count(*) AS n FROM match m WHERE m.edition_id = (SELECT edition_id FROM match WHERE id = ?) AND ? IN (m.home_team_id, m.away_team_id) AND m.date > (SELECT date FROM match WHERE id = ?)`).get(matchId, teamId, matchId) as { n: number };
  expect(later.n, `${label}: no later match in the edition`).toBe(0);
}

describe('hosts\' records, asked again in SQL (the edition\'s host countries, host_countries.csv)', () => {
  it('hosts beaten in their opening match: Qatar 0-2 Ecuador (2022-11-20) the first at a men\'s World Cup; Sweden 0-1 Brazil (1995) at a Women\'s', () => {
    const men = factsOfDefinition('wc-men-hosts-beaten-opening-match');
    const women = factsOfDefinition('wc-women-hosts-beaten-opening-match');
    expect(men.map((f) => [f.subject.name, f.date, f.n])).toEqual([['Qatar', '2022-11-20', 1]]);
    expect(women.map((f) => [f.subject.name, f.date, f.n])).toEqual([['Sweden', '1995-06-05', 1]]);
    expect(men[0]?.text).toBe("Hosts Qatar lost their opening match, the first hosts beaten in their first match at a men's World Cup.");
    for (const fact of [...men, ...women]) {
      expect(hostsOf(fact.matchId), fact.id).toContain(fact.subject.id);
      const first = store.sqlite
        .prepare(`SELECT m.id, ${MARGIN} AS margin FROM match m WHERE m.edition_id = (SELECT edition_id FROM match WHERE id = ?) AND ? IN (m.home_team_id, m.away_team_id) ORDER BY m.date, m.id LIMIT 1`)
        .get(fact.subject.id, fact.matchId, fact.subject.id) as { id: number; margin: number };
      expect([first.id, first.margin < 0], fact.id).toEqual([fact.matchId, true]);
    }
    // No host lost its opening match before: every earlier host's first match, asked in SQL.
    const earlierHostLosses = store.sqlite
      .prepare(
        `SELECT count(*) AS n FROM edition_team et JOIN edition e ON e.id = et.edition_id JOIN competition c ON c.id = e.competition_id
         WHERE et.role = 'host' AND c.sex = ? AND e.start_year < ? AND (
           SELECT ${MARGIN.replaceAll('?', 'et.team_id')} FROM match m WHERE m.edition_id = et.edition_id AND et.team_id IN (m.home_team_id, m.away_team_id) ORDER BY m.date, m.id LIMIT 1) < 0`,
      );
    expect((earlierHostLosses.get('men', 2022) as { n: number }).n).toBe(0);
    expect((earlierHostLosses.get('women', 1995) as { n: number }).n).toBe(0);
  });

  it('hosts who won the title: Uruguay 1930, Italy 1934, England 1966, West Germany 1974, Argentina 1978, France 1998; the United States 1999 (women)', () => {
    const men = factsOfDefinition('wc-men-hosts-won-title');
    const women = factsOfDefinition('wc-women-hosts-won-title');
    expect(men.map((f) => [f.subject.name, f.date.slice(0, 4), f.n])).toEqual([
      ['Uruguay', '1930', 1], ['Italy', '1934', 2], ['England', '1966', 3], ['Germany', '1974', 4], ['Argentina', '1978', 5], ['France', '1998', 6],
    ]);
    expect(women.map((f) => [f.subject.name, f.date.slice(0, 4), f.n])).toEqual([['United States', '1999', 1]]);
    for (const fact of [...men, ...women]) {
      expect(hostsOf(fact.matchId), fact.id).toContain(fact.subject.id);
      const champion = store.sqlite.prepare(`SELECT et.team_id FROM edition_team et WHERE et.position = 1 AND et.edition_id = (SELECT edition_id FROM match WHERE id = ?)`).get(fact.matchId) as { team_id: number };
      expect(champion.team_id, fact.id).toBe(fact.subject.id);
      const final = store.sqlite.prepare(`SELECT s.kind FROM match m JOIN stage s ON s.id = m.stage_id WHERE m.id = ?`).get(fact.matchId) as { kind: string };
      expect(final.kind, fact.id).toBe('final');
    }
  });

  it('hosts beaten in the final: Sweden 2-5 Brazil (1958-06-29), the only ones', () => {
    const facts = factsOfDefinition('wc-men-hosts-beaten-in-final');
    expect(facts.map((f) => [f.subject.name, f.date, f.n])).toEqual([['Sweden', '1958-06-29', 1]]);
    expect(factsOfDefinition('wc-women-hosts-beaten-in-final')).toEqual([]);
    for (const fact of facts) {
      expect(hostsOf(fact.matchId), fact.id).toContain(fact.subject.id);
      const final = store.sqlite.prepare(`SELECT s.kind, ${MARGIN} AS margin FROM match m JOIN stage s ON s.id = m.stage_id WHERE m.id = ?`).get(fact.subject.id, fact.matchId) as { kind: string; margin: number };
      expect([final.kind, final.margin < 0], fact.id).toEqual(['final', true]);
    }
  });

  it('a host plays at home wherever the source lists it: France 1-2 South Africa (2010) is no away win; East Germany 1-0 West Germany in Hamburg (1974) is one', () => {
    // The catalogue's first away win counts every men's international, which the World Cup alone
    // cannot settle (below): the same record over World Cups, evaluated beside the stored book.
    const catalogued = definitions.find((d) => d.id === 'intl-first-away-win')!;
    const atWorldCups: RecordDefinition = { ...catalogued, id: 'wc-men-first-away-win', scope: { ...catalogued.scope, family: 'fifa-world-cup' } };
    const found: Fact[] = [];
    replay(new RecordBook([atWorldCups], new MemoryState()), readRecordMatches(store.records), { onFacts: (facts) => found.push(...facts) });
    const awayWins = found.map((f) => [f.subject.name, f.date]);
    expect(awayWins).toContainEqual(['East Germany', '1974-06-22']);
    expect(awayWins).not.toContainEqual(['South Africa', '2010-06-22']);
    for (const fact of found) {
      const hosts = hostsOf(fact.matchId);
      if (hosts.length > 0) expect(hosts, fact.id).not.toContain(fact.subject.id);
    }
  });

  it("a record over every men's international is not judged from the World Cup alone: no first away win, no top scorer of internationals", () => {
    expect(factsOfDefinition('intl-first-away-win')).toEqual([]);
    expect(factsOfDefinition('intl-most-goals-career')).toEqual([]);
  });

  it('hosts out in the group stage: South Africa 2010, the first, then Qatar 2022 — each at its last group match, out by the published group standings', () => {
    const men = factsOfDefinition('wc-men-hosts-out-in-group-stage');
    expect(men.map((f) => [f.subject.name, f.date, f.n])).toEqual([['South Africa', '2010-06-22', 1], ['Qatar', '2022-11-29', 2]]);
    expect(factsOfDefinition('wc-women-hosts-out-in-group-stage')).toEqual([]);
    for (const fact of men) {
      expect(hostsOf(fact.matchId), fact.id).toContain(fact.subject.id);
      expectGroupExit(fact.subject.id, fact.matchId, fact.id);
    }
  });
});

describe('holders out in the group stage, asked again in SQL', () => {
  it('Italy 1950, Brazil 1966, France 2002, Italy 2010, Spain 2014, Germany 2018: the previous final\'s winner, out at its last group match', () => {
    const facts = factsOfDefinition('wc-men-holders-out-in-group-stage');
    expect(facts.map((f) => [f.subject.name, f.date, f.n])).toEqual([
      ['Italy', '1950-07-02', 1], ['Brazil', '1966-07-19', 2], ['France', '2002-06-11', 3], ['Italy', '2010-06-24', 4], ['Spain', '2014-06-23', 5], ['Germany', '2018-06-27', 6],
    ]);
    expect(facts[5]?.text).toBe("Holders Germany are out in the group stage, the sixth defending champions to go out in the first round at a men's World Cup.");
    for (const fact of facts) {
      const final = store.sqlite
        .prepare(
          `SELECT CASE WHEN coalesce(m.et_home, m.ft_home) + coalesce(m.pen_home, 0) > coalesce(m.et_away, m.ft_away) + coalesce(m.pen_away, 0) THEN m.home_team_id ELSE m.away_team_id END AS id
           FROM match m JOIN stage s ON s.id = m.stage_id JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id
           WHERE s.kind = 'final' AND c.sex = 'men' AND e.start_year < (SELECT e2.start_year FROM match m2 JOIN edition e2 ON e2.id = m2.edition_id WHERE m2.id = ?)
           ORDER BY e.start_year DESC LIMIT 1`,
        )
        .get(fact.matchId) as { id: number };
      expect(final.id, fact.id).toBe(fact.subject.id);
      expectGroupExit(fact.subject.id, fact.matchId, fact.id);
    }
  });
});

describe('extra time and sendings-off, asked again in SQL', () => {
  const EXTRA_TIME_MATCHES = `SELECT m.edition_id AS id, count(*) AS v ${WC_OF_SEX} AND m.et_home IS NOT NULL AND m.date DATE_OP ? GROUP BY m.edition_id`;
  const TEAM_EXTRA_TIME = `SELECT t.id, count(*) AS v FROM match m JOIN team t ON t.id IN (m.home_team_id, m.away_team_id)
    WHERE m.id IN (SELECT m.id ${WC_OF_SEX}) AND m.et_home IS NOT NULL AND m.date DATE_OP ? GROUP BY t.id`;

  it('matches to extra time in one edition: 1990 and 2014, eight each; the edition\'s SQL count on the day against every edition before', () => {
    for (const sex of SEXES) {
      const facts = factsOfDefinition(`wc-${sex}-edition-most-extra-time`);
      expect(facts.length, sex).toBeGreaterThan(1);
      for (const fact of facts) {
        expectExtreme(fact, Math.max(...figures(EXTRA_TIME_MATCHES, sex, fact.date, false).values()));
        expect(figures(EXTRA_TIME_MATCHES, sex, fact.date, true).get(fact.subject.id), fact.id).toBe(fact.amount);
      }
    }
    const last = factsOfDefinition('wc-men-edition-most-extra-time').at(-1);
    expect([last?.kind, last?.subject.name, last?.amount, last?.date]).toEqual(['equals_record', '2014 FIFA World Cup', 8, '2014-07-13']);
  });

  it('a team\'s matches to extra time: its SQL count through the day, against the most of any team before (Italy, Germany and Argentina 11 by 2022)', () => {
    for (const sex of SEXES) {
      const facts = factsOfDefinition(`wc-${sex}-most-extra-time-matches-career`);
      expect(facts.length, sex).toBeGreaterThan(2);
      for (const fact of facts) {
        expectExtreme(fact, Math.max(...figures(TEAM_EXTRA_TIME, sex, fact.date, false).values()));
        expect(figures(TEAM_EXTRA_TIME, sex, fact.date, true).get(fact.subject.id), fact.id).toBe(fact.amount);
      }
    }
  });

  it('fastest sending-off, by the minute: Ndaye Mulamba (22\', 1974), then José Batista\'s first-minute red card (Uruguay v Scotland, 1986-06-13); a sending-off after a caution written in the caution\'s row has no minute of its own', () => {
    const facts = factsOfDefinition('wc-men-fastest-sending-off');
    expect(facts.map((f) => [f.kind, f.subject.name, f.date, f.value])).toEqual([
      ['new_record', 'Ndaye Mulamba', '1974-06-18', "22'"],
      ['new_record', 'José Batista', '1986-06-13', "1'"],
    ]);
    expect(facts[1]?.text).toMatch(/^José Batista was sent off at 1', the fastest sending-off at a men's World Cup \(previous: Ndaye Mulamba, 22'\)/);
    // The minute of a red card, or of a second yellow whose first caution is a card of its own.
    const timed = `SELECT b.player_id, b.match_id, b.minute + coalesce(b.stoppage, 0) / 100.0 AS v FROM booking b
      WHERE b.card != 'yellow' AND b.minute IS NOT NULL
        AND (b.card = 'red' OR EXISTS (SELECT 1 FROM booking y WHERE y.match_id = b.match_id AND y.player_id = b.player_id AND y.card = 'yellow'))`;
    const earliest = store.sqlite.prepare(`SELECT min(t.v) AS v FROM (${timed}) t JOIN match m ON m.id = t.match_id WHERE m.id IN (SELECT m.id ${WC_OF_SEX}) AND m.date < ?`);
    for (const fact of facts) {
      const own = store.sqlite.prepare(`SELECT min(t.v) AS v FROM (${timed}) t WHERE t.match_id = ? AND t.player_id = ?`).get(fact.matchId, fact.subject.id) as { v: number };
      expect(own.v, fact.id).toBe(fact.amount);
      const best = (earliest.get('men', fact.date) as { v: number | null }).v;
      expect(fact.proof.before.every((e) => e.amount === best), fact.id).toBe(true);
      expect(best === null || fact.amount < best, fact.id).toBe(true);
    }
  });
});

describe('tallies kept once for the records alike', () => {
  it("Klose's World Cup career is one tally, read by the six career records that count from it: 16 goals, 11 matches scored in, 4 editions, one hat-trick (Saudi Arabia, 2002)", () => {
    const careers = ['wc-men-most-goals-career', 'wc-men-most-editions-scored-in', 'wc-men-most-hat-tricks', 'wc-men-most-penalty-goals-career', 'wc-men-most-matches-scored-in-career', 'wc-men-most-red-cards-career'];
    const books = careers.map((id) => tallyBookOf(definitions.find((d) => d.id === id)!, `${id}|c1`));
    expect(new Set(books).size).toBe(1);
    const klose = store.sqlite.prepare(`SELECT id FROM player WHERE name = 'Miroslav Klose'`).get() as { id: number };
    const rows = store.sqlite.prepare(`SELECT book, value FROM record_state WHERE part = 'tally' AND key = ?`).all(`p${klose.id}`) as { book: string; value: string }[];
    // One row in the shared book, none in the six definitions' own books (other scopes keep their own: knockout matches, internationals).
    const shared = rows.filter((r) => r.book === books[0]);
    expect(shared).toHaveLength(1);
    expect(rows.filter((r) => careers.some((id) => r.book.startsWith(`${id}|`)))).toEqual([]);
    const tally = JSON.parse(shared[0]!.value) as { goals: number; matchesScoredIn: number; editionsScoredIn: number; hatTricks: number };
    expect([tally.goals, tally.matchesScoredIn, tally.editionsScoredIn, tally.hatTricks]).toEqual([16, 11, 4, 1]);
    // A record over other matches keeps its own: the team tallies of the same World Cups are another book.
    expect(tallyBookOf(definitions.find((d) => d.id === 'wc-men-most-goals-team-career')!, 'wc-men-most-goals-team-career|c1')).not.toBe(books[0]);
  });

  it('one tally for a World Cup book whether a definition names the World Cup or reaches it through its family; a single book over several competitions keeps its own', () => {
    const family = definitions.find((d) => d.id === 'wc-men-most-goals-career')!;
    const named = { ...family, id: 'desk-world-cup-goals', scope: { competition: 'FIFA World Cup', sex: 'men' as const, books: 'per-competition' as const } };
    expect(tallyBookOf(named, `${named.id}|c1`)).toBe(tallyBookOf(family, `${family.id}|c1`));
    expect(matchCounterBookOf(named, `${named.id}|c1`)).toBe(matchCounterBookOf(family, `${family.id}|c1`));
    // Other matches, other tallies: the knockout stages alone, or one book pooling two competitions.
    const knockout = { ...named, scope: { ...named.scope, stages: ['knockout' as const] } };
    expect(tallyBookOf(knockout, `${knockout.id}|c1`)).not.toBe(tallyBookOf(family, `${family.id}|c1`));
    const pooled = { ...named, scope: { competition: ['FIFA World Cup', 'UEFA European Championship'], sex: 'men' as const, books: 'single' as const } };
    const familySingle = { ...family, scope: { ...family.scope, books: 'single' as const } };
    expect(tallyBookOf(pooled, `${pooled.id}|all`)).not.toBe(tallyBookOf(familySingle, `${familySingle.id}|all`));
  });
});

describe('match counters kept once for the records alike', () => {
  it("the men's World Cup books over every match count them in one counter: 964 matches, 1930 to 2022, as SQL counts them", () => {
    // The men's World Cup definitions that count their book's matches (a record that can lack data), over the whole tournament.
    const alike = definitions.filter(
      (d) => d.scope.family === 'fifa-world-cup' && d.scope.sex === 'men' && Object.keys(d.scope).every((k) => ['family', 'sex', 'books'].includes(k)) && d.requires.some((need) => need !== 'birth_dates'),
    );
    expect(alike.length).toBeGreaterThan(10);
    const counters = new Set(alike.map((d) => matchCounterBookOf(d, `${d.id}|c1`)));
    expect(counters.size).toBe(1);
    const [counter] = [...counters];
    const counted = readStateValue<number>(store, counter!, 'coverage', 'matches');
    const played = store.sqlite
      .prepare(`SELECT count(*) AS n FROM match m JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id WHERE c.name = 'FIFA World Cup' AND c.sex = 'men' AND m.status = 'played'`)
      .get() as { n: number };
    expect(counted).toBe(played.n);
    expect(counted).toBe(964);
    // No definition's own book keeps a count of its own.
    const own = store.sqlite.prepare(`SELECT count(*) AS n FROM record_state WHERE part = 'coverage' AND key = 'matches' AND book NOT LIKE 'count~%'`).get() as { n: number };
    expect(own.n).toBe(0);
  });
});
