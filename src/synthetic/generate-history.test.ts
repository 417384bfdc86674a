// The synthetic history: deterministic, exactly sized, and consistent enough to compute records on.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../domain/age.js';
import { nameKey } from '../domain/names.js';
import { NATIONAL_TEAM_ALIASES } from '../ingest/team-aliases.js';
import { generateHistory } from './generate-history.js';
import { flatten, squadKey } from './test-support/history-fixture.js';

function hashOf(seed: number, matches: number, batches: number): string {
  const hash = createHash('sha256');
  let n = 0;
  for (const batch of generateHistory({ seed, matches, batchSize: 1_000 })) {
    hash.update(JSON.stringify(batch));
    if (++n === batches) break;
  }
  return hash.digest('hex');
}

describe('generateHistory: determinism and size', () => {
  it('gives byte-identical batches for the same seed, and different ones for another seed', () => {
    const first = hashOf(42, 5_000, 3);
    expect(hashOf(42, 5_000, 3)).toBe(first);
    expect(hashOf(43, 5_000, 3)).not.toBe(first);
  });

  it.each([0, 1, 999, 2_500, 12_345])('produces exactly %i matches', (matches) => {
    let total = 0;
    for (const batch of generateHistory({ seed: 7, matches, batchSize: 1_000 })) {
      expect(batch.matches.length).toBeLessThanOrEqual(1_000);
      total += batch.matches.length;
    }
    expect(total).toBe(matches);
  });

  it('names each batch file and hash after its place in the history, so a repeat import is recognised', () => {
    const [a, b] = [...generateHistory({ seed: 1, matches: 2_000, batchSize: 1_000 })];
    expect(a?.format).toBe('matchfacts-json');
    expect(a?.inputs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(a?.inputs[0]?.sha256).not.toBe(b?.inputs[0]?.sha256);
    expect(a?.matches.every((m) => m.file === a.inputs[0]?.file)).toBe(true);
  });
});

describe('generateHistory: 20,000 matches of seed 42', () => {
  const history = flatten({ seed: 42, matches: 20_000 });
  const { matches } = history;

  it('keeps matches in chronological order', () => {
    for (let i = 1; i < matches.length; i++) expect((matches[i - 1]?.date ?? '') <= (matches[i]?.date ?? '')).toBe(true);
  });

  it('has goals that add up to the score at half time, full time and after extra time', () => {
    for (const m of matches) {
      const goals = m.goals ?? [];
      const tally = (periods: readonly string[]) =>
        (['home', 'away'] as const).map((side) => goals.filter((g) => g.side === side && periods.includes(g.period ?? '')).length);
      expect(tally(['first_half'])).toEqual(m.score.halfTime);
      expect(tally(['first_half', 'second_half'])).toEqual(m.score.fullTime);
      if (m.score.extraTime) expect(tally(['first_half', 'second_half', 'extra_time_first', 'extra_time_second'])).toEqual(m.score.extraTime);
      else expect(goals.every((g) => (g.minute ?? 0) <= 90)).toBe(true);
    }
  });

  it('has scorers from the squad of their team in that edition (own goals: the other team)', () => {
    for (const m of matches) {
      for (const g of m.goals ?? []) {
        const scorerSide = g.ownGoal ? (g.side === 'home' ? 'away' : 'home') : g.side;
        const team = scorerSide === 'home' ? m.home.name : m.away.name;
        expect(history.squads.get(squadKey(m, team))?.has(g.scorer?.sourceId ?? '')).toBe(true);
      }
    }
  });

  it('has scorers aged between 15 and 45 on the day', () => {
    let youngest = 99;
    let oldest = 0;
    for (const m of matches) {
      for (const g of m.goals ?? []) {
        const birth = history.birthDates.get(g.scorer?.sourceId ?? '');
        expect(birth).toBeDefined();
        const { years } = ageOn(birth ?? '', m.date);
        youngest = Math.min(youngest, years);
        oldest = Math.max(oldest, years);
      }
    }
    expect(youngest).toBeGreaterThanOrEqual(15);
    expect(oldest).toBeLessThanOrEqual(45);
    expect(oldest - youngest).toBeGreaterThan(15);
  });

  it('scores like football: 2.3–3.2 goals a match, hat-tricks, ~10% penalties, ~3% own goals', () => {
    const goals = matches.flatMap((m) => m.goals ?? []);
    const mean = goals.length / matches.length;
    expect(mean).toBeGreaterThan(2.3);
    expect(mean).toBeLessThan(3.2);
    const share = (f: (g: (typeof goals)[number]) => boolean) => goals.filter(f).length / goals.length;
    expect(share((g) => g.penalty)).toBeGreaterThan(0.07);
    expect(share((g) => g.penalty)).toBeLessThan(0.13);
    expect(share((g) => g.ownGoal)).toBeGreaterThan(0.015);
    expect(share((g) => g.ownGoal)).toBeLessThan(0.05);
    const hatTricks = matches.filter((m) => {
      const count = new Map<string, number>();
      for (const g of m.goals ?? []) if (!g.ownGoal && g.scorer?.sourceId) count.set(g.scorer.sourceId, (count.get(g.scorer.sourceId) ?? 0) + 1);
      return [...count.values()].some((n) => n >= 3);
    });
    expect(hatTricks.length).toBeGreaterThan(0);
    expect(goals.some((g) => g.stoppage !== undefined)).toBe(true);
  });

  it('plays extra time and shoot-outs in knockout matches only, and tournaments, cups and leagues', () => {
    const knockout = matches.filter((m) => m.stage && !['group', 'league_phase'].includes(m.stage.kind));
    expect(knockout.some((m) => m.score.extraTime)).toBe(true);
    expect(knockout.some((m) => m.score.penalties)).toBe(true);
    expect(matches.filter((m) => m.score.extraTime && !knockout.includes(m))).toEqual([]);
    const goalsInExtraTime = knockout.flatMap((m) => m.goals ?? []).filter((g) => (g.minute ?? 0) > 90);
    expect(goalsInExtraTime.every((g) => (g.minute ?? 0) <= 120)).toBe(true);
    const kinds = new Set(matches.map((m) => m.competition.kind));
    expect([...kinds].sort()).toEqual(['cup', 'international_tournament', 'league']);
    expect(matches.some((m) => m.competition.sex === 'women')).toBe(true);
    expect(matches.every((m) => /^\d\d:\d\d$/.test(m.time ?? '') && /^[+-]\d\d:\d\d$/.test(m.utcOffset ?? ''))).toBe(true);
  });

  it('gives every player a unique name, none of them a real national team', () => {
    const names = [...history.names.values()];
    expect(new Set(names).size).toBe(names.length);
    const teams = new Set(matches.flatMap((m) => [m.home.name, m.away.name]));
    for (const team of teams) expect(NATIONAL_TEAM_ALIASES.has(nameKey(team))).toBe(false);
  });
});
