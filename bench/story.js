#!/usr/bin/env node
// `npm run build && node bench/story.js`: the facts and the story of one new match over the
// synthetic history (1,000,000 matches by default), as a desk would run them the moment a result
// lands — the match stored, the record book extended by it, the report written.
// Times per match: facts (extending the book), story (loading its input, writing, rendering JSON);
// the undo journal's prune, which the server's writer runs once idle, is timed apart.
// The match is stored with plain SQL rows (`--via sql`, default) or imported as matchfacts JSON
// (`--via json`, the path `matchfacts import tonight.json` takes; its time is reported apart, and
// import + facts + story against issue 11's target, p99 <= 50 ms at 1,000,000 matches).
//
// Usage: node bench/story.js [--matches 1000000] [--seed 42] [--history FILE] [--db FILE] [--runs 100] [--warmup 5] [--via sql|json] [--baseline-runs 5]
// The history is generated (and its record book built) on first use and reused after; each run
// works on a copy, so the history stays as generated. `--db FILE` takes a history made elsewhere
// (bench/generate-history.js, or one `bench/records.js --keep` left with its book built) and never
// writes to it: the book is built, if it must be, on the copy.
// The definitions are the records benchmark's (bench/records-definitions.js): the catalogue
// re-scoped to the synthetic competitions, so the new matches have records to break.
import { nodeFlags } from './as-the-product-runs.js';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHistory } from '../dist/synthetic/generate-history.js';
import { ingestBatches } from '../dist/ingest/ingest.js';
import { importPath } from '../dist/ingest/import-path.js';
import { openStore } from '../dist/store/open-store.js';
import { storySentences } from '../dist/story/story.js';
import { benchDefinitions } from './records-definitions.js';
import { settledCopy } from './settled-copy.js';
import { ensureRecordBook, snapshotRecordBook, updateRecordBook } from '../dist/records/book/record-book-store.js';
import { writerIdle } from '../dist/records/book/writer-idle.js';
import { loadStoryInput } from '../dist/story/load-story-input.js';
import { writeStory } from '../dist/story/write-story.js';
import { renderJson } from '../dist/story/render-json.js';

const { values } = parseArgs({
  options: {
    matches: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '42' },
    history: { type: 'string' },
    db: { type: 'string' },
    runs: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '5' },
    via: { type: 'string', default: 'sql' },
    'baseline-runs': { type: 'string', default: '5' },
  },
});
const matches = Number(values.matches);
const seed = Number(values.seed);
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const history = values.db ?? values.history ?? join(tmpdir(), `matchfacts-story-history-${matches}-${seed}.db`);

/**
 * The records benchmark's definitions: the synthetic world has no UEFA, World Cup or real
 * internationals, and a bench without facts to find would measure nothing.
 */
function definitionsFor(store) {
  const leagues = store.sqlite.prepare(`SELECT name FROM competition WHERE kind = 'league'`).all().map((r) => r.name);
  return benchDefinitions(leagues);
}
const log = (text) => process.stderr.write(`${text}\n`);
const now = () => Number(process.hrtime.bigint()) / 1e6;

async function prepareHistory() {
  const store = await openStore(history);
  const count = Number((store.sqlite.prepare('SELECT count(*) AS n FROM match').get()).n);
  if (count === 0) {
    log(`generating ${matches.toLocaleString('en')} synthetic matches (seed ${seed}) into ${history}…`);
    const start = now();
    await ingestBatches(store, generateHistory({ seed, matches }));
    log(`  generated and imported in ${((now() - start) / 1000).toFixed(1)} s`);
  } else if (count < matches) {
    await store.close();
    throw new Error(`${history} holds ${count} matches, fewer than --matches ${matches}: remove it or pass another --history`);
  }
  const start = now();
  log('making sure the record book is built…');
  if (ensureRecordBook(store, definitionsFor(store))) log(`  record book built in ${((now() - start) / 1000).toFixed(1)} s`);
  await store.close();
}

/**
 * Where the new matches are played: the latest club-cup edition with a league phase (a table to
 * update, rounds to come), else the latest league; its teams and their scorers.
 */
