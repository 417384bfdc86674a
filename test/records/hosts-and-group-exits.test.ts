// An edition's hosts and its published group standings reach the record book on every store
// (SQLite, and PostgreSQL where a server is given): the facts they decide are the same, and a host
// or a standing corrected in the store replays the edition (migration 011's triggers), withdrawing
// the facts that are no longer true and giving back the ones that are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPath } from '../../src/ingest/import-path.js';
import { readMatchFacts, rebuildRecordBook, snapshotRecordBook, updateRecordBook } from '../../src/records/book/record-book-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import type { Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { sharedPath } from '../support/shared-data.js';
import { DIALECTS, newStore, type TestDatabase } from '../postgres/databases.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);

for (const dialect of DIALECTS) {
  describe.skipIf(!dialect.available)(`hosts and group-stage exits on ${dialect.dialect}`, () => {
    let store: Store;
    let database: TestDatabase;

    beforeAll(async () => {
      ({ store, database } = await newStore(dialect, 'hosts'));
      await importPath(store, [sharedPath('worldcup-db')]);
      rebuildRecordBook(store, definitions);
    }, 300_000);

    afterAll(async () => {
      await store?.close();
      await database?.drop();
    });

    const factsOf = async (date: string, team: string, definitionId: string) => {
      const [match] = await readMatches(store.db, { date, team });
      return readMatchFacts(store, match!.id).filter((f) => f.definitionId === definitionId);
    };
    const update = () => updateRecordBook(store, definitions, snapshotRecordBook(store, definitions));
    const teamId = async (name: string): Promise<number> => (await store.db.selectFrom('team').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    const editionId = async (year: string, sex: string): Promise<number> =>
      (await store.db.selectFrom('edition').innerJoin('competition', 'competition.id', 'edition.competition_id').select('edition.id').where('edition.name', '=', year).where('competition.sex', '=', sex).executeTakeFirstOrThrow()).id;

    it('2022-11-20 Qatar 0-2 Ecuador: the first hosts beaten in their opening match', async () => {
      const facts = await factsOf('2022-11-20', 'Qatar', 'wc-men-hosts-beaten-opening-match');
      expect(facts.map((f) => [f.subject.name, f.n])).toEqual([['Qatar', 1]]);
    });

    it('a host taken out of the store withdraws its facts; put back, they are true again', async () => {
      const qatar = await teamId('Qatar');
      const edition = await editionId('2022', 'men');
      const host = await store.db.selectFrom('edition_team').selectAll().where('role', '=', 'host').where('team_id', '=', qatar).where('edition_id', '=', edition).executeTakeFirstOrThrow();
      await store.db.deleteFrom('edition_team').where('id', '=', host.id).execute();
      const withdrawn = update();
      expect(withdrawn.mode).toBe('corrected');
      expect(withdrawn.withdrawn.filter((f) => f.definitionId.startsWith('wc-men-hosts-')).map((f) => [f.definitionId, f.subject.name])).toEqual([
        ['wc-men-hosts-beaten-opening-match', 'Qatar'],
        ['wc-men-hosts-out-in-group-stage', 'Qatar'],
      ]);
      expect(await factsOf('2022-11-20', 'Qatar', 'wc-men-hosts-beaten-opening-match')).toEqual([]);

      await store.db.insertInto('edition_team').values(host).execute();
      const back = update();
      expect(back.nowTrue.filter((f) => f.definitionId.startsWith('wc-men-hosts-')).map((f) => [f.definitionId, f.subject.name])).toEqual([
        ['wc-men-hosts-beaten-opening-match', 'Qatar'],
        ['wc-men-hosts-out-in-group-stage', 'Qatar'],
      ]);
    });

    it('2018-06-27 South Korea 2-0 Germany: the holders out at their last group match; a corrected standing (through) withdraws it', async () => {
      expect((await factsOf('2018-06-27', 'Germany', 'wc-men-holders-out-in-group-stage')).map((f) => [f.subject.name, f.n])).toEqual([['Germany', 6]]);
      const germany = await teamId('Germany');
      const edition = await editionId('2018', 'men');
      const through = (advanced: number) => store.db.updateTable('published_standing').set({ advanced }).where('team_id', '=', germany).where('edition_id', '=', edition).execute();
      await through(1);
      expect(update().withdrawn.filter((f) => f.definitionId === 'wc-men-holders-out-in-group-stage').map((f) => f.subject.name)).toEqual(['Germany']);
      await through(0);
      expect(update().nowTrue.filter((f) => f.definitionId === 'wc-men-holders-out-in-group-stage').map((f) => f.subject.name)).toEqual(['Germany']);
    });
  });
}
