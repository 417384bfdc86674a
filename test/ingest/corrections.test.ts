// Corrections are never lost: a changed goals file corrects the stored match even though the
// matches file is the same, and the conflicts come out as a fresh import of the corrected files makes them.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

const dir = tempDir();
const original = { worldcup: join(dir, 'original', 'worldcup-db'), results: join(dir, 'original', 'international-results') };
const corrected = { worldcup: join(dir, 'corrected', 'worldcup-db'), results: join(dir, 'corrected', 'international-results') };

/** Replaces one line of a CSV file, checking it is the line meant. */
function rewriteLine(file: string, lineNumber: number, expected: string, replacement: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  expect(lines[lineNumber - 1]).toBe(expected);
  lines[lineNumber - 1] = replacement;
  writeFileSync(file, lines.join('\n'));
}

beforeAll(() => {
  for (const copy of [original, corrected]) {
    cpSync(sharedPath('worldcup-db'), copy.worldcup, { recursive: true });
    cpSync(sharedPath('international-results'), copy.results, { recursive: true });
  }
  // Brazil 1-0 Wales, 19 June 1958: the Fjelstul goal of Pelé credited to Vavá instead.
  rewriteLine(
    join(corrected.worldcup, 'goals.csv'),
    545,
    "544,G-0544,WC-1958,1958 FIFA Men's World Cup,M-1958-28,Brazil vs Wales,1958-06-19,quarter-finals,not applicable,T-09,Brazil,BRA,1,0,P-38906,Pelé,not applicable,10,T-09,Brazil,BRA,66',66,0,second half,0,0",
    "544,G-0544,WC-1958,1958 FIFA Men's World Cup,M-1958-28,Brazil vs Wales,1958-06-19,quarter-finals,not applicable,T-09,Brazil,BRA,1,0,P-45310,Vavá,not applicable,20,T-09,Brazil,BRA,66',66,0,second half,0,0",
  );
  // France 4-0 Northern Ireland the same day: the international results give Piantoni's goal to Fontaine.
  rewriteLine(
    join(corrected.results, 'goalscorers.csv'),
    3031,
    '1958-06-19,France,Northern Ireland,France,Roger Piantoni,68,FALSE,FALSE',
    '1958-06-19,France,Northern Ireland,France,Just Fontaine,68,FALSE,FALSE',
  );
});

/** Every conflict, told without row ids or folders: what it is about, the two values, their sources. */
async function conflictsOf(store: Store): Promise<string[]> {
  const rows = store.sqlite
    .prepare(
      `SELECT c.entity, c.field, c.kept_value, c.other_value, ks.format AS kept_format, os.format AS other_format, c.other_location,
              coalesce(m.date || ' ' || m.home_name || ' v ' || m.away_name, gm.date || ' ' || gm.home_name || ' v ' || gm.away_name || ' goal ' || g.seq, c.entity_id) AS about
       FROM conflict c
       LEFT JOIN source_file ks ON ks.id = c.kept_source_file_id
       LEFT JOIN source_file os ON os.id = c.other_source_file_id
       LEFT JOIN match m ON c.entity = 'match' AND m.id = c.entity_id
       LEFT JOIN goal g ON c.entity = 'goal' AND g.id = c.entity_id
       LEFT JOIN match gm ON gm.id = g.match_id`,
    )
    .all() as Record<string, unknown>[];
  return rows
    .map((r) => [r.about, r.entity, r.field, r.kept_value, r.other_value, r.kept_format, r.other_format, basename(String(r.other_location))].join(' | '))
    .sort();
}

function scorersOf(store: Store, date: string, home: string): string[] {
  return (
    store.sqlite
      .prepare(`SELECT g.scorer_name FROM goal g JOIN match m ON m.id = g.match_id WHERE m.date = ? AND m.home_name = ? ORDER BY g.seq`)
      .all(date, home) as { scorer_name: string }[]
  ).map((r) => r.scorer_name);
}

describe('a corrected goals file over the original import', () => {
  it('Brazil 1-0 Wales, 1958: the scorer becomes Vavá, and the conflicts equal a fresh import of the corrected files', async () => {
    const store = await openStore(join(dir, 'over-original.db'));
    await importPath(store, [original.worldcup, original.results]);
    expect(scorersOf(store, '1958-06-19', 'Brazil')).toEqual(['Pelé']);
    const before = await conflictsOf(store);

    const again = await importPath(store, [corrected.worldcup, corrected.results]);
    const worldcupMatches = again.sources.find((s) => s.format === 'worldcup-db')?.entities.find((e) => e.entity === 'matches');
    expect(worldcupMatches?.corrected).toBe(1);
    expect(worldcupMatches?.added).toBe(0);
    expect(scorersOf(store, '1958-06-19', 'Brazil')).toEqual(['Vavá']);
    const over = await conflictsOf(store);
    await store.close();

    const fresh = await openStore(join(dir, 'fresh.db'));
    await importPath(fresh, [corrected.worldcup, corrected.results]);
    expect(scorersOf(fresh, '1958-06-19', 'Brazil')).toEqual(['Vavá']);
    const freshConflicts = await conflictsOf(fresh);
    await fresh.close();

    expect(over).toEqual(freshConflicts);
    // The two corrections disagree with the other source, and say so; the original import agreed.
    const added = over.filter((c) => !before.includes(c));
    expect(added).toEqual([
      '1958-06-19 Brazil v Wales goal 1 | goal | scorer | Vavá | Pelé | worldcup-db | international-results | results.csv:4726',
      '1958-06-19 France v Northern Ireland goal 4 | goal | scorer | Roger Piantoni | Just Fontaine | worldcup-db | international-results | results.csv:4727',
    ]);
  }, 600_000); // three imports of the two largest data sets

  it('importing the corrected files a second time changes nothing', async () => {
    const store = await openStore(join(dir, 'twice.db'));
    await importPath(store, [original.worldcup]);
    await importPath(store, [corrected.worldcup]);
    const again = await importPath(store, [corrected.worldcup]);
    expect(again.changed).toBe(false);
    await store.close();
  });
});

describe('matchfacts import --facts after a correction', () => {
  const BIN = resolve(process.cwd(), 'dist', 'cli', 'main.js');
  const importing = (path: string): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(process.execPath, [BIN, 'import', path, '--facts', '--quiet', '--db', join(dir, 'facts.db')], { encoding: 'utf8' });

  it("lists Pelé's youngest-scorer record of 19 June 1958 as withdrawn, and his goal of 24 June as the record now", () => {
    if (!existsSync(BIN)) throw new Error('build first: npm run build (npm test does)');
    expect(importing(original.worldcup).status).toBe(0);
    const out = importing(corrected.worldcup);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('no new matches; corrections changed the record book');
    const [, withdrawn = '', nowTrue = ''] = out.stdout.split(/no longer true after this import:|true now, of matches stored before this import:/);
    expect(withdrawn).toContain('1958-06-19: Pelé became the youngest scorer in FIFA World Cup history at 17 years 239 days');
    expect(nowTrue).toContain('1958-06-24: Pelé became the youngest scorer in FIFA World Cup history at 17 years 244 days');
  }, 600_000); // the record book built, then rebuilt
});
