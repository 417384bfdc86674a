// `facts` and `records` from the command line, on the World Cup database in a real SQLite file.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedPath, tempDir } from '../support/shared-data.js';

const BIN = resolve(process.cwd(), 'dist', 'cli', 'main.js');
const dir = tempDir();
const db = join(dir, 'records-cli.db');

function matchfacts(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const imported = matchfacts('import', sharedPath('worldcup-db'), '--quiet');
  expect(imported.status, imported.stderr).toBe(0);
}, 60_000);

describe('matchfacts facts', () => {
  it('Brazil 1-0 Wales, 1958: Pelé the youngest scorer, naming Manuel Rosas, with the proof rows', () => {
    const out = matchfacts('facts', '--date', '1958-06-19', '--team', 'Brazil', '--json', '--quiet');
    expect(out.status, out.stderr).toBe(0);
    const parsed = JSON.parse(out.stdout) as { match: { text: string }; facts: { definitionId: string; text: string; proof: { before: { matchId: number }[] } }[] };
    expect(parsed.match.text).toBe('Brazil 1-0 Wales');
    const pele = parsed.facts.find((f) => f.definitionId === 'wc-men-youngest-scorer');
    expect(pele?.text).toBe('Pelé became the youngest scorer in FIFA World Cup history at 17 years 239 days, younger than Manuel Rosas (18 years 93 days, 1930).');
    expect(pele?.proof.before[0]?.matchId).toBeGreaterThan(0);
  });

  it('--min-score keeps only the facts a desk would lead with', () => {
    const all = matchfacts('facts', '--date', '2014-07-08', '--team', 'Germany', '--json');
    const top = matchfacts('facts', '--date', '2014-07-08', '--team', 'Germany', '--json', '--min-score', '90');
    const count = (s: string) => (JSON.parse(s) as { facts: unknown[] }).facts.length;
    expect(count(top.stdout)).toBeGreaterThan(0);
    expect(count(top.stdout)).toBeLessThan(count(all.stdout));
    expect(top.stdout).toContain("breaking Ronaldo's record of 15");
  });

  it('--records adds an analyst\'s own definition: Oleg Salenko\'s five goals against Cameroon, 1994, a group-match record', () => {
    // A definition of its own news: the catalogue already keeps "most goals in a World Cup match",
    // and the same news from two books is told once.
    const file = join(dir, 'desk.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'desk-most-goals-group-match',
        title: "Most goals by one player in a men's World Cup group match",
        unit: 'player-match',
        scope: { family: 'fifa-world-cup', sex: 'men', stages: ['group'] },
        measure: { kind: 'sum', field: 'goals' },
        produces: { kind: 'extreme', direction: 'most' },
        requires: ['scorers', 'stages'],
      }),
    );
    const out = matchfacts('facts', '--date', '1994-06-28', '--team', 'Cameroon', '--records', file, '--quiet');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/New record — most goals by one player in a men's World Cup group match: Oleg Salenko, 5 \(previous: Sándor Kocsis, 4, 1954\)/);
  });

  it('a team that did not play that day is a clear error', () => {
    const out = matchfacts('facts', '--date', '1958-06-19', '--team', 'Narnia');
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('no match on 1958-06-19 involving "Narnia"');
  });
});

describe('matchfacts records', () => {
  it('the record book now: Klose 16 above Ronaldo 15 in the men\'s book', () => {
    const out = matchfacts('records', '--definition', 'wc-men-most-goals-career', '--json');
    expect(out.status, out.stderr).toBe(0);
    const { records } = JSON.parse(out.stdout) as { records: { book: string; places: { subject: { name: string }; amount: number }[] }[] };
    expect(records).toHaveLength(1);
    expect(records[0]?.places.slice(0, 2).map((p) => [p.subject.name, p.amount])).toEqual([
      ['Miroslav Klose', 16],
      ['Ronaldo', 15],
    ]);
  });

  it('--history: who held the youngest-scorer record, from when', () => {
    const out = matchfacts('records', '--definition', 'wc-men-youngest-scorer', '--history');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('from 1930-07-19: Manuel Rosas, 18 years 93 days (Mexico)');
    expect(out.stdout).toContain('from 1958-06-19: Pelé, 17 years 239 days (Brazil)');
  });

  it('definitions that need line-ups are listed as not evaluated, with the reason', () => {
    const out = matchfacts('records', '--competition', 'World Cup');
    expect(out.stdout).toContain('not evaluated: wc-men-oldest-player — needs lineups, which no loaded source provides');
  });
});