function stageOf(store) {
  const latest = (where) =>
    store.sqlite
      .prepare(
        `SELECT m.date, m.edition_id AS editionId, c.name AS competition, e.name AS season, s.name AS stage FROM match m
         JOIN edition e ON e.id = m.edition_id JOIN competition c ON c.id = e.competition_id LEFT JOIN stage s ON s.id = m.stage_id
         WHERE m.status = 'played' AND ${where} ORDER BY m.date DESC, m.id DESC LIMIT 1`,
      )
      .get();
  const last = latest(`s.kind = 'league_phase'`) ?? latest(`c.kind = 'league'`);
  if (!last) throw new Error('no league phase and no league in the history');
  const lastDate = store.sqlite.prepare(`SELECT max(date) AS date FROM match`).get().date;
  const teams = store.sqlite
    .prepare(
      `SELECT DISTINCT t.id, t.name FROM match m JOIN team t ON t.id IN (m.home_team_id, m.away_team_id) LEFT JOIN stage s ON s.id = m.stage_id
       WHERE m.edition_id = ? AND (s.name IS ? OR ? IS NULL) ORDER BY t.name`,
    )
    .all(last.editionId, last.stage, last.stage);
  const scorers = new Map(
    teams.map((t) => [
      t.name,
      store.sqlite
        .prepare(
          `SELECT DISTINCT g.scorer_name AS name, g.player_id AS playerId FROM goal g JOIN match m ON m.id = g.match_id
           WHERE m.edition_id = ? AND g.team_id = ? AND g.own_goal = 0 AND g.scorer_name IS NOT NULL ORDER BY 1`,
        )
        .all(last.editionId, t.id),
    ]),
  );
  const template = store.sqlite
    .prepare(`SELECT m.id FROM match m LEFT JOIN stage s ON s.id = m.stage_id WHERE m.edition_id = ? AND (s.name IS ? OR ? IS NULL) AND m.status = 'played' ORDER BY m.id DESC LIMIT 1`)
    .get(last.editionId, last.stage, last.stage).id;
  return { ...last, lastDate, teams: teams.map((t) => t.name), teamIds: new Map(teams.map((t) => [t.name, t.id])), scorers, template };
}

function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The i-th new match: two teams of the league, a deterministic score, scorers from their squads. */
function newMatch(stage, i) {
  const n = stage.teams.length;
  const home = stage.teams[(2 * i) % n];
  const away = stage.teams[(2 * i + 1 + Math.floor(i / n)) % n] === home ? stage.teams[(2 * i + 2) % n] : stage.teams[(2 * i + 1 + Math.floor(i / n)) % n];
  const [h, a] = [(i * 7) % 4, (i * 5 + 1) % 3];
  const goals = [];
  let minute = 7;
  for (let k = 0; k < h + a; k += 1) {
    const team = k < h ? 'home' : 'away';
    const names = stage.scorers.get(team === 'home' ? home : away) ?? [];
    minute = Math.min(90, minute + 9 + ((i + k) % 11));
    goals.push({ team, scorer: names.length > 0 ? names[(i + k) % names.length].name : undefined, minute });
  }
  goals.sort((x, y) => x.minute - y.minute);
  return {
    kind: 'match',
    competition: stage.competition,
    season: stage.season,
    ...(stage.stage ? { stage: stage.stage } : {}),
    date: addDays(stage.lastDate, i + 1),
    home,
    away,
    score: { fullTime: [h, a] },
    goals: goals.filter((g) => g.scorer !== undefined).length === goals.length ? goals : undefined,
  };
}

/** Stores the match as rows cloned from a played match of the same stage: what an import leaves behind. */
function insertMatch(store, stage, match) {
  const sqlite = store.sqlite;
  const id = sqlite.prepare('SELECT max(id) + 1 AS id FROM match').get().id;
  const goalId = sqlite.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM goal').get().id;
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `INSERT INTO match (id, edition_id, stage_id, group_name, date, time, utc_offset, venue, city, country, home_team_id, away_team_id, home_name, away_name,
           neutral, ht_home, ht_away, ft_home, ft_away, et_home, et_away, pen_home, pen_away, result_only, shootout_winner, shootout_first, status, status_note,
           behind_closed_doors, attendance, match_number, replay, notes, goals_known, source_file_id)
         SELECT ?, edition_id, stage_id, group_name, ?, time, utc_offset, venue, city, country, ?, ?, ?, ?, neutral, NULL, NULL, ?, ?, NULL, NULL, NULL, NULL, 0,
           NULL, NULL, 'played', NULL, NULL, NULL, NULL, 0, NULL, ?, source_file_id FROM match WHERE id = ?`,
      )
      .run(id, match.date, stage.teamIds.get(match.home), stage.teamIds.get(match.away), match.home, match.away, match.score.fullTime[0], match.score.fullTime[1], match.goals ? 1 : 0, stage.template);
    const insertGoal = sqlite.prepare(
      `INSERT INTO goal (id, match_id, side, team_id, player_id, seq, scorer_name, minute, stoppage, period, penalty, own_goal, source_file_id)
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 0, 0, source_file_id FROM match WHERE id = ?`,
    );
    (match.goals ?? []).forEach((g, k) => {
      const team = g.team === 'home' ? match.home : match.away;
      const player = (stage.scorers.get(team) ?? []).find((p) => p.name === g.scorer);
      insertGoal.run(goalId + k, id, g.team, stage.teamIds.get(team), player?.playerId ?? null, k + 1, g.scorer, g.minute, g.minute <= 45 ? 'first_half' : 'second_half', id);
    });
  })();
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(label, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (v) => `${v.toFixed(2).padStart(7)} ms`;
  return `  ${label.padEnd(34)} p50 ${f(percentile(sorted, 50))}   p90 ${f(percentile(sorted, 90))}   p99 ${f(percentile(sorted, 99))}   max ${f(sorted[sorted.length - 1])}`;
}

