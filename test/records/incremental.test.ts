// A result lands: the record book is extended from its stored state, gives the same facts a full
// rebuild would, and a correction withdraws the facts that are no longer true. On SQLite and,
// where a server is given (MATCHFACTS_TEST_POSTGRES), on PostgreSQL.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import type { Store } from '../../src/store/open-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { readMatchFacts, rebuildRecordBook, snapshotRecordBook, updateRecordBook, type UpdateResult } from '../../src/records/book/record-book-store.js';
import { sharedPath, tempDir } from '../support/shared-data.js';
import { DIALECTS, newStore, type TestDatabase } from '../postgres/databases.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);
const dir = tempDir();
const resultFile = join(dir, 'argentina-scotland.json');

/** A World Cup match after everything in the Fjelstul database, in which Lionel Messi (13 World Cup goals by 2022) scores four. */
function writeResult(scorer: string): void {
  writeFileSync(
    resultFile,
    JSON.stringify({
      kind: 'match',
      competition: 'FIFA World Cup',
      season: '2026',
      stage: 'Group A',
      date: '2026-06-20',
      time: '18:00',
      utcOffset: '-04:00',
      home: 'Argentina',
      away: 'Scotland',
      score: { halfTime: [2, 0], fullTime: [4, 0] },
      goals: [
        { team: 'home', scorer, minute: 12 },
        { team: 'home', scorer, minute: 30 },
        { team: 'home', scorer, minute: 61 },
        { team: 'home', scorer, minute: 80 },
      ],
    }),
  );
}

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`the record book on ${dialect.dialect}`, () => {
    let store: Store;
    let database: TestDatabase;

    async function importWithFacts(): Promise<UpdateResult> {
      const before = snapshotRecordBook(store, definitions);
      const result = await importPath(store, [resultFile]);
      const historyChanged = result.sources.some((s) => s.entities.some((e) => e.merged > 0 || e.corrected > 0));
      return updateRecordBook(store, definitions, before, { historyChanged });
    }

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'incremental'));
      await importPath(store, [sharedPath('worldcup-db')]);
      rebuildRecordBook(store, definitions);
    }, 120_000);

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    describe('a new match after the whole history', () => {
      let update: UpdateResult;

      beforeAll(async () => {
        writeResult('Lionel Messi');
        update = await importWithFacts();
      });

      it('extends the stored book instead of rebuilding it', () => {
        expect(update.mode).toBe('extended');
        expect(update.newMatchIds).toHaveLength(1);
      });

      it('Messi, four goals at 38: his 17th World Cup goal breaks Klose\'s record of 16 — one fact, not four', () => {
        const career = update.facts.filter((f) => f.definitionId === 'wc-men-most-goals-career');
        expect(career).toHaveLength(1);
        expect(career[0]?.kind).toBe('new_record');
        expect(career[0]?.amount).toBe(17);
        expect(career[0]?.previous.map((p) => [p.subject.name, p.amount])).toEqual([['Miroslav Klose', 16]]);
      });

      it('gives exactly the facts a full rebuild gives', () => {
        const matchId = update.newMatchIds[0]!;
        const extended = readMatchFacts(store, matchId).map((f) => [f.id, f.text]).sort();
        rebuildRecordBook(store, definitions);
        const rebuilt = readMatchFacts(store, matchId).map((f) => [f.id, f.text]).sort();
        expect(extended).toEqual(rebuilt);
        expect(extended.length).toBeGreaterThan(2);
      });
    });

    describe('a correction to that match', () => {
      it('recomputes the book and withdraws the facts that are no longer true', async () => {
        writeResult('Julián Álvarez');
        const update = await importWithFacts();
        expect(update.mode).toBe('corrected');
        const withdrawn = update.withdrawn.map((f) => f.definitionId);
        expect(withdrawn).toContain('wc-men-most-goals-career');
        expect(update.withdrawn.find((f) => f.definitionId === 'wc-men-most-goals-career')?.subject.name).toBe('Lionel Messi');
        expect(update.newMatchIds).toEqual([]);
      });
    });

    describe('matchfacts import --facts --json', () => {
      it('prints one JSON object per fact, oldest first', async () => {
        const bin = resolve(process.cwd(), 'dist', 'cli', 'main.js');
        const cliDb = await dialect.create('incremental-cli');
        const first = spawnSync(process.execPath, [bin, 'import', sharedPath('worldcup-db'), '--db', cliDb.location, '--facts', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
        await cliDb.drop();
        expect(first.status, first.stderr).toBe(0);
        const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; date: string; text: string });
        expect(lines.length).toBeGreaterThan(1000);
        expect(lines.every((l) => l.type === 'fact')).toBe(true);
        const dates = lines.map((l) => l.date);
        expect([...dates].sort()).toEqual(dates);
        expect(lines.some((l) => l.text.includes('Pelé became the youngest scorer'))).toBe(true);
      });
    });
  });
}
