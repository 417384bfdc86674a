// Tables and ties from the command line, on the whole of ../shared/data in a real SQLite file.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { SHARED_DATA, tempDir } from '../support/shared-data.js';

const BIN = resolve(process.cwd(), 'dist', 'cli', 'main.js');
const db = join(tempDir(), 'rules.db');

function matchfacts(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const imported = matchfacts('import', SHARED_DATA, '--quiet');
  expect(imported.status, imported.stderr).toBe(0);
});

describe('matchfacts table', () => {
  it('World Cup 2018 Group H: Japan above Senegal on fair-play points, and it says so', () => {
    const out = matchfacts('table', '--competition', 'World Cup 2018', '--group', 'H');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.indexOf('Japan')).toBeLessThan(out.stdout.indexOf('Senegal'));
    expect(out.stdout).toContain('ahead of Senegal on fair-play points, −4 to −6');
  });

  it('Champions League 2022/23 Group H: Benfica above Paris Saint-Germain on away goals', () => {
    const out = matchfacts('table', '--competition', 'Champions League 2022/23', '--group', 'H', '--json');
    const [table] = JSON.parse(out.stdout) as { rows: { team: string; text: string | null }[] }[];
    expect(table?.rows.map((r) => r.team).slice(0, 2)).toEqual(['SL Benfica', 'Paris Saint-Germain']);
    expect(table?.rows[0]?.text).toContain('away goals');
  });

  it('cl 2024-25: the league phase of 36 teams with the knockout play-off band', () => {
    const out = matchfacts('table', '--competition', 'cl 2024-25', '--json');
    const [table] = JSON.parse(out.stdout) as { rows: { position: number; team: string; zone?: string }[] }[];
    expect(table?.rows).toHaveLength(36);
    expect(table?.rows[0]?.team).toBe('Liverpool FC');
    expect(table?.rows.filter((r) => r.zone === 'knockout phase play-offs').map((r) => r.position)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 9),
    );
  });

  it('1990 Group F: a drawing of lots is named, not invented', () => {
    const out = matchfacts('table', '--competition', 'World Cup 1990', '--group', 'F');
    expect(out.stdout).toContain('drawing of lots placed Republic of Ireland first');
  });
});

describe('matchfacts tie', () => {
  it('2020-21 round of 16: Porto through on away goals scored in extra time at Juventus, 4-4 on aggregate', () => {
    const out = matchfacts('tie', '--date', '2021-03-09', '--team', 'Porto', '--json');
    const tie = JSON.parse(out.stdout) as { text: string; aggregate: number[]; decidedBy: string; next: { opponent: string } };
    expect(tie.text).toBe('FC Porto through on away goals scored in extra time, 4-4 on aggregate');
    expect(tie.decidedBy).toBe('away_goals_in_extra_time');
    expect(tie.next.opponent).toBe('Chelsea FC');
  });

  it('1934 quarter-final: Italy through against Spain in a replay', () => {
    const out = matchfacts('tie', '--date', '1934-05-31', '--team', 'Spain');
    expect(out.stdout).toContain('Italy through in a replay');
  });
});

describe('matchfacts status and scenarios', () => {
  it('a match postponed and played behind closed doors keeps both, with the note', () => {
    matchfacts('status', '--date', '2021-03-17', '--team', 'Chelsea', '--set', 'behind_closed_doors');
    const out = matchfacts('status', '--date', '2021-03-17', '--team', 'Chelsea', '--set', 'postponed', '--note', 'a test of postponement', '--json');
    const match = JSON.parse(out.stdout) as { status: string; statusNote: string; behindClosedDoors: boolean };
    expect(match).toMatchObject({ status: 'postponed', statusNote: 'a test of postponement', behindClosedDoors: true });
    matchfacts('status', '--date', '2021-03-17', '--team', 'Chelsea', '--set', 'played');
  });

  it('Champions League 2020/21 suspended on 11 March 2021: four round-of-16 ties open, the quarter-final draw to come', () => {
    const set = matchfacts('status', '--competition', 'cl 2020-21', '--set', 'suspended', '--since', '2021-03-11', '--reason', 'a test of suspension');
    expect(set.stdout).toContain('suspended since 2021-03-11');
    const out = matchfacts('scenarios', '--competition', 'Champions League 2020/21', '--json');
    const scenario = JSON.parse(out.stdout) as {
      status: { status: string };
      asOf: string;
      openTies: { teams: string[] }[];
      nextOpponents: { team: string; opponents: string[] }[];
      openFixtures: unknown[];
    };
    expect(scenario.status.status).toBe('suspended');
    expect(scenario.asOf).toBe('2021-03-10');
    expect(scenario.openTies.map((t) => t.teams.join(' v ')).sort()).toEqual([
      'Atalanta v Real Madrid',
      'Atlético Madrid v Chelsea FC',
      'Bor. Mönchengladbach v Manchester City',
      'Lazio Roma v Bayern München',
    ]);
    expect(scenario.openFixtures).toHaveLength(4);
    // Porto were through (on away goals at Juventus on 9 March); they could meet any team still in it.
    const porto = scenario.nextOpponents.find((n) => n.team === 'FC Porto');
    expect(porto?.opponents).toEqual(expect.arrayContaining(['Chelsea FC', 'Liverpool FC', 'Bayern München']));
    expect(porto?.opponents).not.toContain('Juventus');
  });
});

describe('matchfacts conflicts: consistency checks, listed and not fixed', () => {
  it('names the two 2024-25 Champions League matches whose file shows no extra time', () => {
    const out = matchfacts('conflicts', '--json');
    const rows = JSON.parse(out.stdout) as { kind: string; check?: string; text?: string }[];
    const unmarked = rows.filter((r) => r.kind === 'consistency' && r.text?.includes('the file shows no extra time'));
    expect(unmarked.map((r) => r.text?.slice(0, 30))).toEqual([
      '2025-02-19 PSV 3-1 Juventus FC',
      '2025-05-06 FC Internazionale M',
    ]);
  });
});