const work = mkdtempSync(join(tmpdir(), 'matchfacts-bench-story-'));
try {
  const db = join(work, 'history.db');
  if (values.db) {
    if (!existsSync(values.db)) throw new Error(`no history at ${values.db}`);
    log(`copying ${values.db} to ${db}…`);
    settledCopy(values.db, db);
    const store = await openStore(db, { mustExist: true });
    const start = now();
    if (ensureRecordBook(store, definitionsFor(store))) log(`  record book built on the copy in ${((now() - start) / 1000).toFixed(1)} s`);
    await store.close();
  } else {
    if (!existsSync(history)) log(`no history at ${history} yet`);
    await prepareHistory();
    log(`copying the history to ${db}…`);
    settledCopy(history, db);
  }
  // Checkpoints on a thread beside the writes, as the server's writer takes them (src/store/checkpointer.ts).
  const store = await openStore(db, { mustExist: true, checkpointInBackground: true });
  const definitions = definitionsFor(store);
  const stage = stageOf(store);
  const times = { ingest: [], facts: [], story: [], total: [], all: [], prune: [], baseline: [] };
  const baselineRuns = Math.min(runs, Number(values['baseline-runs']));
  let facts = 0;
  let sentences = 0;
  for (let i = 0; i < warmup + runs; i += 1) {
    const match = newMatch(stage, i);
    const before = snapshotRecordBook(store, definitions);
    const t0 = now();
    if (values.via === 'json') {
      const file = join(work, `match-${i}.json`);
      writeFileSync(file, JSON.stringify(match));
      await importPath(store, [file]);
    } else insertMatch(store, stage, match);
    const t1 = now();
    // As the server's writer does (src/server/writer-thread.ts): once it is idle, after the story, the
    // undo journal's expired days are let go and the young generation scavenged when half full
    // (src/records/book/writer-idle.ts) — timed apart below, not in the match's time.
    const update = updateRecordBook(store, definitions, before, { historyChanged: false, undoPrune: 'later' });
    const t2 = now();
    const id = update.newMatchIds[0];
    if (update.mode !== 'extended' || id === undefined) throw new Error(`match ${i}: the book was ${update.mode}, not extended`);
    const story = writeStory(await loadStoryInput(store, id));
    const json = renderJson(story);
    const t3 = now();
    writerIdle(store);
    const t4 = now();
    if (json.length === 0) throw new Error('empty story');
    if (i < warmup) continue;
    times.prune.push(t4 - t3);
    facts += update.facts.length;
    sentences += storySentences(story).length;
    times.ingest.push(t1 - t0);
    times.facts.push(t2 - t1);
    times.story.push(t3 - t2);
    times.total.push(t3 - t1);
    times.all.push(t3 - t0);
  }
  // Baseline in the same run, after the measured runs: more matches imported with the whole store
  // loaded first, as every import did before the targeted reads.
  if (values.via === 'json') {
    for (let k = 0; k < baselineRuns; k += 1) {
      const file = join(work, `baseline-${k}.json`);
      writeFileSync(file, JSON.stringify(newMatch(stage, warmup + runs + k)));
      const b0 = now();
      await importPath(store, [file], { wholeStore: true });
      times.baseline.push(now() - b0);
    }
  }
  const total = Number(store.sqlite.prepare('SELECT count(*) AS n FROM match').get().n);
  await store.close();
  console.log(`bench/story — one new match at a time over ${total.toLocaleString('en')} matches (synthetic, seed ${seed}), ${runs} matches after ${warmup} warm-up; node ${process.version} (${nodeFlags})`);
  console.log(`  new matches: ${stage.competition} ${stage.season}${stage.stage ? `, ${stage.stage}` : ''}; ${facts} facts found, ${sentences} sentences written`);
  console.log(summary(values.via === 'json' ? 'import of the match (JSON)' : 'storing the match (SQL rows)', times.ingest));
  console.log(summary('facts: record book extended', times.facts) + '   target p99 < 10 ms');
  console.log(summary('story: input, write, render JSON', times.story));
  console.log(summary('facts + story', times.total));
  console.log(summary('after: undo journal pruned, young generation scavenged when half full (idle)', times.prune) + '   (the writer does it when idle, after the reply)');
  if (values.via === 'json') {
    // Issue 11's budget for the whole write path: the JSON import, the facts and the story.
    const p99 = percentile([...times.all].sort((a, b) => a - b), 99);
    console.log(summary('import + facts + story', times.all));
    if (times.baseline.length > 0) {
      const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
      const ratio = median(times.baseline) / median(times.ingest);
      console.log(summary(`baseline: import, whole store loaded (${times.baseline.length})`, times.baseline));
      console.log(`  the targeted import is ${ratio.toFixed(0)}× faster than loading the whole store (medians)`);
    }
    console.log(`  target: import + facts + story p99 <= 50 ms: ${p99.toFixed(1)} ms, ${p99 <= 50 ? 'met' : 'missed'}${total < 1_000_000 ? ` (at ${total.toLocaleString('en')} matches, not the 1,000,000 of the target)` : ''}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
